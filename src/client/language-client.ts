import * as vscode from 'vscode';
import type {
  ErrorHandler,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from 'vscode-languageclient/node';
import { RUNBOOK_FILE_GLOB } from '../core/document-kind';
import { codeCacheArgs, SERVER_ENV, SERVER_EXEC_ARGV } from '../protocol/server-process';
import { RestartPolicy } from './restart-policy';

export const LANGUAGE_ID = 'runbook';

/** The language client library: its actions and states are values, not only types. */
type ClientLibrary = typeof import('./language-client-library');

/**
 * The client for the bundled server (dist/server.js), spoken to over node IPC. The library is
 * loaded here, when the client is made, not with the extension: evaluating it was most of the
 * extension's activation time.
 */
export async function createLanguageClient(
  context: vscode.ExtensionContext,
): Promise<{ client: LanguageClient; library: ClientLibrary }> {
  const library = await import('./language-client-library');
  const { LanguageClient, TransportKind } = library;
  const module = context.asAbsolutePath('dist/server.js');
  // V8's compiled code, kept between starts in the extension's own storage: a start after the
  // first skips most of compiling the server. Not when debugging: --nolazy compiles differently.
  const codeCache = vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath;
  const serverOptions: ServerOptions = {
    run: {
      module,
      transport: TransportKind.ipc,
      args: codeCacheArgs(codeCache),
      options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...SERVER_ENV } },
    },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: {
        execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'],
        env: { ...SERVER_ENV },
      },
    },
  };
  const runbookWatcher = vscode.workspace.createFileSystemWatcher(RUNBOOK_FILE_GLOB);
  context.subscriptions.push(runbookWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
    ],
    // Files changed on disk (a git checkout, another editor): the file itself is checked again
    // (runbook.diagnostics.scope), and a runbook's change re-checks the announcements that link it.
    synchronize: { configurationSection: 'runbook', fileEvents: runbookWatcher },
    outputChannelName: 'Maintenance Runbooks',
    errorHandler: restartingErrorHandler(library, new RestartPolicy()),
  };
  const client = new LanguageClient(
    'runbook',
    'Maintenance Runbooks',
    serverOptions,
    clientOptions,
  );
  return { client, library };
}

/**
 * Set explicitly rather than left to the library's default (which restarts 4 times in 3 minutes
 * and only then says anything): the server exits on purpose when it cannot read its input, and is
 * started again at most 3 times in 3 minutes; the user hears of it once when it first happens, and
 * once more if it is given up.
 */
function restartingErrorHandler(
  { CloseAction, ErrorAction }: ClientLibrary,
  policy: RestartPolicy,
): ErrorHandler {
  return {
    // A message that could not be written or read: go on for a few, then stop the connection.
    error: (_error, _message, count) => ({
      action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
    }),
    closed: () => {
      const verdict = policy.closed();
      if (!verdict.restart)
        return {
          action: CloseAction.DoNotRestart,
          message: `The runbook language server stopped ${verdict.stops} times in 3 minutes and was not started again: checks, hovers and the preview are off until "Runbook: Restart Language Server". Output ▸ Maintenance Runbooks says why it stopped.`,
        };
      if (verdict.tellUser)
        void vscode.window.showWarningMessage(
          'The runbook language server stopped unexpectedly and was started again. Output ▸ Maintenance Runbooks says why.',
        );
      return {
        action: CloseAction.Restart,
        message: 'The runbook language server stopped; starting it again.',
        handled: true,
      };
    },
  };
}
