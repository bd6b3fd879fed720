import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Summary } from '../protocol/requests';
import { LANGUAGE_ID } from './language-client';

/** What the status bar item shows right now; read by the extension's API (and the VS Code tests). */
export interface SummaryStatus {
  visible: boolean;
  text: string;
  tooltip: string;
}

/**
 * The estimate of the active runbook or announcement in the status bar
 * (`$(watch) Σ 1h 30m × 2 = 3h ✓`, or `○` and why when the plan is a lower bound or was
 * computed around errors: the server's text), hidden for other editors. It asks the server again when the
 * active editor changes and when the document's diagnostics change, which the server publishes
 * after analysing each edit (and, for an announcement, after its runbook changed).
 */
export class SummaryStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'runbook.summary',
    vscode.StatusBarAlignment.Left,
    10,
  );
  private readonly subscriptions: vscode.Disposable[] = [];
  private shown = false;
  /** Answers arrive out of order after quick edits: only the newest question's answer is shown. */
  private asked = 0;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.item.name = 'Runbook estimate';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) void this.update();
      }),
    );
    void this.update();
  }

  /** The item as a person sees it. */
  get status(): SummaryStatus {
    const tooltip = this.item.tooltip;
    return {
      visible: this.shown,
      text: this.item.text,
      tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''),
    };
  }

  async update(): Promise<void> {
    const question = ++this.asked;
    const document = vscode.window.activeTextEditor?.document;
    const client = this.getClient();
    if (!document || document.languageId !== LANGUAGE_ID || !client?.isRunning())
      return this.hide();
    let summary: Summary | null;
    try {
      // Loaded on first use: the protocol library is not needed before the client runs.
      const { SummaryRequest } = await import('./language-client-library');
      summary = await client.sendRequest(SummaryRequest, { uri: document.uri.toString() });
    } catch {
      // A server restarting or gone: the next diagnostics will ask again.
      summary = null;
    }
    if (question !== this.asked) return;
    this.show(summary);
  }

  private show(summary: Summary | null): void {
    if (!summary) {
      this.item.text = '$(watch) No estimate';
      this.item.tooltip =
        'Add `estimate:` to the steps (or to the announcement) to see the planned length here.';
      this.item.backgroundColor = undefined;
    } else {
      this.item.text = `$(watch) ${summary.text}`;
      this.item.tooltip = new vscode.MarkdownString(summary.tooltip);
      const short =
        summary.verdict === 'shorter-than-estimate'
          ? 'errorBackground'
          : summary.verdict === 'shorter-than-planned'
            ? 'warningBackground'
            : undefined;
      this.item.backgroundColor = short
        ? new vscode.ThemeColor(`statusBarItem.${short}`)
        : undefined;
    }
    this.item.show();
    this.shown = true;
  }

  private hide(): void {
    this.item.hide();
    this.shown = false;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
