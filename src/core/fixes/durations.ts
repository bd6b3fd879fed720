import { formatDuration, type DurationRange } from '../duration';
import { minutesToSeconds, SECONDS_PER_MINUTE, secondsToMinutes } from '../time/units';

/** Durations closer than this (seconds) are equal: safety factors such as 1.1 leave float dust. */
const EPSILON_SECONDS = 1e-6;

/** True when `a` is shorter than `b` (seconds), ignoring float dust. */
export function isShorter(a: number, b: number): boolean {
  return a < b - EPSILON_SECONDS;
}

/** True when two durations (seconds) differ, ignoring float dust. */
export function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > EPSILON_SECONDS;
}

/**
 * A duration as a file writes it, compact ("1h30m", "45s"). Used for the text of quick fixes;
 * messages use `formatDuration` ("1h 30m").
 */
export function durationText(seconds: number): string {
  return formatDuration(seconds).replace(/ /g, '');
}

/** A range as a file writes it: "30m", or "1h10m..1h30m". */
export function durationRangeText(range: DurationRange): string {
  return range.low === range.high
    ? durationText(range.high)
    : `${durationText(range.low)}..${durationText(range.high)}`;
}

/**
 * A planned length as a window should be written: rounded up to the whole minute, so that a
 * length of 1.5 × 25m = 37m 30s becomes 38m and never falls short of the plan.
 */
export function plannedLengthSeconds(planned: number): number {
  return Math.max(
    SECONDS_PER_MINUTE,
    minutesToSeconds(Math.ceil(secondsToMinutes(planned - EPSILON_SECONDS))),
  );
}
