import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { RunListener } from '../../core/run/engine';
import type { JournalEvent, WarningKind } from '../../core/run/journal-events';
import type { RunOutcome } from '../../core/run/run-types';
import { contentHash, type RunSession } from '../../runner/run-session';
import type { RunClock } from './run-labels';
import { UiDecider } from './run-decider';
import { runNodes, type RunNode } from './run-nodes';
import type { RunPrompts } from './run-prompts';
import { Questions } from './run-questions';
import { RunTerminal } from './run-terminal';

/** Warnings that also come as a notification; the others are in the tree and the terminal. */
const NOTIFIED: ReadonlySet<WarningKind> = new Set([
  'projected-past-window-end',
  'projected-past-deadline',
  'file-changed',
]);

export interface ActiveRunOptions {
  uri: vscode.Uri;
  prompts: () => RunPrompts;
  /** Who answers: the OS user. */
  by: string;
  onChange: () => void;
  /** Ctrl+C in the terminal. */
  onInterrupt: () => void;
}

/**
 * One run in VS Code: its questions (asked by the decider, shown by the tree), its terminal, the
 * journal events so far, and a watch on the runbook, which may change while the run goes on with
 * the version it started from. Made before the session (whose engine needs the decider and the
 * listener), then attached to it.
 */
export class ActiveRun implements vscode.Disposable {
  readonly questions = new Questions();
  readonly decider: UiDecider;
  /** Made when the run starts, so that a refused run leaves no terminal behind. */
  terminal: RunTerminal | undefined;
  readonly events: JournalEvent[] = [];
  readonly listener: RunListener;
  outcome: RunOutcome | undefined;
  /** Why the run ended without an outcome (an error the engine threw). */
  failure: string | undefined;
  startedAt = Date.now();
  endedAt: number | undefined;
  private sessionValue: RunSession | undefined;
  private readonly warnings: string[] = [];
  private fileChanged = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly options: ActiveRunOptions) {
    this.decider = new UiDecider(this.questions, options.prompts, options.by);
    this.subscriptions.push(this.questions.onDidChange(options.onChange));
    this.listener = {
      event: (event) => this.onEvent(event),
      output: (step, phase, text) => this.terminal?.output(step, phase, text),
    };
  }

  get uri(): vscode.Uri {
    return this.options.uri;
  }

  get session(): RunSession | undefined {
    return this.sessionValue;
  }

  get ended(): boolean {
    return this.endedAt !== undefined;
  }

  /** Takes the prepared session, starts watching the runbook and shows the terminal. */
  attach(session: RunSession): void {
    this.sessionValue = session;
    const started = session.previous[0];
    if (started) this.startedAt = Date.parse(started.at);
    this.warnings.push(...session.warnings);
    this.watch(session.plan.contentHash);
    this.terminal = new RunTerminal(`Runbook: ${session.plan.runbookId}`, this.options.onInterrupt);
    this.terminal.line(`Running ${session.plan.file} (run ${session.runId})`);
    this.terminal.show();
  }

  /** Runs to the end; resolves with the outcome, or undefined when the engine failed (then `failure` says why). */
  async run(): Promise<RunOutcome | undefined> {
    const session = this.sessionValue;
    if (!session) throw new Error('run() before attach()');
    try {
      this.outcome = await session.engine.run();
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      this.terminal?.line(`The run stopped: ${this.failure}`);
    }
    this.endedAt = Date.now();
    this.questions.clear();
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
    await session.close().catch((error: unknown) => {
      this.warnings.push(`The journal could not be closed: ${String(error)}`);
    });
    this.options.onChange();
    return this.outcome;
  }

  /** The tree's nodes now. */
  nodes(now: number): RunNode[] {
    const session = this.sessionValue;
    if (!session) return [];
    return runNodes(session.plan, session.engine.snapshot(), this.questions.all(), now);
  }

  /** The engine's warnings and the extension's own (the file changed, the journal was repaired). */
  allWarnings(): string[] {
    return [...(this.sessionValue?.engine.snapshot().warnings ?? []), ...this.warnings];
  }

  /** What the status bar shows. */
  clock(now: number): RunClock | undefined {
    const session = this.sessionValue;
    if (!session) return undefined;
    const snapshot = session.engine.snapshot();
    return {
      runbookId: session.plan.runbookId,
      startedAt: this.startedAt,
      now: this.endedAt ?? now,
      ...(snapshot.frame.end !== undefined ? { windowEnd: snapshot.frame.end } : {}),
      projectedEnd: snapshot.projectedEnd,
      zone: session.plan.zone ?? 'UTC',
      ...(this.outcome ? { outcome: this.outcome } : {}),
    };
  }

  private onEvent(event: JournalEvent): void {
    this.events.push(event);
    this.terminal?.event(event);
    if (event.type === 'warning' && NOTIFIED.has(event.kind))
      void this.options.prompts().show('warning', event.message);
    this.options.onChange();
  }

  /** A runbook edited during the run: the run keeps its plan, and says so once. */
  private watch(startedFrom: string): void {
    const uri = this.options.uri;
    const check = (text: string) => {
      if (this.fileChanged || this.ended || contentHash(text) === startedFrom) return;
      this.fileChanged = true;
      const message = `${basename(uri.fsPath)} changed during the run. The run goes on with the version it started with: its steps and commands were fixed when it started.`;
      this.warnings.push(message);
      this.terminal?.line(`⚠ ${message}`);
      void this.options.prompts().show('warning', message);
      this.options.onChange();
    };
    const files = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), basename(uri.fsPath)),
    );
    const readDisk = () =>
      void vscode.workspace.fs.readFile(uri).then(
        (bytes) => check(new TextDecoder().decode(bytes)),
        () => undefined,
      );
    this.subscriptions.push(
      files,
      files.onDidChange(readDisk),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === uri.toString()) check(event.document.getText());
      }),
    );
  }

  dispose(): void {
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
    this.terminal?.dispose();
  }
}
