import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { createLanguageClient } from './language-client';
import { PreviewManager } from './preview/preview-manager';
import type { PreviewSnapshot } from './preview/preview-panel';
import { languageServerSource } from './preview/preview-source';
import { registerRunFeature, type RunTestApi } from './run/run-feature';
import { SummaryStatusBar, type SummaryStatus } from './status-bar';

let client: LanguageClient | undefined;

/** What the extension gives other extensions (and its own VS Code tests): what its status bar and preview panels show. */
export interface RunbookApi {
  summaryStatus(): SummaryStatus;
  /** Each open preview panel: its document, the HTML last given to its webview, and what the webview reported it shows. */
  previews(): PreviewSnapshot[];
  /** Only when VS Code runs the extension's tests (ExtensionMode.Test): the run's tree, status, terminal and dialogs. */
  runTest?: RunTestApi;
}

/**
 * Activated by the `runbook` language, the preview commands or a preview panel kept across a
 * reload: starts the language server, the commands, the status bar, the preview panels and the
 * run's tree, lenses and status bar.
 */
export async function activate(context: vscode.ExtensionContext): Promise<RunbookApi> {
  client = createLanguageClient(context);
  // Before the server starts: VS Code revives preview panels only through a serializer registered during activation.
  const previews = new PreviewManager(
    context,
    languageServerSource(() => client),
  );
  context.subscriptions.push(previews);
  const run = registerRunFeature(context);
  registerCommands(context, { getClient: () => client, previews, run: run.handlers });
  // A panel that asked while the server was starting (or restarting after a crash) said so; it
  // asks again once the server runs, whatever else happens (no edit or diagnostics may follow).
  context.subscriptions.push(
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Running) previews.refreshAll();
    }),
  );
  await client.start();
  previews.refreshAll();
  const statusBar = new SummaryStatusBar(() => client);
  context.subscriptions.push(statusBar);
  return {
    summaryStatus: () => statusBar.status,
    previews: () => previews.snapshots(),
    ...(run.testApi ? { runTest: run.testApi } : {}),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
