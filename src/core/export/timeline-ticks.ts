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
export function clockTicks(window: PreviewWindow, minutes: number, format: TimeFormat): Tick[] {
  const spacing = spacingFor(minutes);
  const endMs = window.startMs + minutesToMs(minutes);
  const clock = localClock(window, endMs);
  const opening = clock(window.startMs);
  const ticks: Tick[] = [];
  for (
    let ms = Math.ceil(window.startMs / QUARTER_MS) * QUARTER_MS;
    ms <= endMs;
    ms += QUARTER_MS
  ) {
    const local = clock(ms);
    if ((hoursToMinutes(local.hour) + local.minute) % spacing !== 0) continue;
    const day = local.date === opening.date ? '' : `${local.weekday} `;
    ticks.push({
      minute: msToMinutes(ms - window.startMs),
      label: `${day}${formatClock(local.hour, local.minute, format)}`,
    });
  }
  return thinned(ticks);
}

/** Past a day apart, ticks are every midnight: keep one in so many, so that labels do not overlap. */
function thinned(ticks: Tick[]): Tick[] {
  const every = Math.ceil(ticks.length / MOST_TICKS);
  return every <= 1 ? ticks : ticks.filter((_, i) => i % every === 0);
}

/** Without a window, ticks count from the start: "0:00", "0:30", "1:00". */
export function elapsedTicks(minutes: number): Tick[] {
  const spacing = spacingFor(minutes);
  const ticks: Tick[] = [];
  for (let minute = 0; minute <= minutes; minute += spacing)
    ticks.push({ minute, label: formatElapsed(minutesToSeconds(minute)) });
  return thinned(ticks);
}
