import { randomBytes } from 'node:crypto';
import { escapeHtml } from '../../core/export/escape';

/** What the page around the preview needs from the webview. */
export interface ShellOptions {
  /** The webview's `cspSource`: the only origin styles and images may come from besides the nonce and data: URIs. */
  cspSource: string;
  nonce: string;
  /** media/preview.js and media/preview.css as webview URIs. */
  scriptUri: string;
  styleUri: string;
  /** The previewed document, and the number of this content: the page reports both back once shown. */
  documentUri: string;
  seq: number;
}

/** A fresh CSP nonce for each page load: 18 random bytes, base64 without padding. */
export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

/**
 * The Content-Security-Policy of the panel: nothing by default; styles from the extension and the
 * nonced `<style>`; the one nonced script; images from the extension or data: URIs (none remote).
 */
export function panelCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The whole page the webview loads: CSP, the panel's stylesheet, the preview body and the script that updates it in place. */
export function shellHtml(body: string, options: ShellOptions): string {
  const { cspSource, nonce, scriptUri, styleUri, documentUri, seq } = options;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(panelCsp(cspSource, nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${escapeHtml(styleUri)}" nonce="${escapeHtml(nonce)}">`,
    '</head>',
    `<body data-uri="${escapeHtml(documentUri)}" data-seq="${seq}">`,
    body,
    `<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** A message in place of the preview (a file too large, not a runbook, the server not started). */
export function unavailableHtml(message: string): string {
  return `<main class="runbook-preview runbook-unavailable">\n<p>${escapeHtml(message)}</p>\n</main>\n`;
}
