import type { JournalEvent, RunStartedEvent, WarningKind } from './journal-events';
import type { CommandOutcome, CommandPhase, RunOutcome, StepState } from './run-types';

/** How far a run got, read back from its journal: what a resume starts from. */
export interface ReplayedRun {
  started: RunStartedEvent;
  /** Each step's last recorded state; steps never mentioned are pending. */
  states: Map<string, StepState>;
  /** Steps done, in the order they finished: a rollback undoes them newest first. */
  completed: string[];
  /** Commands started per `step:phase`, so that a retry after a resume counts on. */
  attempts: Map<string, number>;
  /** How each step's last command ended: a failure the run died before deciding is asked again. */
  lastOutcome: Map<string, { phase: CommandPhase; outcome: CommandOutcome }>;
  /** Steps whose rollback command succeeded, though the run died before recording them rolled back. */
  rollbackSucceeded: Set<string>;
  /** A rollback command that was running when the run died. */
  openRollback: string | undefined;
  /** The run had chosen to roll back. */
  rollingBack: boolean;
  deadlineAnswered: boolean;
  warned: Set<WarningKind>;
  ended: RunOutcome | undefined;
}

/**
 * Replays a journal's events (the first is `run-started`, as readJournal checks). A step whose
 * last state is running or verifying was cut off mid-way: the resume calls it interrupted.
 */
export function replayJournal(events: readonly JournalEvent[]): ReplayedRun | undefined {
  const first = events[0];
  if (first?.type !== 'run-started') return undefined;
  const run: ReplayedRun = {
    started: first,
    states: new Map(),
    completed: [],
    attempts: new Map(),
    lastOutcome: new Map(),
    rollbackSucceeded: new Set(),
    openRollback: undefined,
    rollingBack: false,
    deadlineAnswered: false,
    warned: new Set(),
    ended: undefined,
  };
  for (const event of events) apply(run, event);
  // Done steps in the order they last became done (a step retried and done again counts once).
  const last = new Map(run.completed.map((id, at) => [id, at]));
  run.completed = run.completed.filter(
    (id, at) => last.get(id) === at && run.states.get(id) === 'done',
  );
  return run;
}

function apply(run: ReplayedRun, event: JournalEvent): void {
  switch (event.type) {
    case 'step-state':
      run.states.set(event.step, event.state);
      if (event.state === 'done') run.completed.push(event.step);
      return;
    case 'command-started':
      run.attempts.set(attemptKey(event.step, event.phase), event.attempt);
      if (event.phase === 'rollback') {
        run.openRollback = event.step;
        run.rollbackSucceeded.delete(event.step);
      }
      return;
    case 'command-finished': {
      if (event.phase === 'rollback') run.openRollback = undefined;
      const { exitCode, signal, durationMs, error, cancelled } = event;
      const outcome: CommandOutcome = { exitCode, signal, durationMs };
      if (error !== undefined) outcome.error = error;
      if (cancelled !== undefined) outcome.cancelled = cancelled;
      run.lastOutcome.set(event.step, { phase: event.phase, outcome });
      if (event.phase === 'rollback' && exitCode === 0 && error === undefined && !cancelled)
        run.rollbackSucceeded.add(event.step);
      return;
    }
    case 'decision':
      if (event.answer === 'rollback') run.rollingBack = true;
      if (event.question === 'deadline') run.deadlineAnswered = true;
      return;
    case 'warning':
      run.warned.add(event.kind);
      return;
    case 'run-ended':
      run.ended = event.outcome;
      return;
    default:
      return;
  }
}

/** The key of a step's command in `attempts`. */
export function attemptKey(step: string, phase: CommandPhase): string {
  return `${step}:${phase}`;
}
