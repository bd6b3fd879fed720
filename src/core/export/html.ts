import { createHash } from 'node:crypto';
import type { PreviewModel } from '../preview/preview-model';
import { escapeAttribute, escapeHtml } from './escape';
import {
  factsHtml,
  problemsHtml,
  rollbackHtml,
  runbookLinkHtml,
  sectionHtml,
  stepsTableHtml,
  windowHtml,
  zonesHtml,
} from './html-parts';
import { PREVIEW_CSS } from './html-styles';
import { titleOf } from './phrases';
import { renderTimelineSvg } from './timeline-svg';

/** The stylesheet exactly as the `<style>` element holds it: a CSP hash covers these characters and no others. */
const STYLE_TEXT = `\n${PREVIEW_CSS}\n`;

/** How the preview is wrapped: a whole document (an export) or the body for the editor's panel. */
export interface PreviewHtmlOptions {
  /** True: `<!doctype html>` with its head, CSP and styles. False: the `<style>` and `<main>` for a webview's body. */
  standalone: boolean;
  /** The nonce of the page's CSP for the `<style>` element; without one, a standalone file allows its stylesheet by hash. */
  nonce?: string;
  /** A webview's `cspSource`, allowed for styles and images besides the nonce. */
  cspSource?: string;
}

/**
 * The Content-Security-Policy of a preview page: nothing by default, no scripts at all, styles
 * only from the nonced (or hashed) stylesheet, images only as data: URIs (the timeline is inline SVG).
 */
export function previewCsp(options: { nonce?: string; cspSource?: string }): string {
  const style = options.nonce
    ? `'nonce-${options.nonce}'`
    : `'sha256-${createHash('sha256').update(STYLE_TEXT).digest('base64')}'`;
  const source = options.cspSource ? ` ${options.cspSource}` : '';
  return `default-src 'none'; style-src ${style}${source}; img-src data:${source}; base-uri 'none'; form-action 'none'`;
}

/**
 * The preview as HTML: problems and the linked runbook's status first, then the title, the window
 * in its zone and UTC, estimate, impact and channels, the time zones, the timeline and steps (an
 * announcement's linked plan folded away), the rollback, and the sections rendered from Markdown.
 * Every string from the file is escaped; the export has no script and needs none.
 */
export function renderPreviewHtml(model: PreviewModel, options: PreviewHtmlOptions): string {
  const nonce = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  const style = `<style${nonce}>${STYLE_TEXT}</style>`;
  const main = `<main class="runbook-preview">\n${bodyParts(model).filter(Boolean).join('\n')}\n</main>`;
  if (!options.standalone) return `${style}\n${main}\n`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(previewCsp(options))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(titleOf(model))}</title>`,
    style,
    '</head>',
    '<body>',
    main,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function bodyParts(model: PreviewModel): string[] {
  const kind =
    model.kind === 'runbook'
      ? 'Runbook'
      : model.kind === 'announcement'
        ? 'Announcement'
        : 'Document';
  return [
    problemsHtml(model),
    runbookLinkHtml(model),
    `<header><p class="kind">${kind}</p><h1>${escapeHtml(titleOf(model))}</h1></header>`,
    windowHtml(model),
    factsHtml(model),
    zonesHtml(model),
    planHtml(model),
    model.kind === 'runbook' ? rollbackHtml(model) : '',
    ...model.sections.map(sectionHtml),
  ];
}

/** A runbook's steps in full; an announcement's (from its runbook) folded, since readers do not need them. */
function planHtml(model: PreviewModel): string {
  if (model.steps.length === 0) return '';
  const svg = renderTimelineSvg(model);
  // Its own scroll box: a narrow panel scrolls the timeline rather than shrinking its labels.
  const timeline = svg ? `<div class="timeline-scroll">\n${svg}\n</div>\n` : '';
  const plan = `${timeline}${stepsTableHtml(model)}`;
  if (model.kind === 'runbook') return `<h2>Steps</h2>\n${plan}`;
  return `<details class="plan"><summary>The plan: ${model.steps.length} step${model.steps.length === 1 ? '' : 's'} from the linked runbook</summary>\n${plan}\n</details>`;
}
