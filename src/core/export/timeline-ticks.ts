import type { PreviewWindow } from '../preview/preview-model';
import { formatElapsed } from '../schedule/elapsed';
import { formatClock, type TimeFormat } from '../time/index';
import { localClock } from './local-clock';
import {
  hoursToMinutes,
  MINUTES_PER_DAY,
  minutesToMs,
  minutesToSeconds,
  msToMinutes,
} from '../time/units';

/** A mark on the timeline's axis, in minutes from the window's start. */
export interface Tick {
  minute: number;
  label: string;
}

/** Spacings between ticks, in minutes: each divides a day, so ticks fall on round local times. */
const SPACINGS = [15, 30, 60, 120, 180, 240, 360, 720, MINUTES_PER_DAY];
const MOST_TICKS = 10;
const QUARTER_MS = minutesToMs(15);

function spacingFor(minutes: number): number {
  return SPACINGS.find((spacing) => minutes / spacing <= MOST_TICKS) ?? MINUTES_PER_DAY;
}

/**
 * Ticks on the window's own clock: round local times ("8am", "8:30am", "Mon Midnight") between the
 * start and `minutes` later. Candidates are taken every quarter hour in UTC, since every zone's
 * offset today is a whole number of quarter hours, and kept where the local time is round, so a DST
 * change inside the window moves the ticks as it moves the clocks.
 */
export function clockTicks(window: PreviewWindow, planned: number, format: TimeFormat): Tick[] {
  const minutes = Math.min(planned, LONGEST_TIMELINE_MINUTES);
  const spacing = spacingFor(minutes);
  const endMs = window.startMs + minutesToMs(minutes);
  const clock = localClock(window, endMs);
  const opening = clock(window.startMs);
  const ticks: Tick[] = [];
  const tickAt = (ms: number, local: ReturnType<typeof clock>) => {
    const day = local.date === opening.date ? '' : `${local.weekday} `;
    ticks.push({
      minute: msToMinutes(ms - window.startMs),
      label: `${day}${formatClock(local.hour, local.minute, format)}`,
    });
  };
  const first = Math.ceil(window.startMs / QUARTER_MS) * QUARTER_MS;
  // Quarter by quarter is exact but costs 96 look-ups a day: past a month, step from midnight to
  // midnight instead (a window may run to 2100), so the work stays bounded by the ticks' count.
  if (minutes > LONG_WINDOW_MINUTES && spacing === MINUTES_PER_DAY) {
    midnights(clock, first, endMs, tickAt);
    return thinned(ticks);
  }
  for (let ms = first; ms <= endMs; ms += QUARTER_MS) {
    const local = clock(ms);
    if ((hoursToMinutes(local.hour) + local.minute) % spacing === 0) tickAt(ms, local);
  }
  return thinned(ticks);
}

/**
 * Ticks are marked over at most this span (about 100 years; years stop at 2100): a plan of
 * absurd length (a safety factor of 10^29) must not walk its days one by one.
 */
const LONGEST_TIMELINE_MINUTES = 100 * 366 * MINUTES_PER_DAY;

/** A month: windows longer than this get their midnights by whole days (see clockTicks). */
const LONG_WINDOW_MINUTES = 31 * MINUTES_PER_DAY;

/**
 * Each local midnight from `fromMs` to `endMs`: the first found quarter by quarter, each next one
 * a day of real time later, moved back or forward by what the clock changed in between.
 */
function midnights(
  clock: ReturnType<typeof localClock>,
  fromMs: number,
  endMs: number,
  found: (ms: number, local: ReturnType<ReturnType<typeof localClock>>) => void,
): void {
  const sinceMidnight = (ms: number) => {
    const local = clock(ms);
    return hoursToMinutes(local.hour) + local.minute;
  };
  let ms = fromMs;
  while (ms <= endMs && sinceMidnight(ms) !== 0) ms += QUARTER_MS;
  while (ms <= endMs) {
    found(ms, clock(ms));
    let next = ms + minutesToMs(MINUTES_PER_DAY);
    const off = sinceMidnight(next);
    // Clocks went forward (01:00): back to midnight; they went back (23:00): on to it.
    if (off !== 0) next += minutesToMs(off > MINUTES_PER_DAY / 2 ? MINUTES_PER_DAY - off : -off);
    ms = next;
  }
}

/** Past a day apart, ticks are every midnight: keep one in so many, so that labels do not overlap. */
function thinned(ticks: Tick[]): Tick[] {
  const every = Math.ceil(ticks.length / MOST_TICKS);
  return every <= 1 ? ticks : ticks.filter((_, i) => i % every === 0);
}

/** Without a window, ticks count from the start: "0:00", "0:30", "1:00". */
export function elapsedTicks(planned: number): Tick[] {
  const minutes = Math.min(planned, LONGEST_TIMELINE_MINUTES);
  // Past ten days, whole days apart: at most about ten ticks, however long the plan.
  const spacing =
    minutes > MOST_TICKS * MINUTES_PER_DAY
      ? Math.ceil(minutes / MOST_TICKS / MINUTES_PER_DAY) * MINUTES_PER_DAY
      : spacingFor(minutes);
  const ticks: Tick[] = [];
  for (let minute = 0; minute <= minutes; minute += spacing)
    ticks.push({ minute, label: formatElapsed(minutesToSeconds(minute)) });
  return thinned(ticks);
}
