import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  EXPORT_FORMATS,
  ExportError,
  exportAs,
  exportDescription,
  type ExportFormat,
} from '../../core/export/index';
import type { PreviewModel } from '../../core/preview/preview-model';
import type { PreviewSource } from '../preview/preview-source';
import { fileExists } from '../file-exists';

/** What each format is called in the quick pick. */
const LABELS: Record<ExportFormat, string> = {
  text: 'Plain text',
  md: 'Markdown',
  html: 'HTML page',
  tweet: 'Tweet',
  ics: 'Calendar event (.ics)',
  banner: 'Site banner (YAML)',
  statuspage: 'Status page (JSON)',
  json: 'JSON',
};

/** Formats that share an extension with another get their name in the file name too. */
const NAME_SUFFIX: Partial<Record<ExportFormat, string>> = {
  tweet: '.tweet',
  statuspage: '.statuspage',
  banner: '.banner',
};

export interface FormatItem extends vscode.QuickPickItem {
  format: ExportFormat;
}

/** The questions the export asks, as dialogs; the VS Code tests answer them without any. */
export interface ExportPrompts {
  pickFormat(items: FormatItem[], placeHolder: string): Thenable<ExportFormat | undefined>;
  pickTarget(defaultUri: vscode.Uri, format: ExportFormat): Thenable<vscode.Uri | undefined>;
  /** True only for an explicit yes: nothing is written over without one. */
  confirmReplace(target: vscode.Uri): Thenable<boolean>;
  exported(target: vscode.Uri): void;
  error(message: string): void;
}

export const dialogPrompts: ExportPrompts = {
  pickFormat: (items, placeHolder) =>
    vscode.window
      .showQuickPick(items, { placeHolder, matchOnDescription: true })
      .then((item) => item?.format),
  pickTarget: (defaultUri, format) =>
    vscode.window.showSaveDialog({
      defaultUri,
      saveLabel: 'Export',
      title: `Export as ${LABELS[format]}`,
    }),
  confirmReplace: (target) =>
    vscode.window
      .showWarningMessage(
        `${path.basename(target.fsPath)} already exists. Replace it?`,
        { modal: true, detail: target.fsPath },
        'Replace',
      )
      .then((answer) => answer === 'Replace'),
  exported: (target) => {
    void vscode.window
      .showInformationMessage(`Exported to ${path.basename(target.fsPath)}.`, 'Open')
      .then((answer) => {
        if (answer === 'Open') void vscode.window.showTextDocument(target);
      });
  },
  error: (message) => void vscode.window.showErrorMessage(message),
};

/**
 * Exports a runbook or announcement: asks for a format, then where to save it (`<id>.<ext>` beside
 * the file), asks before replacing a file, and writes it. Resolves with the file written, if any.
 */
export async function exportDocument(
  uri: vscode.Uri,
  source: PreviewSource,
  prompts: ExportPrompts = dialogPrompts,
): Promise<vscode.Uri | undefined> {
  const result = await source(uri);
  if (!result.ok) {
    prompts.error(`Cannot export ${path.posix.basename(uri.path)}: ${result.message}`);
    return undefined;
  }
  const model = result.model;
  const format = await prompts.pickFormat(formatItems(), placeHolder(model));
  if (!format) return undefined;
  let exported;
  try {
    exported = exportAs(model, format);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    prompts.error(
      `Cannot export ${path.posix.basename(uri.path)} as ${LABELS[format]}: ${error.message}`,
    );
    return undefined;
  }
  const target = await prompts.pickTarget(
    defaultTarget(uri, model, format, exported.extension),
    format,
  );
  if (!target) return undefined;
  if ((await fileExists(target)) && !(await prompts.confirmReplace(target))) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, Buffer.from(exported.text, 'utf8'));
  } catch (error) {
    prompts.error(
      `Cannot write ${target.fsPath}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
  prompts.exported(target);
  return target;
}

function formatItems(): FormatItem[] {
  return EXPORT_FORMATS.map((format) => ({
    format,
    label: LABELS[format],
    description: exportDescription(format),
  }));
}

function placeHolder(model: PreviewModel): string {
  const errors = model.problems.errors;
  const title = model.title ?? path.basename(model.fileName);
  return errors > 0
    ? `Export "${title}" as… (it has ${errors} error${errors === 1 ? '' : 's'}: the export shows what can be shown)`
    : `Export "${title}" as…`;
}

/** `<id>.<ext>` beside the file (or in the first workspace folder for an untitled one). */
export function defaultTarget(
  uri: vscode.Uri,
  model: PreviewModel,
  format: ExportFormat,
  extension: string,
): vscode.Uri {
  const base = path.posix.basename(uri.path).replace(/(\.(runbook|announcement))?\.ya?ml$/i, '');
  const name = `${(model.id ?? base) || 'maintenance'}`.replace(/[^\w.-]+/g, '-');
  const file = `${name}${NAME_SUFFIX[format] ?? ''}.${extension}`;
  if (uri.scheme !== 'untitled') return vscode.Uri.joinPath(uri, '..', file);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, file) : vscode.Uri.file(file);
}
