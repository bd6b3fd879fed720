import { parseDateTimeText, wallClockAsUtc } from '../core/time/date-time-text';
import { UsageError } from './usage-error';
import { minutesToMs } from '../core/time/units';

/** How `--now` is described in usage messages. */
export const NOW_VALUE = '<ISO date-time with offset>';

/**
 * `--now 2026-07-19T08:00:00Z`: the present for `start-in-past`, so that CI output does not change
 * with the day; the clock when absent.
 */
export function parseNowOption(text: string | undefined): number {
  if (text === undefined) return Date.now();
  const parsed = parseDateTimeText(text);
  if (!parsed.ok || parsed.value.offset === undefined)
    throw new UsageError(
      `--now must be an ISO date-time with an offset, like 2026-07-19T08:00:00Z, not "${text}"`,
    );
  return wallClockAsUtc(parsed.value) - minutesToMs(parsed.value.offset);
}
