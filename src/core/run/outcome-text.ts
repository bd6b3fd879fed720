import { formatDuration } from '../duration';
import { msToSeconds } from '../time/units';
import type { CommandOutcome, RunStep } from './run-types';

/** A command failed when it did not exit 0: a code, a signal, a timeout, or it never started. */
export function commandFailed(outcome: CommandOutcome): boolean {
  return outcome.exitCode !== 0 || outcome.error !== undefined || outcome.cancelled === true;
}

/** "exit code 3", "killed by SIGTERM", "timed out", or why it never started. */
export function outcomeText(outcome: CommandOutcome): string {
  if (outcome.error !== undefined) return outcome.error;
  if (outcome.signal !== null) return `killed by ${outcome.signal}`;
  if (outcome.cancelled) return 'stopped';
  return `exit code ${String(outcome.exitCode)}`;
}

/** The warning when a step passes its planned time. */
export function overPlannedText(step: RunStep, elapsedMs: number): string {
  const planned = step.planned === undefined ? '' : ` (planned ${formatDuration(step.planned)})`;
  return `"${step.id}" has run for ${formatDuration(msToSeconds(elapsedMs))}${planned}.`;
}
