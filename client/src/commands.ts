import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Command ids, as declared in package.json. */
export const Commands = {
  restartServer: 'runbook.restartServer',
  showOutput: 'runbook.showOutput',
} as const;

type CommandFactory = (getClient: () => LanguageClient | undefined) => (...args: unknown[]) => unknown;

const table: Record<string, CommandFactory> = {
  [Commands.restartServer]: (getClient) => async () => {
    const client = getClient();
    if (!client) return;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Restarting the runbook language server' }, () => client.restart());
  },
  [Commands.showOutput]: (getClient) => () => getClient()?.outputChannel.show(true),
};

/** Registers every command from one table. */
export function registerCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  for (const [id, factory] of Object.entries(table)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, factory(getClient)));
  }
}
