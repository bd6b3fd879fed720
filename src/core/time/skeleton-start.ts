import { localTime } from './conversion';
import { clockText, isoDate } from './date-time-text';
import { resolveLocalTime } from './local-time';
import { MS_PER_DAY, minutesToMs } from './units';

/** How far ahead a new window opens: a week, the notice `short-notice` asks for by default. */
const LEAD_DAYS = 7;
/** Every zone's offset today is a whole number of quarter hours: stepping by them finds `:00`. */
const STEP_MS = minutesToMs(15);
/** Two days of quarter hours: past any clock change, so the loop always ends. */
const MAX_STEPS = 192;

/**
 * The start a new window is given (a snippet, a window skeleton): one week after `now`, at the
 * next full hour of `zone`'s wall clock that happens exactly once (no gap, no repeat), written
 * as a file writes it: `2026-07-19 08:00`. `now` is an input so tests pin it.
 */
export function skeletonStart(now: number, zone: string): string {
  const from = now + LEAD_DAYS * MS_PER_DAY;
  let ms = Math.ceil(from / STEP_MS) * STEP_MS;
  for (let step = 0; step < MAX_STEPS; step++, ms += STEP_MS) {
    const local = localTime(ms, zone);
    if (local.minute !== 0 || local.second !== 0) continue;
    if (resolveLocalTime(local, zone).kind === 'exact')
      return `${isoDate(local)} ${clockText(local)}`;
  }
  const local = localTime(from, zone);
  return `${isoDate(local)} ${clockText({ ...local, second: 0 })}`;
}
