import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../language-client';
import {
  PREVIEW_VIEW_TYPE,
  PreviewPanel,
  webviewOptions,
  type PreviewSnapshot,
} from './preview-panel';
import type { PreviewSource } from './preview-source';

/** The runbook or announcement in the active editor, if that is what it shows. */
export function activeRunbookUri(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === LANGUAGE_ID ? document.uri : undefined;
}

/**
 * The preview panels, as Markdown's preview works: one panel follows the active runbook editor,
 * and both commands reuse it (in the active column, or beside); panels revived after a reload
 * beyond the first stay on their documents. Every panel updates on its document's edits and
 * diagnostics (which also change when an announcement's linked runbook does).
 */
export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Set<PreviewPanel>();
  private following: PreviewPanel | undefined;
  private readonly media: vscode.Uri;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    context: vscode.ExtensionContext,
    private readonly source: PreviewSource,
  ) {
    this.media = vscode.Uri.joinPath(context.extensionUri, 'media');
    this.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: unknown) =>
          Promise.resolve(this.revive(panel, state)),
      }),
      vscode.workspace.onDidChangeTextDocument((event) =>
        this.showing(event.document.uri).forEach((panel) => panel.schedule()),
      ),
      vscode.languages.onDidChangeDiagnostics((event) =>
        event.uris.forEach((uri) => this.showing(uri).forEach((panel) => panel.schedule())),
      ),
      vscode.window.onDidChangeActiveTextEditor(() => {
        const uri = activeRunbookUri();
        if (uri) this.following?.showDocument(uri);
      }),
    );
  }

  /**
   * Shows the preview of `uri` (else the active runbook editor's, else the one already shown):
   * in the active column, or beside it without taking the focus.
   */
  show(uri: vscode.Uri | undefined, toSide: boolean): void {
    const target = uri ?? activeRunbookUri() ?? this.following?.documentUri;
    if (!target) {
      void vscode.window.showErrorMessage(
        'Open a runbook or announcement (a *.runbook.yaml or *.announcement.yaml file) to preview it.',
      );
      return;
    }
    const existing = this.following;
    if (existing) {
      existing.showDocument(target);
      // A preview already beside the editor stays where it is; "Open Preview" brings it to the active column.
      if (toSide && existing.panel.visible) existing.panel.reveal(existing.panel.viewColumn, true);
      else
        existing.panel.reveal(toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Preview',
      {
        viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active,
        preserveFocus: toSide,
      },
      { enableFindWidget: true, ...webviewOptions(this.media) },
    );
    this.add(panel, target);
  }

  /** The document a command without a URI is about: the active runbook editor's, else the following preview's. */
  currentDocument(): vscode.Uri | undefined {
    return activeRunbookUri() ?? this.following?.documentUri;
  }

  /** Asks every panel again (the language server has just started). */
  refreshAll(): void {
    this.panels.forEach((panel) => void panel.refresh());
  }

  snapshots(): PreviewSnapshot[] {
    return [...this.panels].map((panel) => panel.snapshot);
  }

  /** A panel VS Code kept across a reload: its page's state names the document. */
  private revive(panel: vscode.WebviewPanel, state: unknown): void {
    const uri =
      typeof (state as { uri?: unknown } | undefined)?.uri === 'string'
        ? (state as { uri: string }).uri
        : undefined;
    if (!uri) {
      panel.dispose();
      return;
    }
    this.add(panel, vscode.Uri.parse(uri));
  }

  private add(webviewPanel: vscode.WebviewPanel, uri: vscode.Uri): void {
    const panel = new PreviewPanel(
      webviewPanel,
      uri,
      this.source,
      this.media,
      this.following === undefined,
    );
    if (panel.following) this.following = panel;
    this.panels.add(panel);
    webviewPanel.onDidDispose(() => {
      panel.dispose();
      this.panels.delete(panel);
      if (this.following === panel) this.following = undefined;
    });
  }

  private showing(uri: vscode.Uri): PreviewPanel[] {
    const key = uri.toString();
    return [...this.panels].filter((panel) => panel.documentUri.toString() === key);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const panel of this.panels) panel.panel.dispose();
  }
}
