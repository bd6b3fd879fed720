// The journal's events: one JSON object per line in `.runbook/runs/<runbook id>/<UTC start>.jsonl`.
// Each is written (one write, then fsync) before the engine takes its next action, so the journal
// always tells how far a run got. `at` is an ISO 8601 UTC instant. Format version: JOURNAL_VERSION.
import type { CommandPhase, RunOutcome, StepState } from './run-types';

export const JOURNAL_VERSION = 1;

/** The first line: what ran, from which text, by whom, where. */
export interface RunStartedEvent {
  type: 'run-started';
  at: string;
  version: number;
  runId: string;
  runbook: { id: string; path: string; contentHash: string; title?: string };
  user: string;
  host: string;
  /** The step ids in file order, and the options the run started with. */
  steps: string[];
  parallel: number;
  /** Epoch ms the window and the deadline were measured from (the window's start, or the run's start for a rehearsal). */
  anchor?: number;
}

/**
 * A command of a step is about to start: `run`, `verify` or `rollback`. Written before the
 * process is spawned, so that a run killed in between knows the command may have run.
 */
export interface CommandStartedEvent {
  type: 'command-started';
  at: string;
  step: string;
  phase: CommandPhase;
  attempt: number;
}

/** The command's process is running: its id, which is also its process group's id. */
export interface ProcessStartedEvent {
  type: 'process-started';
  at: string;
  step: string;
  phase: CommandPhase;
  attempt: number;
  pid: number;
}

/** The last part of a command's output (bounded, masked); the whole is in the step's log. */
export interface OutputTailEvent {
  type: 'output-tail';
  at: string;
  step: string;
  phase: CommandPhase;
  tail: string;
  /** Bytes of output in all, of which only the tail is here. */
  bytes: number;
}

export interface CommandFinishedEvent {
  type: 'command-finished';
  at: string;
  step: string;
  phase: CommandPhase;
  attempt: number;
  exitCode: number | null;
  signal: string | null;
  durationMs: number;
  error?: string;
  cancelled?: boolean;
}

/** A step reached a state: done, failed, skipped, rolled-back, or pending again (Retry). */
export interface StepStateEvent {
  type: 'step-state';
  at: string;
  step: string;
  state: StepState;
  /** For done and failed: how long the step took, run and verify, in ms. */
  durationMs?: number;
}

/** Every question the run asked and the answer, with who gave it. */
export interface DecisionEvent {
  type: 'decision';
  at: string;
  question:
    | 'failure'
    | 'rollback-failure'
    | 'deadline'
    | 'timeout'
    | 'interrupted'
    | 'manual'
    | 'resume'
    | 'start'
    | 'stop';
  step?: string;
  answer: string;
  by: string;
}

export type WarningKind =
  | 'projected-past-window-end'
  | 'projected-past-deadline'
  | 'deadline-reached'
  | 'step-over-planned'
  | 'rehearsal'
  | 'file-changed'
  | 'journal-torn'
  | 'journal-write-failed';

export interface WarningEvent {
  type: 'warning';
  at: string;
  kind: WarningKind;
  message: string;
  step?: string;
  /** For projections: the projected end, epoch ms. */
  projectedEnd?: number;
}

/** A resume: the run goes on in the same journal. */
export interface RunResumedEvent {
  type: 'run-resumed';
  at: string;
  user: string;
  host: string;
  contentHash: string;
}

export interface RunEndedEvent {
  type: 'run-ended';
  at: string;
  outcome: RunOutcome;
}

export type JournalEvent =
  | RunStartedEvent
  | CommandStartedEvent
  | ProcessStartedEvent
  | OutputTailEvent
  | CommandFinishedEvent
  | StepStateEvent
  | DecisionEvent
  | WarningEvent
  | RunResumedEvent
  | RunEndedEvent;

/**
 * Where events go: the Node runner appends and fsyncs a line; tests keep them in memory. `append`
 * settles only once the event is durable; a rejection means it is not, and the run stops.
 */
export interface JournalSink {
  append(event: JournalEvent): Promise<void>;
}
