// The run's vocabulary, shared by the engine (core), the Node runner (executor, journal file) and
// the two front ends (CLI, VS Code). The engine does no I/O: it is handed a clock, an executor, a
// journal sink and someone to ask; see docs/run.md.
import type { DurationRange } from '../duration';

/** A step's life in a run: pending → running → verifying → done | failed | skipped | rolled-back | interrupted. */
export type StepState =
  | 'pending'
  | 'running'
  | 'verifying'
  | 'done'
  | 'failed'
  | 'skipped'
  | 'rolled-back'
  | 'interrupted';

/** The three fields, and the only three, that ever become commands. */
export type CommandPhase = 'run' | 'verify' | 'rollback';

/** One step as the run sees it: read once from the runbook when the run starts, never again. */
export interface RunStep {
  id: string;
  index: number;
  title?: string;
  run?: string;
  verify?: string;
  rollback?: string;
  /** Seconds, low..high; undefined when the step has no (valid) estimate. */
  estimate?: DurationRange;
  /** Seconds: safety factor × the estimate's high end; the default per-step timeout. */
  planned?: number;
  /** Ids of the steps it waits for (the step before by default, as in the plan). */
  needs: string[];
}

/** What a run executes: the runbook's steps and its clock frame, fixed when the run starts. */
export interface RunPlan {
  runbookId: string;
  /** The runbook's path as the front end names it (relative to the workspace or cwd). */
  file: string;
  /** A hash of the text the run started from: a resume compares it with the file's text now. */
  contentHash: string;
  title?: string;
  steps: RunStep[];
  /** The window, epoch ms; undefined when the runbook has no resolvable window. */
  windowStart?: number;
  windowEnd?: number;
  /** The zone the window is written in (an IANA name), for messages; UTC when unknown. */
  zone?: string;
  /** Seconds after the window's start: `rollback.deadline`, the go/no-go. */
  deadlineAfter?: number;
  /** Seconds: `rollback.estimate`. */
  rollbackEstimate?: number;
  safetyFactor: number;
}

/** How one command ended. */
export interface CommandOutcome {
  /** The exit code; null when a signal ended it or it never started. */
  exitCode: number | null;
  signal: string | null;
  /** Why it could not be started (spawn error), in words. */
  error?: string;
  /** True when the runner stopped it (timeout, abort, Ctrl-C) rather than it ending on its own. */
  cancelled?: boolean;
  durationMs: number;
  /** Bytes of output (stdout and stderr, UTF-8, after masking); set by the Node executor. */
  outputBytes?: number;
  /** The last ~2 KB of output, masked: enough to show why a step failed without the log. */
  outputTail?: string;
  /** The step log the output went to, when there is one and it could be written. */
  logPath?: string;
}

export interface CommandRequest {
  command: string;
  phase: CommandPhase;
  stepId: string;
  /** 1 for the first try, 2 after one Retry, … */
  attempt: number;
}

export interface RunningCommand {
  /** The process id, which is also its process group id on POSIX; undefined when spawn failed. */
  pid: number | undefined;
  done: Promise<CommandOutcome>;
  /** Stops the whole process group (SIGTERM, a grace period, SIGKILL); `done` settles once it has gone. */
  cancel(): void;
  /** Passes Ctrl-C on: SIGINT to the whole group, nothing more; the command may handle it. */
  interrupt?(): void;
}

/**
 * Starts commands. The Node runner spawns the user's shell; tests use a fake. Output reaches
 * `onOutput` already masked (secrets never leave the executor).
 */
export interface CommandExecutor {
  start(request: CommandRequest, onOutput: (text: string) => void): RunningCommand;
}

/** The engine's only source of time. */
export interface Clock {
  now(): number;
  /** Calls `callback` once after `ms`; the returned function cancels it. */
  setTimer(ms: number, callback: () => void): () => void;
}

/** Choices offered when a `run` or `verify` fails (non-zero exit, signal, timeout, could not start). */
export type FailureAnswer = 'retry' | 'skip' | 'rollback' | 'abort';
/** Choices offered when a rollback command fails. */
export type RollbackFailureAnswer = 'retry' | 'skip' | 'abort';
/** Choices at the go/no-go deadline with work left. */
export type DeadlineAnswer = 'continue' | 'rollback';
/** Choices when a step passes its timeout: stop it (a failure) or give it another timeout's length. */
export type TimeoutAnswer = 'kill' | 'wait';
/** Choices on resume for a step that was running when the run died: it is never re-run silently. */
export type InterruptedAnswer = 'verify' | 'retry' | 'done' | 'failed';
/** A manual step (no `run`) waits for a person: Mark done, or say it failed. */
export type ManualAnswer = 'done' | 'failed';

/** An answer and who gave it: a person's name, or the flag that answered for an unattended run. */
export interface Decision<A extends string> {
  answer: A;
  by: string;
}

/** Whoever answers the run's questions: a prompt on a terminal, a VS Code dialog, a flag. */
export interface Decider {
  onFailure(
    step: RunStep,
    phase: 'run' | 'verify',
    outcome: CommandOutcome,
  ): Promise<Decision<FailureAnswer>>;
  /** `cutOff`: the rollback was running when the run died (a resume), so it may have finished. */
  onRollbackFailure(
    step: RunStep,
    outcome: CommandOutcome,
    cutOff: boolean,
  ): Promise<Decision<RollbackFailureAnswer>>;
  onDeadline(remaining: readonly RunStep[]): Promise<Decision<DeadlineAnswer>>;
  onTimeout(
    step: RunStep,
    phase: CommandPhase,
    elapsedMs: number,
  ): Promise<Decision<TimeoutAnswer>>;
  onInterrupted(step: RunStep): Promise<Decision<InterruptedAnswer>>;
  onManual(step: RunStep): Promise<Decision<ManualAnswer>>;
}

/**
 * How a run ended: every step done or skipped; aborted by a person or a flag; rolled back; or
 * stopped because the journal could not be written (no step starts that the journal cannot record).
 */
export type RunOutcome = 'done' | 'aborted' | 'rolled-back' | 'stopped';
