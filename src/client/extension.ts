import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
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
 * reload: registers the commands, the status bar, the preview panels and the run's tree, lenses
 * and status bar, and starts the language server right after returning, without waiting for it.
 * Everything that needs the server asks again once it runs, so activation costs only the
 * registrations.
 */
export function activate(context: vscode.ExtensionContext): RunbookApi {
  // Before the server starts: VS Code revives preview panels only through a serializer registered during activation.
  const previews = new PreviewManager(
    context,
    languageServerSource(() => client),
  );
  context.subscriptions.push(previews);
  const run = registerRunFeature(context);
  registerCommands(context, { getClient: () => client, previews, run: run.handlers });
  const statusBar = new SummaryStatusBar(() => client);
  context.subscriptions.push(statusBar);
  // On the next turn of the event loop, once VS Code has its answer: loading the client library
  // (a separate bundle, most of what starting costs) and forking the server are no part of
  // activation, which VS Code awaits before anything else the extension host does.
  const starting = setImmediate(() => void startClient(context, previews, statusBar));
  context.subscriptions.push({ dispose: () => clearImmediate(starting) });
  return {
    summaryStatus: () => statusBar.status,
    previews: () => previews.snapshots(),
    ...(run.testApi ? { runTest: run.testApi } : {}),
  };
}

async function startClient(
  context: vscode.ExtensionContext,
  previews: PreviewManager,
  statusBar: SummaryStatusBar,
): Promise<void> {
  const { client: created, library } = await createLanguageClient(context);
  client = created;
  // A panel or the status bar that asked while the server was starting (or restarting after a
  // crash) got no answer; they ask again once the server runs, whatever else happens (no edit
  // or diagnostics may follow).
  context.subscriptions.push(
    created.onDidChangeState(({ newState }) => {
      if (newState !== library.State.Running) return;
      previews.refreshAll();
      void statusBar.update();
    }),
  );
  try {
    await created.start();
  } catch {
    // The client has said why in a notification and its output channel; the restart command retries.
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
