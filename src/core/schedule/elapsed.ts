import type { Analysis } from '../analysis-types';
import type { DurationRange } from '../duration';
import { formatClock, localTime, type TimeFormat } from '../time/index';
import { SECONDS_PER_HOUR, SECONDS_PER_MINUTE, secondsToMs } from '../time/units';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Time since the window opened, as a clock on the wall of the ops room reads it: "0:35",
 * "25:00" (hours do not wrap into days, so a long window still reads as one count), "0:00:45"
 * when seconds are left over.
 */
export function formatElapsed(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / SECONDS_PER_HOUR);
  const minutes = Math.floor((total % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE);
  const rest = total % SECONDS_PER_MINUTE;
  return `${hours}:${two(minutes)}${rest > 0 ? `:${two(rest)}` : ''}`;
}

/** "0:35", or "0:35..0:50" when the low and high ends differ (as written, once rounded). */
export function formatElapsedRange(range: DurationRange): string {
  const low = formatElapsed(range.low);
  const high = formatElapsed(range.high);
  return low === high ? low : `${low}..${high}`;
}

/** "T+0:35" or "T+0:35..0:50": the inlay hint after a step's id. */
export function tPlus(range: DurationRange): string {
  return `T+${formatElapsedRange(range)}`;
}

/**
 * `tPlus`, or for a time that is only a lower bound (something before it has no valid estimate)
 * "T+≥0:30", and "T+?" when that bound is zero: nothing is known then, and a confident "T+0:00"
 * would be a guess.
 */
export function tPlusAtLeast(range: DurationRange, lowerBound: boolean): string {
  if (!lowerBound) return tPlus(range);
  return range.low > 0 ? `T+≥${formatElapsed(range.low)}` : 'T+?';
}

/** Where the elapsed times of a window are read as clock times. */
export interface ClockReference {
  startMs: number;
  zone: string;
  format: TimeFormat;
}

/** The window's opening on the clock, when it has a valid start and zone. */
export function clockReference(analysis: Analysis): ClockReference | undefined {
  const window = analysis.window;
  if (window?.startMs === undefined || !window.primaryZone) return undefined;
  return { startMs: window.startMs, zone: window.primaryZone, format: window.timeFormat };
}

/** The clock in the window's zone `seconds` after it opens, with the weekday when the date is not the opening day's. */
export function clockAfter(reference: ClockReference, seconds: number): string {
  const opening = localTime(reference.startMs, reference.zone);
  const local = localTime(reference.startMs + secondsToMs(Math.round(seconds)), reference.zone);
  return `${local.date !== opening.date ? `${local.weekday} ` : ''}${formatClock(local.hour, local.minute, reference.format)}`;
}

/** "08:35", "08:35..08:50" or "22:30..Tue 11:00": an elapsed range on the clock (DST-aware, by instants). */
export function clockRange(reference: ClockReference, range: DurationRange): string {
  const low = clockAfter(reference, range.low);
  const high = clockAfter(reference, range.high);
  return low === high ? low : `${low}..${high}`;
}

/** `clockRange`, or for a lower bound "≥08:30" and "?" when it is zero, as `tPlusAtLeast` says it. */
export function clockRangeAtLeast(
  reference: ClockReference,
  range: DurationRange,
  lowerBound: boolean,
): string {
  if (!lowerBound) return clockRange(reference, range);
  return range.low > 0 ? `≥${clockAfter(reference, range.low)}` : '?';
}
