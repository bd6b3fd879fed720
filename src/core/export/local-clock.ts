import type { PreviewWindow } from '../preview/preview-model';
import {
  formatClock,
  offsetAt,
  offsetChangesBetween,
  weekdayAbbreviation,
  type TimeFormat,
} from '../time/index';
import { minutesToMs } from '../time/units';

/** The wall clock in the window's zone at an instant. */
export interface ClockFields {
  date: string;
  weekday: string;
  hour: number;
  minute: number;
}

/**
 * The wall clock in a window's zone for instants from its opening to `lastMs`. The zone's offsets
 * over that span are read once from the time core, DST changes included, so that ten thousand steps
 * cost ten thousand additions instead of ten thousand zone look-ups. Instants before the opening
 * take the opening's offset.
 */
export function localClock(window: PreviewWindow, lastMs: number): (ms: number) => ClockFields {
  const first = offsetAt(window.zone, window.startMs);
  const changes =
    lastMs > window.startMs ? offsetChangesBetween(window.zone, window.startMs, lastMs + 1) : [];
  return (ms) => {
    // The last change at or before `ms`, by binary search: steps × changes would be quadratic.
    let low = 0;
    let high = changes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (changes[middle].ms <= ms) low = middle + 1;
      else high = middle;
    }
    const offset = low === 0 ? first : changes[low - 1].offsetMinutes;
    const local = new Date(ms + minutesToMs(offset));
    return {
      date: local.toISOString().slice(0, 10),
      // getUTCDay counts from Sunday (0); ISO weekdays from Monday (1) to Sunday (7).
      weekday: weekdayAbbreviation(local.getUTCDay() || 7),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
    };
  };
}

/**
 * Writes instants after a window's opening on its clock, as the schedule does: "8:35am", and
 * "Tue 11am" when the date is not the opening's.
 */
export function clockWriter(
  window: PreviewWindow,
  lastMs: number,
  format: TimeFormat,
): (ms: number) => string {
  const fields = localClock(window, lastMs);
  const opening = fields(window.startMs).date;
  return (ms) => {
    const local = fields(ms);
    return `${local.date === opening ? '' : `${local.weekday} `}${formatClock(local.hour, local.minute, format)}`;
  };
}
