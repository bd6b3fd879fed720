import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PreviewResult } from '../../protocol/requests';
import type { bodyHtml } from './preview-body';
import { createNonce, shellHtml, unavailableHtml } from './preview-html';
import type { PreviewSource } from './preview-source';

/** The webview panels' type: the serializer that revives them after a reload is registered under it. */
export const PREVIEW_VIEW_TYPE = 'runbook.preview';

/** Edits and diagnostics within this many milliseconds make one update. */
const UPDATE_DELAY_MS = 250;

/** What a panel shows, for the extension's API (and the VS Code tests that read it). */
export interface PreviewSnapshot {
  /** The previewed document. */
  uri: string;
  title: string;
  visible: boolean;
  /** True for the panel that follows the active runbook editor; false for one kept on its document. */
  following: boolean;
  /** The body last given to the webview, by page load or message, and its number. */
  html: string;
  seq: number;
  /** What the webview's script reported it shows (the number of the content and its text); undefined before it ran. */
  rendered: { seq: number; uri: string; text: string } | undefined;
}

/** Scripts from the extension's media folder only; nothing else of the disk is readable. */
export function webviewOptions(media: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] };
}

/**
 * One preview webview and the document it shows. Updates go to a visible page as messages, so
 * it keeps its scroll position (a page that reports older content than the newest gets the newest
 * then); a hidden page, or one whose kind of content changes (a message in place of a preview), is
 * loaded again with a fresh nonce, and restores its scroll from its state.
 */
export class PreviewPanel implements vscode.Disposable {
  private result: PreviewResult | undefined;
  /** The body's renderer, loaded with the first answer (it brings the export formats). */
  private render: typeof bodyHtml | undefined;
  private resultKey = '';
  private html = '';
  private seq = 0;
  private nonce = createNonce();
  private rendered: PreviewSnapshot['rendered'];
  private asked = 0;
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private uri: vscode.Uri,
    private readonly source: PreviewSource,
    private readonly media: vscode.Uri,
    public following: boolean,
  ) {
    panel.webview.options = webviewOptions(media);
    panel.iconPath = vscode.Uri.joinPath(media, '..', 'images', 'file-icon.svg');
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.received(message)),
    );
    this.title();
    this.load();
    void this.refresh();
  }

  get documentUri(): vscode.Uri {
    return this.uri;
  }

  /** Shows another document (the active editor changed, or a command asked for it). */
  showDocument(uri: vscode.Uri): void {
    if (uri.toString() === this.uri.toString()) return;
    this.uri = uri;
    this.title();
    void this.refresh();
  }

  /** An update soon: every edit and diagnostics change inside the delay makes one request. */
  schedule(): void {
    if (this.timer || this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, UPDATE_DELAY_MS);
  }

  /** Asks for the preview now and shows it, unless a newer question was asked meanwhile or nothing changed. */
  async refresh(): Promise<void> {
    const question = ++this.asked;
    const result = await this.source(this.uri);
    this.render ??= (await import('./preview-body')).bodyHtml;
    if (question !== this.asked || this.disposed) return;
    const key = JSON.stringify(result);
    if (key === this.resultKey) return;
    const kindChanged = result.ok !== this.result?.ok;
    this.result = result;
    this.resultKey = key;
    this.seq++;
    if (kindChanged || !this.panel.visible) this.load();
    // A visible page gets the content as a message too, whether it has reported or not (a hidden
    // page is gone, no retainContextWhenHidden: the next one loads it). A page still loading from
    // the html just set shows it already and takes the message as a no-op (its scroll stays).
    // But a page may never load that html: a panel revived with the window had its first page
    // ("Loading…") replaced a moment later, and in about one E2E run in ten that page stayed, its
    // report already read; nothing asked again, and it said "Loading" with the server running.
    if (this.panel.visible) this.post();
  }

  get snapshot(): PreviewSnapshot {
    return {
      uri: this.uri.toString(),
      title: this.panel.title,
      visible: this.panel.visible,
      following: this.following,
      html: this.html,
      seq: this.seq,
      rendered: this.rendered,
    };
  }

  private body(): string {
    const cspSource = this.panel.webview.cspSource;
    return this.result && this.render
      ? this.render(this.result, { nonce: this.nonce, cspSource })
      : unavailableHtml('Loading the preview…');
  }

  /** A new page: a fresh nonce, the newest content; the page's script restores the scroll position. */
  private load(): void {
    this.nonce = createNonce();
    this.html = this.body();
    const webview = this.panel.webview;
    this.panel.webview.html = shellHtml(this.html, {
      cspSource: webview.cspSource,
      nonce: this.nonce,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'preview.css')).toString(),
      documentUri: this.uri.toString(),
      seq: this.seq,
    });
  }

  private post(): void {
    this.html = this.body();
    // Not delivered: the page went away; the next update, or its report once back, catches up.
    void this.panel.webview.postMessage({
      type: 'update',
      uri: this.uri.toString(),
      seq: this.seq,
      html: this.html,
    });
  }

  private received(message: unknown): void {
    const report = message as { type?: unknown; seq?: unknown; uri?: unknown; text?: unknown };
    if (
      report?.type !== 'rendered' ||
      typeof report.seq !== 'number' ||
      typeof report.uri !== 'string' ||
      typeof report.text !== 'string'
    )
      return;
    this.rendered = { seq: report.seq, uri: report.uri, text: report.text };
    // A page loaded from older content (shown again after being hidden) gets the newest.
    if (report.seq < this.seq || report.uri !== this.uri.toString()) this.post();
  }

  private title(): void {
    this.panel.title = `Preview ${path.posix.basename(this.uri.path)}`;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
