import { DateTime } from 'luxon';
import { weekdayAbbreviation } from './calendar-names';
import type { LocalDateTime } from './date-time-text';
import { describeZoneAt, formatOffset, luxonZone } from './offsets';
import { zoneCity } from './zone-names';
import { MS_PER_DAY } from './units';

/** A wall-clock reading of an instant in a zone. */
export interface LocalTime extends LocalDateTime {
  /** "2015-07-19". */
  date: string;
  /** "Sun". */
  weekday: string;
}

function inZone(ms: number, zone: string): DateTime {
  const target = luxonZone(zone);
  if (!target) throw new Error(`not a time zone: ${zone}`);
  return DateTime.fromMillis(ms, { zone: target });
}

/** The wall clock in `zone` at the instant `ms`. */
export function localTime(ms: number, zone: string): LocalTime {
  const dt = inZone(ms, zone);
  return {
    year: dt.year,
    month: dt.month,
    day: dt.day,
    hour: dt.hour,
    minute: dt.minute,
    second: dt.second,
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- null only for an invalid DateTime: inZone refuses an unknown zone, and parsed times are in range
    date: dt.toISODate()!,
    weekday: weekdayAbbreviation(dt.weekday),
  };
}

/**
 * ISO 8601 with the zone's offset at that instant: "2015-07-19T16:00:00+09:00" (UTC as +00:00).
 * An offset with seconds keeps them ("1970-06-01T07:15:30-00:44:30", as RFC 9557 and Temporal
 * read it): luxon's own "-00:44" would name an instant 30 s away.
 */
export function isoInZone(ms: number, zone: string): string {
  const local = inZone(ms, zone);
  return `${local.toFormat("yyyy-MM-dd'T'HH:mm:ss")}${formatOffset(local.offset)}`;
}

/** A zone to convert into, with the label readers know it by. */
export interface ZoneTarget {
  zone: string;
  label?: string;
}

/** The window as one audience zone sees it (the preview's `zones` entries in docs/cli.md, plus local readings). */
export interface ZoneConversion {
  /** The label written in the file, else the zone's city ("Tokyo"). */
  label: string;
  zone: string;
  /** ISO 8601 with the zone's offset. */
  start: string;
  end: string | null;
  startMs: number;
  endMs: number | null;
  /** At the start: "JST", or null where readers know none (then show `offset`). */
  abbreviation: string | null;
  /** At the start: "+09:00". */
  offset: string;
  offsetMinutes: number;
  /** Local start date minus the primary zone's start date, in days. */
  dayShift: number;
  local: LocalTime;
  localEnd: LocalTime | null;
  /** At the end, when it differs from the start's (the window crosses a DST change there). */
  endAbbreviation: string | null;
  endOffset: string | null;
}

/** Converts a window (`endMs` optional) from its primary zone into each target zone, in order. */
export function convertWindow(
  startMs: number,
  endMs: number | undefined,
  primaryZone: string,
  targets: readonly ZoneTarget[],
): ZoneConversion[] {
  const primaryDate = localTime(startMs, primaryZone);
  return targets.map((target) => convertOne(startMs, endMs, primaryDate, target));
}

function convertOne(
  startMs: number,
  endMs: number | undefined,
  primaryDate: LocalTime,
  { zone, label }: ZoneTarget,
): ZoneConversion {
  const atStart = describeZoneAt(zone, startMs);
  const atEnd = endMs === undefined ? undefined : describeZoneAt(zone, endMs);
  const local = localTime(startMs, zone);
  return {
    label: label ?? zoneCity(zone),
    zone,
    start: isoInZone(startMs, zone),
    end: endMs === undefined ? null : isoInZone(endMs, zone),
    startMs,
    endMs: endMs ?? null,
    abbreviation: atStart.abbreviation,
    offset: atStart.offset,
    offsetMinutes: atStart.offsetMinutes,
    dayShift: dayNumber(local) - dayNumber(primaryDate),
    local,
    localEnd: endMs === undefined ? null : localTime(endMs, zone),
    endAbbreviation: atEnd ? atEnd.abbreviation : null,
    endOffset: atEnd ? atEnd.offset : null,
  };
}

function dayNumber({ year, month, day }: LocalTime): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}
