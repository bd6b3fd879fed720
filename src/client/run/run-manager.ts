import { userInfo } from 'node:os';
import * as vscode from 'vscode';
import type { JournalEvent } from '../../core/run/journal-events';
import type { RunOutcome } from '../../core/run/run-types';
import type { RunSession } from '../../runner/run-session';
import type { ActiveRun } from './active-run';
import { outcomeWords, stopwatch } from './run-labels';
import type { RunNode } from './run-nodes';
import { vscodePrompts, type RunPrompts } from './run-prompts';
import { RunStatusBar } from './run-status';
import type { RunTarget } from './run-target';
import { RUN_VIEW_ID, RunTree } from './run-tree';

/** Writes the run's report and returns its path: writeRunReport (src/runner/run-report.ts). */
export type ReportWriter = (
  session: RunSession,
  events: readonly JournalEvent[],
) => Promise<string>;

/** Context keys for package.json's when clauses. */
const ACTIVE = 'runbook.run.active';
const VISIBLE = 'runbook.run.visible';

export type StartResult =
  | { ok: true; runId: string; journalPath: string }
  | { ok: false; declined: boolean; message: string };

/** Who answers the run's questions: the OS user, or "VS Code" where it has no name. */
export function deciderName(): string {
  try {
    return userInfo().username || 'VS Code';
  } catch {
    return 'VS Code';
  }
}

/**
 * The runs of this window, one at a time: starts a prepared run, keeps the tree, the status bar
 * and the context keys up to date (every second while it runs), answers questions from the tree,
 * and after the end writes the report and says how the run ended. The last run stays in the tree.
 */
export class RunManager implements vscode.Disposable {
  /** The dialogs; the VS Code tests put their own here through the extension's API in test mode. */
  prompts: RunPrompts = vscodePrompts;
  /** Writes the report beside the journal when a run ends (tests may put their own here). */
  writeReport: ReportWriter = async (session, events) =>
    (await import('../../runner/run-report')).writeRunReport(session, events);
  private runValue: ActiveRun | undefined;
  private readonly tree = new RunTree();
  private readonly status = new RunStatusBar(`${RUN_VIEW_ID}.focus`);
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires whenever the tree or the status bar changed. */
  readonly onDidChange = this.changed.event;
  private ticker: ReturnType<typeof setInterval> | undefined;
  /** Between a confirmation and the engine's start: a second Run confirmed meanwhile is refused. */
  private starting = false;

  /** The current run, or the last one once it ended. */
  get run(): ActiveRun | undefined {
    return this.runValue;
  }

  get running(): boolean {
    return this.runValue !== undefined && !this.runValue.ended;
  }

  get nodes(): readonly RunNode[] {
    return this.tree.nodes;
  }

  get statusBar(): RunStatusBar {
    return this.status;
  }

  /** Prepares and starts a run of a target the person confirmed; resolves once it has started. */
  async start(target: RunTarget, how: { from?: string; resume?: boolean }): Promise<StartResult> {
    if (this.running || this.starting)
      return { ok: false, declined: false, message: 'A run is in progress: stop it first.' };
    this.starting = true;
    try {
      return await this.prepareAndStart(target, how);
    } finally {
      this.starting = false;
    }
  }

  private async prepareAndStart(
    target: RunTarget,
    how: { from?: string; resume?: boolean },
  ): Promise<StartResult> {
    // The runner is loaded with the first run: activation needs none of it.
    const [{ ActiveRun }, { prepareRun }] = await Promise.all([
      import('./active-run'),
      import('../../runner/run-session'),
    ]);
    const by = deciderName();
    const run = new ActiveRun({
      uri: target.document.uri,
      prompts: () => this.prompts,
      by,
      onChange: () => this.refresh(),
      onInterrupt: () => void vscode.commands.executeCommand('runbook.stopRun'),
    });
    const prepared = await prepareRun({
      file: target.document.uri.fsPath,
      displayPath: target.displayPath,
      text: target.text,
      analysis: target.analysis,
      journalFolder: target.journalFolder,
      env: process.env,
      maskPatterns: target.run.maskPatterns,
      parallel: target.run.parallel,
      decider: run.decider,
      listener: run.listener,
      ...(how.from !== undefined ? { from: { step: how.from, by } } : {}),
      ...(how.resume ? { resume: true as const } : {}),
      confirm: (message) => this.prompts.confirm(message, 'Resume'),
    });
    if (!prepared.ok) {
      run.dispose();
      return { ok: false, declined: prepared.reason === 'declined', message: prepared.message };
    }
    this.runValue?.dispose();
    this.runValue = run;
    run.attach(prepared.session);
    void vscode.commands.executeCommand('setContext', VISIBLE, true);
    void vscode.commands.executeCommand('setContext', ACTIVE, true);
    this.ticker ??= setInterval(() => this.refresh(), 1000);
    this.refresh();
    this.tree.reveal();
    void this.runToEnd(run, prepared.session);
    return { ok: true, runId: prepared.session.runId, journalPath: prepared.session.journalPath };
  }

  /** Stop Run: the running commands are stopped and nothing more starts. */
  stop(): boolean {
    const engine = this.runValue?.session?.engine;
    if (!engine || !this.running) return false;
    engine.stop(deciderName());
    return true;
  }

  /** An inline action of the tree: answers the question its node shows, if it is still open. */
  answer(node: unknown, answer: string): boolean {
    const id = (node as Partial<RunNode> | undefined)?.questionId;
    return id !== undefined && (this.runValue?.questions.answer(id, answer) ?? false);
  }

  private async runToEnd(run: ActiveRun, session: RunSession): Promise<void> {
    const outcome = await run.run();
    clearInterval(this.ticker);
    this.ticker = undefined;
    void vscode.commands.executeCommand('setContext', ACTIVE, false);
    this.refresh();
    // This session's events; writeRunReport puts a resumed run's earlier ones in front.
    const report = await this.writeReport(session, run.events).catch((error: unknown) => {
      void this.prompts.show('warning', `The run's report could not be written: ${String(error)}`);
      return undefined;
    });
    if (report)
      void vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(report));
    void this.announceEnd(run, session, outcome);
  }

  private async announceEnd(
    run: ActiveRun,
    session: RunSession,
    outcome: RunOutcome | undefined,
  ): Promise<void> {
    const took = stopwatch((run.endedAt ?? Date.now()) - run.startedAt);
    const message = outcome
      ? `Run of ${session.plan.runbookId} ${outcomeWords(outcome)} after ${took}.`
      : `The run of ${session.plan.runbookId} stopped: ${run.failure ?? 'unknown error'}`;
    const level = outcome === 'done' ? 'info' : outcome ? 'warning' : 'error';
    const chosen = await this.prompts.show(level, message, 'Open Journal');
    if (chosen === 'Open Journal')
      await vscode.window.showTextDocument(vscode.Uri.file(session.journalPath));
  }

  private refresh(): void {
    const run = this.runValue;
    const now = Date.now();
    if (run) {
      const outcome = run.outcome ? outcomeWords(run.outcome) : run.ended ? 'stopped' : 'running';
      this.tree.update({
        nodes: run.nodes(now),
        warnings: run.allWarnings(),
        title: `${run.session?.plan.runbookId ?? ''}: ${outcome}`,
      });
      this.status.update(run.clock(now), run.session?.journalPath ?? '');
    }
    this.changed.fire();
  }

  dispose(): void {
    clearInterval(this.ticker);
    this.runValue?.dispose();
    this.tree.dispose();
    this.status.dispose();
    this.changed.dispose();
  }
}
