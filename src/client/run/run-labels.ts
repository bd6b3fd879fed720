// What the run's tree, status bar and terminal say, as plain functions of the run's state: no
// `vscode` here, so that the unit tests check the words.
import { formatDuration, formatDurationRange, type DurationRange } from '../../core/duration';
import { localTime } from '../../core/time/conversion';
import { formatClock } from '../../core/time/format';
import type { CommandPhase, RunOutcome, StepState } from '../../core/run/run-types';

/** "0:07", "2:41", "1:02:03": an elapsed time as a stopwatch shows it. */
export function stopwatch(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** A step as the tree draws it. */
export interface StepTimes {
  state: StepState;
  /** When it started (or last restarted), epoch ms. */
  startedAt?: number;
  /** How long it took, once done or failed, ms. */
  durationMs?: number;
  estimate?: DurationRange;
  /** Seconds. */
  planned?: number;
}

/** "2:41 / est 5m · planned 10m": the time so far (or taken) against the estimate and the planned time. */
export function stepDescription(step: StepTimes, now: number): string {
  const plan = [
    ...(step.estimate ? [`est ${formatDurationRange(step.estimate)}`] : []),
    ...(step.planned !== undefined ? [`planned ${formatDuration(step.planned)}`] : []),
  ].join(' · ');
  const elapsed = elapsedMs(step, now);
  if (elapsed === undefined) return plan;
  return plan === '' ? stopwatch(elapsed) : `${stopwatch(elapsed)} / ${plan}`;
}

function elapsedMs(step: StepTimes, now: number): number | undefined {
  if (step.state === 'running' || step.state === 'verifying')
    return step.startedAt === undefined ? undefined : now - step.startedAt;
  return step.durationMs;
}

const STATE_WORDS: Record<StepState, string> = {
  pending: 'pending',
  running: 'running',
  verifying: 'verifying',
  done: 'done',
  failed: 'failed',
  skipped: 'skipped',
  'rolled-back': 'rolled back',
  interrupted: 'interrupted',
};

export function stateText(state: StepState): string {
  return STATE_WORDS[state];
}

const OUTCOME_WORDS: Record<RunOutcome, string> = {
  done: 'done',
  aborted: 'aborted',
  'rolled-back': 'rolled back',
  stopped: 'stopped: the journal could not be written',
};

export function outcomeWords(outcome: RunOutcome): string {
  return OUTCOME_WORDS[outcome];
}

/** What the status bar item reads. */
export interface RunClock {
  runbookId: string;
  startedAt: number;
  now: number;
  /** The window's end in the run's frame, epoch ms (counted from the run's start for a rehearsal). */
  windowEnd?: number;
  projectedEnd: number;
  zone: string;
  outcome?: RunOutcome;
}

/** "demo 2:41 · window ends 22:10 · projected 22:08"; once ended, "demo rolled back after 2:41". */
export function statusText(clock: RunClock): string {
  const elapsed = stopwatch(clock.now - clock.startedAt);
  if (clock.outcome) return `${clock.runbookId} ${outcomeWords(clock.outcome)} after ${elapsed}`;
  const at = (ms: number) => {
    const local = localTime(ms, clock.zone);
    return formatClock(local.hour, local.minute, '24h');
  };
  const end = clock.windowEnd === undefined ? [] : [`window ends ${at(clock.windowEnd)}`];
  return [`${clock.runbookId} ${elapsed}`, ...end, `projected ${at(clock.projectedEnd)}`].join(
    ' · ',
  );
}

/** True when the projected end is after the window's end: the status bar turns to a warning. */
export function isLate(clock: RunClock): boolean {
  return clock.windowEnd !== undefined && clock.projectedEnd > clock.windowEnd;
}

/** The line the terminal writes before a command's output: "── migrate · verify (attempt 2) ──". */
export function commandHeader(step: string, phase: CommandPhase, attempt: number): string {
  const again = attempt > 1 ? ` (attempt ${attempt})` : '';
  return `── ${step} · ${phase}${again} ──`;
}

/** Output as a terminal wants it: every line end `\r\n` (a bare `\n` only moves the cursor down). */
export function terminalText(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
