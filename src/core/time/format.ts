import { monthAbbreviation } from './calendar-names';
import type { LocalTime, ZoneConversion } from './conversion';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, msToMinutes } from './units';

/** How times are written for readers: "4pm" and "Midnight", or "16:00". */
export type TimeFormat = '12h' | '24h';

export const TimeFormats: readonly TimeFormat[] = ['12h', '24h'];

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A time of day for readers. 12h: "Midnight", "Noon", "4pm", "4:30pm" (seed 000's style);
 * 24h: "16:00". Seconds only when there are some: a zone whose offset had seconds (Monrovia was
 * UTC−00:44:30 until 1972) puts 08:00 UTC at 07:15:30, and "07:15" would be 30 s off.
 */
export function formatClock(hour: number, minute: number, format: TimeFormat, second = 0): string {
  const seconds = second === 0 ? '' : `:${two(second)}`;
  if (format === '24h') return `${two(hour)}:${two(minute)}${seconds}`;
  if (minute === 0 && hour === 0 && !seconds) return 'Midnight';
  if (minute === 0 && hour === 12 && !seconds) return 'Noon';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const minutes = minute === 0 && !seconds ? '' : `:${two(minute)}`;
  return `${h12}${minutes}${seconds}${hour < 12 ? 'am' : 'pm'}`;
}

/** The start (and end) of a conversion as a reader reads it, with the weekday where the day differs. */
function whenText(conversion: ZoneConversion, format: TimeFormat, withEnd: boolean): string {
  const { local, localEnd, dayShift } = conversion;
  const start = `${dayShift !== 0 ? `${local.weekday} ` : ''}${formatClock(local.hour, local.minute, format, local.second)}`;
  if (!withEnd || !localEnd) return start;
  const endDay = localEnd.date !== local.date ? `${localEnd.weekday} ` : '';
  return `${start}–${endDay}${formatClock(localEnd.hour, localEnd.minute, format, localEnd.second)}`;
}

/**
 * The zones list as seed 000 writes it, one line per zone: "Tokyo: 4pm", "Pacific: Midnight",
 * "Pacific: Sat 11pm" when the day differs from the primary zone's. `withEnd` adds "–5pm".
 */
export function formatZonesList(
  conversions: readonly ZoneConversion[],
  options: { timeFormat: TimeFormat; withEnd?: boolean },
): string[] {
  return conversions.map(
    (conversion) =>
      `${conversion.label}: ${whenText(conversion, options.timeFormat, options.withEnd ?? false)}`,
  );
}

/** The zones as a table: a header and one row per zone, cells as text. */
export interface ZonesTable {
  headers: string[];
  rows: string[][];
}

/** "Sun 19 Jul 4pm". */
function dayAndClock(local: LocalTime, format: TimeFormat): string {
  return `${local.weekday} ${local.day} ${monthAbbreviation(local.month)} ${formatClock(local.hour, local.minute, format, local.second)}`;
}

/** The zones table's cells: zone, start (with day and date), end, and abbreviation with offset. */
export function zonesTable(
  conversions: readonly ZoneConversion[],
  timeFormat: TimeFormat,
): ZonesTable {
  const rows = conversions.map((c) => {
    const end = c.localEnd
      ? c.localEnd.date === c.local.date
        ? formatClock(c.localEnd.hour, c.localEnd.minute, timeFormat, c.localEnd.second)
        : dayAndClock(c.localEnd, timeFormat)
      : '';
    const offset = c.abbreviation ? `${c.abbreviation} (UTC${c.offset})` : `UTC${c.offset}`;
    return [
      c.label === c.zone ? c.zone : `${c.label} (${c.zone})`,
      dayAndClock(c.local, timeFormat),
      end,
      offset,
    ];
  });
  return { headers: ['Zone', 'Starts', 'Ends', 'Offset'], rows };
}

/** The zones table as Markdown. */
export function formatZonesTable(
  conversions: readonly ZoneConversion[],
  timeFormat: TimeFormat,
): string {
  const { headers, rows } = zonesTable(conversions, timeFormat);
  const line = (cells: string[]) =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** How far `ms` is from `now` in words: "in 9 days", "3 hours ago", "now" (under a minute). */
export function formatRelative(now: number, ms: number): string {
  const distance = Math.abs(ms - now);
  let amount: string;
  if (distance < MS_PER_MINUTE) return 'now';
  if (distance < 90 * MS_PER_MINUTE) amount = plural(Math.round(msToMinutes(distance)), 'minute');
  else if (distance < 36 * MS_PER_HOUR) amount = plural(Math.round(distance / MS_PER_HOUR), 'hour');
  else if (distance < 60 * MS_PER_DAY) amount = plural(Math.round(distance / MS_PER_DAY), 'day');
  else if (distance < 730 * MS_PER_DAY)
    amount = plural(Math.round(distance / (30.44 * MS_PER_DAY)), 'month');
  else amount = plural(Math.round(distance / (365.25 * MS_PER_DAY)), 'year');
  return ms > now ? `in ${amount}` : `${amount} ago`;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "2026-07-19 08:00" from a local reading, for messages. */
export function formatLocalDateTime(
  local: Pick<LocalTime, 'date' | 'hour' | 'minute'> & { second?: number },
): string {
  const seconds = local.second ? `:${two(local.second)}` : '';
  return `${local.date} ${two(local.hour)}:${two(local.minute)}${seconds}`;
}
