import {
  formatClock,
  monthAbbreviation,
  type LocalTime,
  type TimeFormat,
  type ZoneConversion,
  type ZoneMoment,
} from '../time/index';
import { MINUTES_PER_HOUR } from '../time/units';

/** "Sun 19 Jul 2015": a local date as hovers write it. */
export function dayText(local: LocalTime): string {
  return `${local.weekday} ${local.day} ${monthAbbreviation(local.month)} ${local.year}`;
}

/** "Sun 19 Jul 2015 4pm" (or "16:00"): a local date and time of day. */
export function dayAndClockText(local: LocalTime, format: TimeFormat): string {
  return `${dayText(local)} ${formatClock(local.hour, local.minute, format)}`;
}

/** "JST (+09:00)", or "+05:45" alone where readers know no abbreviation. */
export function zoneMomentText(moment: Pick<ZoneMoment, 'abbreviation' | 'offset'>): string {
  return moment.abbreviation ? `${moment.abbreviation} (${moment.offset})` : moment.offset;
}

/** A change of offset as a length: 60 → "1h", 30 → "30m", 90 → "1h30m". */
export function offsetChangeText(minutes: number): string {
  const absolute = Math.abs(minutes);
  const hours = Math.floor(absolute / MINUTES_PER_HOUR);
  const rest = absolute % MINUTES_PER_HOUR;
  return `${hours > 0 ? `${hours}h` : ''}${rest > 0 || hours === 0 ? `${rest}m` : ''}`;
}

/**
 * A conversion's start–end as a reader reads it: "4pm–5pm"; the weekday where the local date
 * differs from the primary zone's ("Sat 11pm–Sun Midnight"), or where the end falls on another day.
 */
export function windowClockText(
  conversion: Pick<ZoneConversion, 'local' | 'localEnd' | 'dayShift'>,
  format: TimeFormat,
): string {
  const { local, localEnd, dayShift } = conversion;
  const start = `${dayShift !== 0 ? `${local.weekday} ` : ''}${formatClock(local.hour, local.minute, format)}`;
  if (!localEnd) return start;
  const endDay = localEnd.date !== local.date ? `${localEnd.weekday} ` : '';
  return `${start}–${endDay}${formatClock(localEnd.hour, localEnd.minute, format)}`;
}
