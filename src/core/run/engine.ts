import { CommandRunner, stoppedOutcome } from './command-runner';
import { RunFrame } from './run-frame';
import type { JournalSink } from './journal-events';
import { projectedEnd, runGraph, type RunGraph } from './projection';
import type { ReplayedRun } from './replay';
import { JournalBroken, RunRecorder, type RecorderListener } from './run-recorder';
import { StepTimeouts } from './step-timeouts';
import type {
  Clock,
  CommandExecutor,
  CommandOutcome,
  Decider,
  Decision,
  RunOutcome,
  RunPlan,
  RunStep,
  StepState,
} from './run-types';
import { commandFailed } from './outcome-text';

/** What the front ends hear: journal events as they become durable, and live output. */
export type RunListener = RecorderListener;

export interface EngineOptions {
  plan: RunPlan;
  runId: string;
  user: string;
  host: string;
  clock: Clock;
  executor: CommandExecutor;
  journal: JournalSink;
  decider: Decider;
  /** How many steps whose needs are met may run side by side; 1 (the default) runs one at a time. */
  parallel?: number;
  /** Start at this step: the steps before it in the file are recorded as skipped. */
  from?: { step: string; by: string };
  /** A resume: the run read back from its journal. */
  resume?: ReplayedRun;
  listener?: RunListener;
}

/** What the front ends draw: each step's state and the clock frame. */
export interface RunSnapshot {
  states: ReadonlyMap<string, StepState>;
  /** When each started (or last restarted), epoch ms; running steps' elapsed time is now − this. */
  startedAt: ReadonlyMap<string, number>;
  /** How long each finished step took, ms. */
  durations: ReadonlyMap<string, number>;
  projectedEnd: number;
  frame: RunFrame;
  warnings: readonly string[];
  /** Why the journal could not be written, when the run ended `stopped` for it. */
  journalProblem?: string;
}

type StepResult = { ok: true } | { ok: false; phase: 'run' | 'verify'; outcome: CommandOutcome };

/**
 * Runs a plan: starts steps whose needs are done (one at a time unless `parallel` says more),
 * records every step, command and decision in the journal before the next action, and asks the
 * decider whenever a person must choose. See docs/run.md for the state machine.
 */
export class RunEngine {
  private readonly plan: RunPlan;
  private readonly graph: RunGraph;
  private readonly states: StepState[];
  private readonly startedAt = new Map<number, number>();
  private readonly durations = new Map<number, number>();
  private readonly recorder: RunRecorder;
  private readonly commands: CommandRunner;
  private readonly running = new Map<number, Promise<StepResult>>();
  private readonly timedOut = new Set<number>();
  private readonly timeouts: StepTimeouts;
  private readonly indexById: ReadonlyMap<string, number>;
  private completed: string[] = [];
  private readonly parallel: number;
  private frame: RunFrame;
  private deadlineAnswered = false;
  private halted = false;
  private journalProblem: string | undefined;
  private stopRequest: { by: string } | undefined;
  private wakeUp: () => void = () => undefined;
  private readonly stopped: Promise<undefined>;
  private signalStop: () => void = () => undefined;
  private cancelDeadlineTimer: () => void = () => undefined;

  constructor(private readonly options: EngineOptions) {
    this.plan = options.plan;
    this.graph = runGraph(options.plan);
    this.states = options.plan.steps.map(
      (step) => options.resume?.states.get(step.id) ?? 'pending',
    );
    this.parallel = Math.max(1, Math.floor(options.parallel ?? 1));
    this.frame = RunFrame.of(options.plan, options.clock.now(), options.resume?.started.anchor);
    this.stopped = new Promise((resolve) => (this.signalStop = () => resolve(undefined)));
    this.recorder = new RunRecorder(
      options.journal,
      options.clock,
      options.listener,
      new Set(options.resume?.warned),
    );
    this.commands = new CommandRunner(
      options.executor,
      this.recorder,
      new Map(options.resume?.attempts),
      () => this.stopRequest !== undefined,
    );
    this.timeouts = new StepTimeouts({
      clock: options.clock,
      recorder: this.recorder,
      decider: options.decider,
      ask: (question) => this.ask(question),
      elapsed: (index) => options.clock.now() - (this.startedAt.get(index) ?? options.clock.now()),
      phase: (index) => (this.states[index] === 'verifying' ? 'verify' : 'run'),
      stopStep: (index) => {
        this.timedOut.add(index);
        this.commands.cancel(this.plan.steps[index].id);
      },
    });
    this.indexById = new Map(options.plan.steps.map((step, index) => [step.id, index]));
    if (options.resume) {
      this.completed = [...options.resume.completed];
      this.deadlineAnswered = options.resume.deadlineAnswered;
    }
  }

  /** Runs to the end and says how it ended; the journal's last event says the same. */
  async run(): Promise<RunOutcome> {
    let outcome: RunOutcome;
    try {
      await this.begin();
      outcome = await this.proceed();
    } catch (error) {
      await this.drain();
      if (error instanceof JournalBroken) this.journalProblem = error.message;
      else {
        await this.recorder
          .record({ type: 'run-ended', outcome: 'aborted' })
          .catch(() => undefined);
        throw error;
      }
      outcome = 'stopped';
    }
    this.cancelDeadlineTimer();
    if (outcome !== 'stopped')
      await this.recorder.record({ type: 'run-ended', outcome }).catch(() => undefined);
    return outcome;
  }

  /** Stop Run / Ctrl-C without a terminal: the running commands are stopped and nothing more starts. */
  stop(by: string): void {
    if (this.stopRequest) return;
    this.stopRequest = { by };
    this.commands.cancelAll();
    this.signalStop();
    this.wakeUp();
  }

  /** Ctrl-C on a terminal: passed to the running commands; their failure is then asked about. */
  interrupt(): void {
    this.commands.interruptAll();
  }

  snapshot(): RunSnapshot {
    const byId = <T>(map: ReadonlyMap<number, T>) =>
      new Map([...map].map(([index, value]) => [this.plan.steps[index].id, value]));
    return {
      states: new Map(this.plan.steps.map((step, index) => [step.id, this.states[index]])),
      startedAt: byId(this.startedAt),
      durations: byId(this.durations),
      projectedEnd: this.projection(),
      frame: this.frame,
      warnings: [...this.recorder.warnings],
      ...(this.journalProblem !== undefined ? { journalProblem: this.journalProblem } : {}),
    };
  }

  private async begin(): Promise<void> {
    const { plan, options } = this;
    const resume = options.resume;
    if (resume) {
      await this.recorder.record({
        type: 'run-resumed',
        user: options.user,
        host: options.host,
        contentHash: plan.contentHash,
      });
      if (resume.started.runbook.contentHash !== plan.contentHash)
        await this.recorder.warn(
          'file-changed',
          `${plan.file} changed since this run started; the resume runs the file as it is now.`,
        );
    } else {
      await this.recorder.record({
        type: 'run-started',
        version: 1,
        runId: options.runId,
        runbook: {
          id: plan.runbookId,
          path: plan.file,
          contentHash: plan.contentHash,
          ...(plan.title !== undefined ? { title: plan.title } : {}),
        },
        user: options.user,
        host: options.host,
        steps: plan.steps.map((step) => step.id),
        parallel: this.parallel,
        anchor: this.frame.anchor,
      });
      if (this.frame.rehearsal) await this.recorder.warn('rehearsal', this.frame.rehearsalText());
      if (options.from) await this.skipBefore(options.from.step, options.from.by);
    }
    const deadline = this.frame.deadline;
    if (deadline !== undefined && !this.deadlineAnswered) {
      const wait = deadline - options.clock.now();
      if (wait > 0) this.cancelDeadlineTimer = options.clock.setTimer(wait, () => this.wakeUp());
    }
    await this.checkProjection();
  }

  private async skipBefore(stepId: string, by: string): Promise<void> {
    const from = this.indexById.get(stepId);
    if (from === undefined) return;
    await this.recorder.record({
      type: 'decision',
      question: 'start',
      answer: `from ${stepId}`,
      by,
    });
    for (let index = 0; index < from; index++)
      if (this.states[index] === 'pending') await this.setState(index, 'skipped');
  }

  /** After begin: a rollback that was under way goes on; interrupted steps are settled; then the loop. */
  private async proceed(): Promise<RunOutcome> {
    const resume = this.options.resume;
    if (resume?.rollingBack) return this.rollBack(resume.openRollback);
    for (let index = 0; index < this.states.length; index++) {
      const state = this.states[index];
      const settled =
        state === 'running' || state === 'verifying' || state === 'interrupted'
          ? await this.settleInterrupted(index)
          : state === 'failed'
            ? await this.onFailure(index, this.undecidedFailure(index))
            : undefined;
      if (settled) return settled;
    }
    return this.loop();
  }

  /** A failure the run died before deciding on, as its journal recorded it. */
  private undecidedFailure(index: number): Exclude<StepResult, { ok: true }> {
    const last = this.options.resume?.lastOutcome.get(this.plan.steps[index].id);
    const phase = last?.phase === 'verify' ? 'verify' : 'run';
    const outcome = last?.outcome ?? {
      exitCode: null,
      signal: null,
      durationMs: 0,
      error: 'failed',
    };
    return { ok: false, phase, outcome };
  }

  private async settleInterrupted(index: number): Promise<RunOutcome | undefined> {
    const step = this.plan.steps[index];
    await this.setState(index, 'interrupted');
    const decision = await this.ask(() => this.options.decider.onInterrupted(step));
    if (!decision) return this.stopNow();
    await this.recorder.decide('interrupted', step.id, decision);
    switch (decision.answer) {
      case 'retry':
        await this.setState(index, 'pending');
        return undefined;
      case 'done':
        await this.markDone(index);
        return undefined;
      case 'verify': {
        this.startedAt.set(index, this.options.clock.now());
        const result = await this.verifyStep(index);
        return result.ok ? undefined : this.onFailure(index, result);
      }
      case 'failed': {
        await this.setState(index, 'failed');
        const outcome = { exitCode: null, signal: null, durationMs: 0, error: 'marked failed' };
        return this.onFailure(index, { ok: false, phase: 'run', outcome });
      }
    }
  }

  private async loop(): Promise<RunOutcome> {
    for (;;) {
      if (this.stopRequest) return this.stopNow();
      const atDeadline = await this.checkDeadline();
      if (atDeadline) return atDeadline;
      if (!this.halted) this.startReady();
      if (this.running.size === 0) return this.finishedOutcome();
      const woken = new Promise<undefined>((resolve) => (this.wakeUp = () => resolve(undefined)));
      const settled = [...this.running].map(([index, task]) =>
        task.then((result) => ({ index, result })),
      );
      const next = await Promise.race([...settled, woken]);
      if (!next) continue;
      this.running.delete(next.index);
      if (!next.result.ok && !this.stopRequest) {
        const ended = await this.onFailure(next.index, next.result);
        if (ended) return ended;
      }
    }
  }

  /** With nothing running and nothing ready: done when every step is done or skipped. */
  private finishedOutcome(): RunOutcome {
    const left = this.states.some((state) => state !== 'done' && state !== 'skipped');
    return left ? 'aborted' : 'done';
  }

  private startReady(): void {
    for (const index of this.graph.order) {
      if (this.running.size >= this.parallel) return;
      if (this.states[index] !== 'pending' || this.running.has(index)) continue;
      const ready = this.graph.needs[index].every(
        (from) => this.states[from] === 'done' || this.states[from] === 'skipped',
      );
      if (ready) this.running.set(index, this.runStep(index));
    }
  }

  private async runStep(index: number): Promise<StepResult> {
    const step = this.plan.steps[index];
    this.startedAt.set(index, this.options.clock.now());
    this.timedOut.delete(index);
    await this.setState(index, 'running');
    const disarm = this.timeouts.arm(step, index);
    try {
      if (step.run !== undefined) {
        const outcome = await this.commands.run(step, 'run', step.run);
        if (commandFailed(outcome)) return await this.failStep(index, 'run', outcome);
      } else {
        const decision = await this.ask(() => this.options.decider.onManual(step));
        if (!decision) return await this.failStep(index, 'run', stoppedOutcome());
        await this.recorder.decide('manual', step.id, decision);
        if (decision.answer === 'failed')
          return await this.failStep(index, 'run', markedFailed(decision.by));
      }
      return await this.verifyStep(index);
    } finally {
      disarm();
    }
  }

  private async verifyStep(index: number): Promise<StepResult> {
    const verify = this.plan.steps[index].verify;
    if (verify !== undefined) {
      await this.setState(index, 'verifying');
      const outcome = await this.commands.run(this.plan.steps[index], 'verify', verify);
      if (commandFailed(outcome)) return this.failStep(index, 'verify', outcome);
    }
    await this.markDone(index);
    return { ok: true };
  }

  private async markDone(index: number): Promise<void> {
    this.completed.push(this.plan.steps[index].id);
    await this.setState(index, 'done');
  }

  private async failStep(
    index: number,
    phase: 'run' | 'verify',
    outcome: CommandOutcome,
  ): Promise<StepResult> {
    const timedOut = this.timedOut.has(index);
    await this.setState(index, 'failed');
    return { ok: false, phase, outcome: timedOut ? { ...outcome, error: 'timed out' } : outcome };
  }

  private async onFailure(
    index: number,
    failure: Exclude<StepResult, { ok: true }>,
  ): Promise<RunOutcome | undefined> {
    const step = this.plan.steps[index];
    this.halted = true;
    const decision = await this.ask(() =>
      this.options.decider.onFailure(step, failure.phase, failure.outcome),
    );
    if (!decision) return this.stopNow();
    await this.recorder.decide('failure', step.id, decision);
    this.halted = false;
    switch (decision.answer) {
      case 'retry':
        await this.setState(index, 'pending');
        return undefined;
      case 'skip':
        await this.setState(index, 'skipped');
        return undefined;
      case 'rollback':
        return this.rollBack();
      case 'abort':
        await this.drain();
        return 'aborted';
    }
  }

  private async checkDeadline(): Promise<RunOutcome | undefined> {
    const deadline = this.frame.deadline;
    if (deadline === undefined || this.deadlineAnswered) return undefined;
    if (this.options.clock.now() < deadline) return undefined;
    const remaining = this.plan.steps.filter((_, index) => this.states[index] === 'pending');
    if (remaining.length === 0) return undefined;
    this.deadlineAnswered = true;
    this.halted = true;
    await this.recorder.warn('deadline-reached', this.frame.deadlineText(remaining.length));
    const decision = await this.ask(() => this.options.decider.onDeadline(remaining));
    if (!decision) return this.stopNow();
    await this.recorder.decide('deadline', undefined, decision);
    this.halted = false;
    return decision.answer === 'rollback' ? this.rollBack() : undefined;
  }

  /**
   * Undoes the run: waits for running steps, then runs the rollback of the failed steps (their run
   * may have half-done its work) and of the completed steps, newest first. Steps with no
   * `rollback` stay done. `interrupted` is a rollback that was cut off by a crash: a person decides.
   */
  private async rollBack(interrupted?: string): Promise<RunOutcome> {
    this.halted = true;
    await this.drain();
    const failed = this.plan.steps.filter((_, index) => this.states[index] === 'failed');
    const newestFirst = [...this.completed].reverse();
    const order = [...failed.map((step) => step.id), ...newestFirst];
    for (const id of order) {
      const index = this.indexById.get(id);
      const step = index === undefined ? undefined : this.plan.steps[index];
      if (index === undefined || step?.rollback === undefined) continue;
      const ended = await this.rollBackStep(index, step, step.id === interrupted);
      if (ended) return ended;
    }
    return 'rolled-back';
  }

  private async rollBackStep(
    index: number,
    step: RunStep,
    interrupted: boolean,
  ): Promise<RunOutcome | undefined> {
    if (this.options.resume?.rollbackSucceeded.has(step.id)) {
      // Undone before the run died, only not yet recorded as such: never undo twice.
      await this.setState(index, 'rolled-back');
      return undefined;
    }
    let outcome: CommandOutcome | undefined = interrupted ? cutOffOutcome() : undefined;
    let cutOff = interrupted;
    for (;;) {
      if (this.stopRequest) return this.stopNow();
      outcome ??= await this.commands.run(step, 'rollback', step.rollback ?? '');
      if (!commandFailed(outcome)) {
        await this.setState(index, 'rolled-back');
        return undefined;
      }
      const failure = outcome;
      const asked = cutOff;
      cutOff = false;
      const decision = await this.ask(() =>
        this.options.decider.onRollbackFailure(step, failure, asked),
      );
      if (!decision) return this.stopNow();
      await this.recorder.decide('rollback-failure', step.id, decision);
      if (decision.answer === 'skip') return undefined;
      if (decision.answer === 'abort') return 'aborted';
      outcome = undefined;
    }
  }

  /** Waits for every running step; their failures are recorded but not asked about. */
  private async drain(): Promise<void> {
    const tasks = [...this.running.values()];
    this.running.clear();
    await Promise.allSettled(tasks);
  }

  private async stopNow(): Promise<RunOutcome> {
    const by = this.stopRequest?.by ?? 'unknown';
    this.commands.cancelAll();
    await this.drain();
    await this.recorder.record({ type: 'decision', question: 'stop', answer: 'abort', by });
    return 'aborted';
  }

  /** Asks the decider, unless a stop comes first (then undefined). */
  private ask<A extends string>(
    question: () => Promise<Decision<A>>,
  ): Promise<Decision<A> | undefined> {
    if (this.stopRequest) return Promise.resolve(undefined);
    return Promise.race([question(), this.stopped]);
  }

  private async setState(index: number, state: StepState): Promise<void> {
    this.states[index] = state;
    const step = this.plan.steps[index];
    const started = this.startedAt.get(index);
    const finished = state === 'done' || state === 'failed';
    const durationMs =
      finished && started !== undefined ? this.options.clock.now() - started : undefined;
    if (durationMs !== undefined) this.durations.set(index, durationMs);
    await this.recorder.record({
      type: 'step-state',
      step: step.id,
      state,
      ...(durationMs !== undefined ? { durationMs } : {}),
    });
    if (finished || state === 'skipped') await this.checkProjection();
  }

  private projection(): number {
    return projectedEnd(
      this.plan,
      this.graph,
      this.states,
      this.startedAt,
      this.options.clock.now(),
    );
  }

  /** Warns once when the projected end passes the window's end, and once when it passes the deadline. */
  private async checkProjection(): Promise<void> {
    const projected = this.projection();
    const { end, deadline } = this.frame;
    if (end !== undefined && projected > end)
      await this.recorder.warn('projected-past-window-end', this.frame.pastEndText(projected), {
        projectedEnd: projected,
      });
    if (deadline !== undefined && projected > deadline)
      await this.recorder.warn('projected-past-deadline', this.frame.pastDeadlineText(projected), {
        projectedEnd: projected,
      });
  }
}

function markedFailed(by: string): CommandOutcome {
  return { exitCode: null, signal: null, durationMs: 0, error: `marked failed by ${by}` };
}

function cutOffOutcome(): CommandOutcome {
  return {
    exitCode: null,
    signal: null,
    durationMs: 0,
    error: 'the run stopped while this rollback was running; it may not have finished',
  };
}
