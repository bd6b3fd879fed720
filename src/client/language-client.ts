import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'runbook';

/** The client for the bundled server (dist/server.js), spoken to over node IPC. */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const runbookWatcher = vscode.workspace.createFileSystemWatcher('**/*.runbook.{yaml,yml}');
  context.subscriptions.push(runbookWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
    ],
    // Runbooks changed on disk (a git checkout, another editor) re-check the announcements that link them.
    synchronize: { configurationSection: 'runbook', fileEvents: runbookWatcher },
    outputChannelName: 'Maintenance Runbooks',
  };
  return new LanguageClient('runbook', 'Maintenance Runbooks', serverOptions, clientOptions);
}
