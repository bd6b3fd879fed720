import { dirname, resolve } from 'node:path';
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analysis-types';
import type { RunSettings, Settings } from '../../core/settings';
import {
  runSettingsFromUser,
  settingsFromUser,
  type UserSettings,
} from '../../core/settings-input';

/** A runbook about to be run, as the editor has it (unsaved edits included), analysed once. */
export interface RunTarget {
  document: vscode.TextDocument;
  text: string;
  analysis: Analysis;
  run: RunSettings;
  /** Where its journals go, absolute. */
  journalFolder: string;
  /** Its path as messages and the journal name it: relative to its workspace folder. */
  displayPath: string;
  /** The folder its commands run in (the runbook's own). */
  folder: string;
}

/** The `runbook` section for a file, in the shape the core's settings-input checks. */
function userSettings(uri: vscode.Uri): UserSettings {
  const config = vscode.workspace.getConfiguration('runbook', uri);
  return {
    maxFileSize: config.get<unknown>('maxFileSize'),
    audienceZones: config.get<unknown>('audienceZones'),
    timeFormat: config.get<unknown>('timeFormat'),
    safetyFactor: config.get<unknown>('safetyFactor'),
    minNoticeDays: config.get<unknown>('minNoticeDays'),
    run: {
      parallel: config.get<unknown>('run.parallel'),
      journalFolder: config.get<unknown>('run.journalFolder'),
      maskPatterns: config.get<unknown>('run.maskPatterns'),
    },
  };
}

/** The core's settings for a file, as the language server reads them. */
export function analysisSettingsFor(uri: vscode.Uri): Settings {
  return settingsFromUser(userSettings(uri));
}

/** `runbook.run.*` for a file. */
export function runSettingsFor(uri: vscode.Uri): RunSettings {
  return runSettingsFromUser(userSettings(uri));
}

/** `runbook.run.journalFolder` made absolute: against the file's workspace folder, else its own folder. */
export function journalFolderFor(uri: vscode.Uri, run: RunSettings): string {
  const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? dirname(uri.fsPath);
  return resolve(root, run.journalFolder);
}

/**
 * The document's text analysed with its settings and the present, as the language server would.
 * The analysis is loaded on first use: activation needs none of it.
 */
export async function runTarget(document: vscode.TextDocument, now: number): Promise<RunTarget> {
  const { analyze } = await import('../../core/analyze');
  const raw = userSettings(document.uri);
  const text = document.getText();
  const run = runSettingsFromUser(raw);
  return {
    document,
    text,
    analysis: analyze(text, document.uri.path.split('/').pop() ?? '', settingsFromUser(raw), now),
    run,
    journalFolder: journalFolderFor(document.uri, run),
    displayPath: vscode.workspace.asRelativePath(document.uri, false),
    folder: dirname(document.uri.fsPath),
  };
}
