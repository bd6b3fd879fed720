import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PreviewResult } from '../../protocol/requests';

/** Asks the language server for a document's preview; the panel and the Export command share it. */
export type PreviewSource = (uri: vscode.Uri) => Promise<PreviewResult>;

/**
 * `runbook/preview` through the running language client. The document is opened first (a panel
 * revived after a reload, a file exported from the explorer), so that the server has its text; a
 * server that is not running, or that fails, gives a reason instead of a model.
 */
export function languageServerSource(getClient: () => LanguageClient | undefined): PreviewSource {
  return async (uri) => {
    const client = await runningClient(getClient);
    if (!client)
      return {
        ok: false,
        reason: 'not-open',
        message: 'The runbook language server is starting; the preview follows in a moment.',
      };
    try {
      await vscode.workspace.openTextDocument(uri);
    } catch (error) {
      return {
        ok: false,
        reason: 'not-open',
        message: `${uri.fsPath} cannot be opened: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    try {
      // Loaded on first use: the protocol library is not needed before the client runs.
      const { PreviewRequest } = await import('../language-client-library');
      return await client.sendRequest(PreviewRequest, { uri: uri.toString() });
    } catch (error) {
      return {
        ok: false,
        reason: 'not-open',
        message: `The language server did not answer: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  };
}

/** How long a preview waits for a server that is starting before it says so. */
const START_WAIT_MS = 15_000;
const START_POLL_MS = 250;

/**
 * The client once it runs, waiting up to START_WAIT_MS: a panel revived with the window asks
 * while the server starts, and its answer must not hang on a state change it may have missed.
 */
async function runningClient(
  getClient: () => LanguageClient | undefined,
): Promise<LanguageClient | undefined> {
  for (let waited = 0; ; waited += START_POLL_MS) {
    const client = getClient();
    if (client?.isRunning()) return client;
    if (waited >= START_WAIT_MS) return undefined;
    await new Promise((resolve) => setTimeout(resolve, START_POLL_MS));
  }
}
