import * as vscode from 'vscode';
import type { ZoneItem } from './zone-items';

/** What New Maintenance asks, as VS Code's inputs and dialogs; the VS Code tests answer without them. */
export interface NewMaintenancePrompts {
  askTitle(
    validate: (text: string) => vscode.InputBoxValidationMessage | undefined,
  ): Thenable<string | undefined>;
  pickZone(items: (ZoneItem | vscode.QuickPickItem)[]): Thenable<string | undefined>;
  /** An empty list is an answer (no audience zones); undefined is a cancel. */
  pickAudience(
    items: (ZoneItem | vscode.QuickPickItem)[],
    zone: string,
  ): Thenable<string[] | undefined>;
  /** `summary`: the proposed window on every clock (the check of a typed start says it again). */
  askStart(
    proposed: { text: string; summary: string },
    zone: string,
    validate: (text: string) => vscode.InputBoxValidationMessage | undefined,
  ): Thenable<string | undefined>;
  /** Where to write, when there is not exactly one workspace folder. */
  pickFolder(folders: readonly vscode.WorkspaceFolder[]): Thenable<vscode.Uri | undefined>;
  /** True only for an explicit yes: nothing is written over without one. */
  confirmReplace(existing: vscode.Uri[]): Thenable<boolean>;
  error(message: string): void;
}

const TITLE = 'New Maintenance';
const isZoneItem = (item: vscode.QuickPickItem | undefined): item is ZoneItem =>
  item !== undefined && 'zone' in item;

export const dialogPrompts: NewMaintenancePrompts = {
  askTitle: (validate) =>
    vscode.window.showInputBox({
      title: `${TITLE} (1/4)`,
      prompt: 'What the maintenance is called, as readers will see it',
      placeHolder: 'Upgrade Postgres 15',
      ignoreFocusOut: true,
      validateInput: validate,
    }),
  pickZone: (items) =>
    vscode.window
      .showQuickPick(items, {
        title: `${TITLE} (2/4)`,
        placeHolder: 'The zone of the window: its start is written on this clock',
        matchOnDescription: true,
        ignoreFocusOut: true,
      })
      .then((item) => (isZoneItem(item) ? item.zone : undefined)),
  pickAudience: (items, zone) =>
    vscode.window
      .showQuickPick(items, {
        title: `${TITLE} (3/4)`,
        placeHolder: `Your readers' zones, to show the window in besides ${zone} (none is fine)`,
        canPickMany: true,
        matchOnDescription: true,
        ignoreFocusOut: true,
      })
      .then((picked) => picked?.filter(isZoneItem).map((item) => item.zone)),
  askStart: (proposed, zone, validate) =>
    vscode.window.showInputBox({
      title: `${TITLE} (4/4)`,
      prompt: `When it starts, on the clock in ${zone} (YYYY-MM-DD HH:MM): ${proposed.summary}`,
      value: proposed.text,
      ignoreFocusOut: true,
      validateInput: validate,
    }),
  pickFolder: async (folders) => {
    if (folders.length > 1) {
      const folder = await vscode.window.showWorkspaceFolderPick({
        placeHolder: 'The folder to write the runbook and announcement in',
      });
      return folder?.uri;
    }
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      openLabel: 'Write Here',
      title: `${TITLE}: the folder to write the runbook and announcement in`,
    });
    return picked?.[0];
  },
  confirmReplace: (existing) =>
    vscode.window
      .showWarningMessage(
        `${existing.map((uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1)).join(' and ')} already exist${existing.length === 1 ? 's' : ''}. Replace?`,
        { modal: true, detail: existing.map((uri) => uri.fsPath).join('\n') },
        'Replace',
      )
      .then((answer) => answer === 'Replace'),
  error: (message) => void vscode.window.showErrorMessage(message),
};
