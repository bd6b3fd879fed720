import * as vscode from 'vscode';
import type { RunPlan } from '../../core/run/run-types';
import type { DryRunDocuments } from './dry-run-document';
import { runConfirmation, type RunStart } from './run-confirmation';
import type { RunManager } from './run-manager';
import { runTarget, type RunTarget } from './run-target';

/** Command ids of the run, as declared in package.json. */
export const RunCommands = {
  run: 'runbook.run',
  runFrom: 'runbook.runFrom',
  dryRun: 'runbook.dryRun',
  resumeRun: 'runbook.resumeRun',
  stopRun: 'runbook.stopRun',
  showRunOutput: 'runbook.showRunOutput',
} as const;

/** The tree's inline actions: each answers the question its step (or the go/no-go) waits on. */
export const RunAnswerCommands = {
  'runbook.run.retry': 'retry',
  'runbook.run.skip': 'skip',
  'runbook.run.rollBack': 'rollback',
  'runbook.run.abort': 'abort',
  'runbook.run.markDone': 'done',
  'runbook.run.markFailed': 'failed',
  'runbook.run.verify': 'verify',
  'runbook.run.stopStep': 'kill',
  'runbook.run.keepWaiting': 'wait',
  'runbook.run.continue': 'continue',
} as const;

/** What a run command did; returned to its caller (the VS Code tests read it). */
export type RunCommandResult =
  | { status: 'started'; runId: string; journalPath: string }
  | { status: 'dry-run'; lines: string[]; uri: string }
  | { status: 'stopping' }
  | { status: 'declined' }
  | { status: 'refused'; reason: RefusalReason; message: string };

type RefusalReason =
  'untrusted' | 'no-runbook' | 'busy' | 'invalid' | 'journal' | 'nothing-to-resume' | 'not-running';

const RESTRICTED =
  'is off in Restricted Mode: a run executes the shell commands in the runbook, and this workspace is not trusted. Trust it (Manage Workspace Trust) to run runbooks.';

/** The run's commands, given the window's runs. Every handler refuses in an untrusted workspace. */
export class RunCommandHandlers {
  constructor(
    private readonly runs: RunManager,
    private readonly dryRuns: DryRunDocuments,
  ) {}

  run = (uri?: unknown) => this.start(uri, { kind: 'run' }, 'Runbook: Run');

  runFrom = (uri?: unknown, step?: unknown) =>
    typeof step === 'string'
      ? this.start(uri, { kind: 'from', step }, 'Runbook: Run from Here')
      : this.run(uri);

  resumeRun = (uri?: unknown) => this.start(uri, { kind: 'resume' }, 'Runbook: Resume Run');

  dryRun = async (uri?: unknown): Promise<RunCommandResult> => {
    const checked = await this.check(uri, 'Runbook: Dry Run');
    if ('status' in checked) return checked;
    const { target, plan } = checked;
    const shown = await this.dryRuns.show(target, plan);
    return { status: 'dry-run', lines: shown.lines, uri: shown.uri.toString() };
  };

  stopRun = async (): Promise<RunCommandResult> => {
    if (!vscode.workspace.isTrusted) return this.refuseUntrusted('Runbook: Stop Run');
    const id = this.runs.run?.session?.plan.runbookId;
    if (!this.runs.running || id === undefined)
      return this.refuse('not-running', 'No run is in progress.', 'info');
    const stop = await this.runs.prompts.confirm(
      `Stop the run of ${id}? Its running commands are stopped (SIGTERM, then SIGKILL) and no more steps start. It can be resumed later.`,
      'Stop Run',
    );
    if (!stop) return { status: 'declined' };
    this.runs.stop();
    return { status: 'stopping' };
  };

  showRunOutput = () => this.runs.run?.terminal?.show();

  /**
   * The handler of a tree inline action: true when it answered its node's question. No run can
   * exist in Restricted Mode, but an answer may run a command (retry, verify), so it refuses too.
   */
  answer =
    (answer: string) =>
    (node?: unknown): boolean | RunCommandResult =>
      vscode.workspace.isTrusted
        ? this.runs.answer(node, answer)
        : this.refuseUntrusted(`Runbook: ${answer}`);

  private async start(uri: unknown, how: RunStart, title: string): Promise<RunCommandResult> {
    const checked = await this.check(uri, title);
    if ('status' in checked) return checked;
    const { target, plan } = checked;
    if (this.runs.running) {
      const id = this.runs.run?.session?.plan.runbookId ?? 'a runbook';
      return this.refuse(
        'busy',
        `A run of ${id} is in progress: stop it first (Runbook: Stop Run).`,
      );
    }
    if (how.kind === 'from' && !plan.steps.some((step) => step.id === how.step))
      return this.refuse('invalid', `${target.displayPath} has no step "${how.step}".`);
    if (how.kind === 'resume') {
      const refusal = await this.nothingToResume(target, plan);
      if (refusal) return refusal;
    }
    const confirmation = runConfirmation(plan, target.folder, how);
    if (target.document.isDirty) confirmation.message += ' Its unsaved changes are included.';
    const action = how.kind === 'resume' ? 'Resume' : 'Run';
    if (!(await this.runs.prompts.confirmRun(confirmation, action))) return { status: 'declined' };
    const started = await this.runs.start(target, {
      ...(how.kind === 'from' ? { from: how.step } : {}),
      ...(how.kind === 'resume' ? { resume: true } : {}),
    });
    if (!started.ok)
      return started.declined ? { status: 'declined' } : this.refuse('journal', started.message);
    return { status: 'started', runId: started.runId, journalPath: started.journalPath };
  }

  /** Trust, a saved runbook, a plan without errors: what every run command needs first. */
  private async check(
    uri: unknown,
    title: string,
  ): Promise<RunCommandResult | { target: RunTarget; plan: RunPlan }> {
    if (!vscode.workspace.isTrusted) return this.refuseUntrusted(title);
    const document = await documentOf(uri);
    if (document?.languageId !== 'runbook')
      return this.refuse('no-runbook', `${title}: open a runbook (*.runbook.yaml) first.`);
    if (document.uri.scheme !== 'file')
      return this.refuse(
        'no-runbook',
        `${title}: save the runbook first; its commands run in its folder.`,
      );
    const target = await runTarget(document, Date.now());
    const { runPlanOf } = await import('../../core/run/run-plan');
    const planned = runPlanOf(target.analysis, target.displayPath, '');
    if (!planned.ok)
      return this.refuse(
        'invalid',
        `${target.displayPath} cannot be run: ${planned.problems.join('; ')}`,
      );
    return { target, plan: planned.plan };
  }

  private async nothingToResume(
    target: RunTarget,
    plan: RunPlan,
  ): Promise<RunCommandResult | undefined> {
    try {
      const { newestUnfinished } = await import('../../runner/journal-reading');
      if (await newestUnfinished(target.journalFolder, plan.runbookId)) return undefined;
    } catch (error) {
      return this.refuse('journal', error instanceof Error ? error.message : String(error));
    }
    return this.refuse(
      'nothing-to-resume',
      `No unfinished run of ${target.displayPath} in ${target.journalFolder}.`,
      'info',
    );
  }

  private refuseUntrusted(title: string): RunCommandResult {
    const message = `${title} ${RESTRICTED}`;
    void this.runs.prompts.show('warning', message, 'Manage Workspace Trust').then((chosen) => {
      if (chosen) void vscode.commands.executeCommand('workbench.trust.manage');
    });
    return { status: 'refused', reason: 'untrusted', message };
  }

  private refuse(
    reason: RefusalReason,
    message: string,
    level: 'info' | 'error' = 'error',
  ): RunCommandResult {
    void this.runs.prompts.show(level, message);
    return { status: 'refused', reason, message };
  }
}

/** The runbook a command is about: the file a menu or lens passed, else the active editor's. */
async function documentOf(arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri =
    arg instanceof vscode.Uri
      ? arg
      : typeof arg === 'string'
        ? vscode.Uri.parse(arg)
        : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch {
    return undefined;
  }
}
