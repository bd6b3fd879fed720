import { describeZoneAt, formatClock, isUtcZone, localTime, type TimeFormat } from '../time/index';

/** What every export says of a window nothing gives a length (`window-without-end`). */
export const END_NOT_KNOWN = 'end not known';

/** "Sun 2015-07-19 8am": the date as ISO writes it, so that no reader mistakes day for month. */
function dayAndClock(ms: number, zone: string, format: TimeFormat): { date: string; text: string } {
  const local = localTime(ms, zone);
  return {
    date: local.date,
    text: `${local.weekday} ${local.date} ${formatClock(local.hour, local.minute, format)}`,
  };
}

/** "Sun 2015-07-19 8am–9am", the end's day written only when it differs from the start's. */
function span(
  startMs: number,
  endMs: number | undefined,
  zone: string,
  format: TimeFormat,
): string {
  const start = dayAndClock(startMs, zone, format);
  if (endMs === undefined) return start.text;
  const end = dayAndClock(endMs, zone, format);
  const endLocal = localTime(endMs, zone);
  return `${start.text}–${end.date === start.date ? formatClock(endLocal.hour, endLocal.minute, format) : end.text}`;
}

/** "Europe/London (BST, UTC+01:00)"; a fixed offset such as "UTC+01:00" says it all by itself. */
function zoneText(zone: string, ms: number): string {
  if (/^UTC([+-]|$)/.test(zone)) return zone;
  const moment = describeZoneAt(zone, ms);
  return `${zone} (${moment.abbreviation ? `${moment.abbreviation}, ` : ''}UTC${moment.offset})`;
}

/**
 * A window as people read it, in its own zone and then in UTC:
 * `["Sun 2015-07-19 8am–9am Europe/London (BST, UTC+01:00)", "Sun 2015-07-19 7am–8am UTC"]`.
 * The UTC line is left out when the zone is UTC itself.
 */
export function windowLines(
  startMs: number,
  endMs: number | undefined,
  zone: string,
  format: TimeFormat,
): string[] {
  const own = `${span(startMs, endMs, zone, format)} ${zoneText(zone, startMs)}`;
  return isUtcZone(zone) ? [own] : [own, `${span(startMs, endMs, 'UTC', format)} UTC`];
}
