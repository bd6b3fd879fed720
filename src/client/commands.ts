import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ServerCommands } from '../protocol/commands';
import type { PreviewManager } from './preview/preview-manager';
import { languageServerSource } from './preview/preview-source';
import { RunAnswerCommands, RunCommands, type RunCommandHandlers } from './run/run-commands';

/** Command ids, as declared in package.json. */
export const Commands = {
  restartServer: 'runbook.restartServer',
  showOutput: 'runbook.showOutput',
  showPreview: 'runbook.showPreview',
  showPreviewToSide: 'runbook.showPreviewToSide',
  exportAnnouncement: 'runbook.exportAnnouncement',
  newMaintenance: 'runbook.newMaintenance',
  ...ServerCommands,
  ...RunCommands,
} as const;

/** What commands work with: the language client (while it runs) and the preview panels. */
export interface CommandContext {
  getClient: () => LanguageClient | undefined;
  previews: PreviewManager;
  /** The run's commands (src/client/run/). */
  run: RunCommandHandlers;
}

type CommandFactory = (context: CommandContext) => (...args: unknown[]) => unknown;

/** Menus pass the file they were opened on (editor title, explorer); the palette and keys pass nothing. */
const uriArgument = (arg: unknown) => (arg instanceof vscode.Uri ? arg : undefined);

const table: Record<string, CommandFactory> = {
  [Commands.restartServer]:
    ({ getClient }) =>
    async () => {
      const client = getClient();
      if (!client) return;
      await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Window,
          title: 'Restarting the runbook language server',
        },
        () => client.restart(),
      );
    },
  [Commands.showOutput]:
    ({ getClient }) =>
    () =>
      getClient()?.outputChannel.show(true),
  [Commands.openLinkedRunbook]: () => openLinkedRunbook,
  [Commands.showPreview]:
    ({ previews }) =>
    (uri) =>
      previews.show(uriArgument(uri), false),
  [Commands.showPreviewToSide]:
    ({ previews }) =>
    (uri) =>
      previews.show(uriArgument(uri), true),
  [Commands.exportAnnouncement]:
    ({ getClient, previews }) =>
    async (uri) => {
      const target = uriArgument(uri) ?? previews.currentDocument();
      if (!target) {
        void vscode.window.showErrorMessage('Open a runbook or announcement to export it.');
        return;
      }
      // Loaded on first use, with the export formats: nothing of them is needed at activation.
      const { exportDocument } = await import('./export/export-command');
      await exportDocument(target, languageServerSource(getClient));
    },
  [Commands.newMaintenance]: () => async (arg) => {
    // Loaded on first use, with the zone list and the scaffold.
    const { newMaintenance, newMaintenanceOptions } =
      await import('./new-maintenance/new-maintenance-command');
    return newMaintenance(newMaintenanceOptions(arg));
  },
  [Commands.run]: ({ run }) => run.run,
  [Commands.runFrom]: ({ run }) => run.runFrom,
  [Commands.dryRun]: ({ run }) => run.dryRun,
  [Commands.resumeRun]: ({ run }) => run.resumeRun,
  [Commands.stopRun]: ({ run }) => run.stopRun,
  [Commands.showRunOutput]: ({ run }) => run.showRunOutput,
  // The run tree's inline actions: each answers the question of the node it is on.
  ...Object.fromEntries(
    Object.entries(RunAnswerCommands).map(([id, answer]): [string, CommandFactory] => [
      id,
      ({ run }) => run.answer(answer),
    ]),
  ),
};

/**
 * The code lens over an announcement's `runbook:` calls this with the runbook's URI, which the
 * server resolved against the announcement. A missing file is said plainly, with its path.
 */
async function openLinkedRunbook(target?: unknown): Promise<void> {
  if (typeof target !== 'string') {
    void vscode.window.showErrorMessage(
      "Open the linked runbook from the code lens over an announcement's `runbook:`.",
    );
    return;
  }
  const uri = vscode.Uri.parse(target);
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) throw new Error('a folder');
  } catch {
    void vscode.window.showErrorMessage(
      `The linked runbook ${uri.fsPath} does not exist or is not a file. Check the announcement's \`runbook:\` path (it is relative to the announcement).`,
    );
    return;
  }
  await vscode.window.showTextDocument(uri);
}

/** Registers every command from one table. */
export function registerCommands(
  context: vscode.ExtensionContext,
  commandContext: CommandContext,
): void {
  for (const [id, factory] of Object.entries(table)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, factory(commandContext)));
  }
}
