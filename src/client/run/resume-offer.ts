import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import type { RunManager } from './run-manager';
import { journalFolderFor, runSettingsFor } from './run-target';

/**
 * A reloaded window offers to resume: when a runbook is open (at activation, or opened later)
 * and its journal folder holds a run that did not end, a notification offers Resume Run, once
 * per journal. Nothing runs unless the person chooses it, and then only after the usual modal.
 */
export function offerResumes(runs: RunManager, resumeCommand: string): vscode.Disposable {
  const offered = new Set<string>();
  const check = async (document: vscode.TextDocument) => {
    if (!vscode.workspace.isTrusted || runs.running) return;
    if (document.languageId !== 'runbook' || document.uri.scheme !== 'file') return;
    const folder = journalFolderFor(document.uri, runSettingsFor(document.uri));
    // Most workspaces have no journals at all: that costs one stat, not a parse.
    if (!existsSync(folder)) return;
    // Loaded only here, past that stat: activation needs neither the parser nor the journals.
    const [{ parseYaml }, { scalarOf }, { newestUnfinished }] = await Promise.all([
      import('../../core/yaml/parse-yaml'),
      import('../../core/yaml/tree'),
      import('../../runner/journal-reading'),
    ]);
    const id = scalarOf(parseYaml(document.getText()).root, 'id')?.value;
    const unfinished = await newestUnfinished(folder, typeof id === 'string' ? id : 'runbook');
    if (!unfinished || offered.has(unfinished.path)) return;
    offered.add(unfinished.path);
    const started = new Date(unfinished.startedAt).toLocaleString();
    const chosen = await runs.prompts.show(
      'info',
      `A run of ${vscode.workspace.asRelativePath(document.uri, false)} started ${started} did not finish. Resume it?`,
      'Resume Run',
    );
    if (chosen === 'Resume Run') await vscode.commands.executeCommand(resumeCommand, document.uri);
  };
  const safely = (document: vscode.TextDocument) => void check(document).catch(() => undefined);
  vscode.workspace.textDocuments.forEach(safely);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(safely),
    vscode.workspace.onDidGrantWorkspaceTrust(() => vscode.workspace.textDocuments.forEach(safely)),
  );
}
