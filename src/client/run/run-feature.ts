import * as vscode from 'vscode';
import type { JournalEvent } from '../../core/run/journal-events';
import type { RunOutcome } from '../../core/run/run-types';
import { DryRunDocuments } from './dry-run-document';
import { offerResumes } from './resume-offer';
import { RunCommandHandlers, RunCommands } from './run-commands';
import { RunLenses } from './run-lenses';
import { RunManager } from './run-manager';
import type { RunNode } from './run-nodes';
import { vscodePrompts, type RunPrompts } from './run-prompts';
import type { RunStatus } from './run-status';

/** The run as the VS Code tests see it, through the extension's API in test mode only. */
export interface RunTestApi {
  /** Puts test dialogs in place of VS Code's (undefined: VS Code's again). */
  setPrompts(prompts: RunPrompts | undefined): void;
  /** The tree's nodes as drawn: pass one to an inline action's command. */
  nodes(): readonly RunNode[];
  status(): RunStatus;
  current(): RunView | undefined;
  onDidChange: vscode.Event<void>;
}

export interface RunView {
  uri: string;
  ended: boolean;
  outcome?: RunOutcome;
  failure?: string;
  journalPath?: string;
  terminalName?: string;
  /** What the run's terminal was given, `\r\n` line ends and colour codes included. */
  transcript: string;
  warnings: string[];
  events: readonly JournalEvent[];
}

/**
 * The VS Code side of running a runbook: the run manager (tree, status bar, terminal), the
 * commands' handlers, the dry-run documents, the lenses (only in a trusted workspace, from the
 * moment it is trusted) and the offer to resume after a reload.
 */
export function registerRunFeature(context: vscode.ExtensionContext): {
  handlers: RunCommandHandlers;
  testApi?: RunTestApi;
} {
  const runs = new RunManager();
  const dryRuns = new DryRunDocuments();
  context.subscriptions.push(runs, dryRuns, offerResumes(runs, RunCommands.resumeRun));
  const registerLenses = () => {
    const lenses = new RunLenses(runs);
    context.subscriptions.push(
      lenses,
      vscode.languages.registerCodeLensProvider({ language: 'runbook', scheme: 'file' }, lenses),
    );
  };
  if (vscode.workspace.isTrusted) registerLenses();
  else context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(registerLenses));
  const handlers = new RunCommandHandlers(runs, dryRuns);
  if (context.extensionMode !== vscode.ExtensionMode.Test) return { handlers };
  return { handlers, testApi: testApi(runs) };
}

function testApi(runs: RunManager): RunTestApi {
  return {
    setPrompts: (prompts) => (runs.prompts = prompts ?? vscodePrompts),
    nodes: () => runs.nodes,
    status: () => runs.statusBar.status,
    onDidChange: runs.onDidChange,
    current: () => {
      const run = runs.run;
      if (!run) return undefined;
      return {
        uri: run.uri.toString(),
        ended: run.ended,
        ...(run.outcome ? { outcome: run.outcome } : {}),
        ...(run.failure !== undefined ? { failure: run.failure } : {}),
        ...(run.session ? { journalPath: run.session.journalPath } : {}),
        ...(run.terminal ? { terminalName: run.terminal.terminal.name } : {}),
        transcript: run.terminal?.transcript ?? '',
        warnings: run.allWarnings(),
        events: run.events,
      };
    },
  };
}
