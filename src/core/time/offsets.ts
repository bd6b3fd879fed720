import { Info, type Zone } from 'luxon';
import { tableAbbreviation } from './abbreviations';
import {
  minutesToMs,
  MS_PER_DAY,
  MS_PER_MINUTE,
  msToMinutes,
  SECONDS_PER_HOUR,
  SECONDS_PER_MINUTE,
} from './units';

/** A luxon zone for an IANA name or a fixed offset written `UTC+05:45`; undefined when neither. */
export function luxonZone(zone: string): Zone | undefined {
  const normalized = Info.normalizeZone(zone);
  return normalized?.isValid ? normalized : undefined;
}

/**
 * Offsets looked up lately, by zone and instant. Every analysis asks again for the same instants
 * (the window's start and end, their neighbours, the days it spans) and each look-up formats a
 * date with Intl, about 10 µs: a fifth of the work of a keystroke in a 100-step runbook.
 */
const recentOffsets = new Map<string, number>();
const RECENT_OFFSETS = 4096;

/** Minutes east of UTC that `zone` is at the instant `ms` (luxon's tz data). */
export function offsetAt(zone: string, ms: number): number {
  const key = `${ms} ${zone}`;
  const known = recentOffsets.get(key);
  if (known !== undefined) return known;
  const offset = luxonZone(zone)?.offset(ms);
  if (offset === undefined || Number.isNaN(offset)) throw new Error(`not a time zone: ${zone}`);
  // The oldest goes first: a Map keeps the order keys were added in.
  const oldest = recentOffsets.size >= RECENT_OFFSETS ? recentOffsets.keys().next() : undefined;
  if (oldest && !oldest.done) recentOffsets.delete(oldest.value);
  recentOffsets.set(key, offset);
  return offset;
}

/**
 * 330 → "+05:30", -300 → "-05:00", 0 → "+00:00"; an offset with seconds keeps them, as the tz
 * database has it: -44.5 (Africa/Monrovia until 1972) → "-00:44:30".
 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(minutes) * SECONDS_PER_MINUTE);
  const hours = Math.floor(totalSeconds / SECONDS_PER_HOUR);
  const wholeMinutes = Math.floor((totalSeconds % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE);
  const seconds = totalSeconds % SECONDS_PER_MINUTE;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${sign}${two(hours)}:${two(wholeMinutes)}${seconds === 0 ? '' : `:${two(seconds)}`}`;
}

/** Locales whose names Intl gives as letters for some zones (en-US: EDT, en-GB: BST, en-AU: AEST). */
const NAME_LOCALES = ['en-US', 'en-GB', 'en-AU'];
const intlNames = new Map<string, string | null>();

/** The zone's abbreviation from Intl, for zones the table does not list (America/Detroit → EDT). */
function intlAbbreviation(zone: string, ms: number, offset: number): string | undefined {
  const key = `${zone}@${offset}@${new Date(ms).getUTCFullYear()}`;
  let name = intlNames.get(key);
  if (name === undefined) {
    name = null;
    for (const locale of NAME_LOCALES) {
      const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
        .formatToParts(ms)
        .find((p) => p.type === 'timeZoneName')?.value;
      // "GMT+9" is an offset, not a name; plain "GMT" is a name only where the offset is zero.
      if (part && /^[A-Z]{2,5}$/.test(part) && (part !== 'GMT' || offset === 0)) {
        name = part;
        break;
      }
    }
    intlNames.set(key, name);
  }
  return name ?? undefined;
}

/** The abbreviation readers know for a zone at an instant (BST, EDT, JST), or undefined (Asia/Kathmandu). */
export function abbreviationAt(zone: string, ms: number): string | undefined {
  const offset = offsetAt(zone, ms);
  const fromTable = tableAbbreviation(zone, offset, ms);
  if (fromTable) return fromTable;
  if (luxonZone(zone)?.type !== 'iana') return offset === 0 ? 'UTC' : undefined;
  return intlAbbreviation(zone, ms, offset);
}

/** A zone at an instant, as hovers, conversions and messages show it. */
export interface ZoneMoment {
  zone: string;
  ms: number;
  /** Minutes east of UTC. */
  offsetMinutes: number;
  /** "+09:00". */
  offset: string;
  /** "JST", or null where readers know no abbreviation. */
  abbreviation: string | null;
  /** The abbreviation, else the offset: what to print after a time. */
  display: string;
  /** True when the zone is on daylight-saving (summer) time at that instant. */
  dst: boolean;
}

/** Offset, abbreviation and daylight saving of a zone at an instant (for hover on a zone). */
export function describeZoneAt(zone: string, ms: number): ZoneMoment {
  const offsetMinutes = offsetAt(zone, ms);
  const abbreviation = abbreviationAt(zone, ms) ?? null;
  const offset = formatOffset(offsetMinutes);
  return {
    zone,
    ms,
    offsetMinutes,
    offset,
    abbreviation,
    display: abbreviation ?? offset,
    dst: isDst(zone, ms, offsetMinutes),
  };
}

/** Daylight saving: ahead of the smaller of the year's January and July offsets (either hemisphere). */
function isDst(zone: string, ms: number, offset: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  const standard = Math.min(
    offsetAt(zone, Date.UTC(year, 0, 1)),
    offsetAt(zone, Date.UTC(year, 6, 1)),
  );
  return offset > standard;
}

/** A change of a zone's offset: the instant and the zone just before and from then on. */
export interface Transition {
  /** The first instant (epoch ms) at the new offset. */
  ms: number;
  before: ZoneMoment;
  after: ZoneMoment;
}

/** The first offset change strictly after `afterMs`, searched up to `withinDays` ahead (default ~13 months). */
export function nextTransition(
  zone: string,
  afterMs: number,
  withinDays = 400,
): Transition | undefined {
  return transitionsBetween(zone, afterMs, afterMs + withinDays * MS_PER_DAY, 1)[0];
}

/**
 * Offset changes with `startMs < change < endMs`, in order, with the zone as it was before and
 * after each (names and abbreviations). See offsetChangesBetween.
 */
export function transitionsBetween(
  zone: string,
  startMs: number,
  endMs: number,
  limit = Infinity,
): Transition[] {
  return offsetChangesBetween(zone, startMs, endMs, limit).map(({ ms }) => ({
    ms,
    before: describeZoneAt(zone, ms - MS_PER_MINUTE),
    after: describeZoneAt(zone, ms),
  }));
}

/** An offset change: its first instant and the offset from then on, in minutes east of UTC. */
export interface OffsetChange {
  ms: number;
  offsetMinutes: number;
}

/**
 * Offset changes with `startMs < change < endMs`, in order, offsets only (no abbreviation look-up:
 * the export clock needs thousands of them for a window of decades). A span of more than a month
 * is read a calendar year at a time from a bounded memo: a preview of a window that runs to 2100
 * asks for the same seventy years from its schedule, its timeline and each export, and each year
 * costs 365 zone look-ups to scan.
 * Fixed-offset zones (UTC, Etc/GMT+5) never change.
 */
export function offsetChangesBetween(
  zone: string,
  startMs: number,
  endMs: number,
  limit = Infinity,
): OffsetChange[] {
  const found: OffsetChange[] = [];
  if (!(startMs < endMs) || luxonZone(zone)?.isUniversal !== false) return found;
  const from = scanGridAtOrBefore(startMs);
  const to = scanGridAtOrBefore(endMs) + MS_PER_DAY;
  if (to - from <= DIRECT_SCAN_DAYS * MS_PER_DAY) {
    for (const change of scanDays(zone, from, to)) {
      if (found.length >= limit) return found;
      if (change.ms > startMs && change.ms < endMs) found.push(change);
    }
    return found;
  }
  const lastYear = new Date(endMs).getUTCFullYear();
  for (let year = new Date(startMs).getUTCFullYear(); year <= lastYear; year++) {
    for (const change of changesInYear(zone, year)) {
      if (found.length >= limit) return found;
      if (change.ms > startMs && change.ms < endMs) found.push(change);
    }
  }
  return found;
}

/**
 * A span of at most this many days (a maintenance window, hours long) is scanned on its own days
 * rather than read from its year's memo: a window's own check then costs a few zone look-ups, not
 * the 365 of scanning its year, which the first analysis after the server starts would pay.
 */
const DIRECT_SCAN_DAYS = 31;

/**
 * The day boundary the year scan uses at or before `ms`: every year's scan starts one minute
 * before 1 January (UTC) and steps a day at a time, so the boundaries of all years are one grid,
 * a minute before each UTC midnight. Scanning a span's own days on that grid finds what the year
 * scan finds there.
 */
function scanGridAtOrBefore(ms: number): number {
  return Math.floor((ms + MS_PER_MINUTE) / MS_PER_DAY) * MS_PER_DAY - MS_PER_MINUTE;
}

/** Zone-years kept per process: every zone over eighty years; past that the memo starts again. */
const MEMO_YEARS = 50_000;
const changesByZoneYear = new Map<string, readonly OffsetChange[]>();

/** The changes of a zone with `Jan 1 of year ≤ change < Jan 1 of year + 1` (UTC), memoised. */
function changesInYear(zone: string, year: number): readonly OffsetChange[] {
  const key = `${zone}@${year}`;
  let changes = changesByZoneYear.get(key);
  if (changes === undefined) {
    // Changes fall on whole minutes, so starting one minute early finds one at midnight itself.
    changes = scanDays(
      zone,
      Date.UTC(year, 0, 1) - MS_PER_MINUTE,
      Date.UTC(year + 1, 0, 1) - MS_PER_MINUTE,
    );
    if (changesByZoneYear.size >= MEMO_YEARS) changesByZoneYear.clear();
    changesByZoneYear.set(key, changes);
  }
  return changes;
}

/**
 * Changes with `from < change ≤ to`, one look-up per day: zones do not change twice within a day,
 * and each day's end is the next one's start.
 */
function scanDays(zone: string, from: number, to: number): OffsetChange[] {
  const found: OffsetChange[] = [];
  if (!luxonZone(zone)) return found;
  let offsetAtDayStart = offsetAt(zone, from);
  for (let dayStart = from; dayStart < to; dayStart += MS_PER_DAY) {
    const dayEnd = Math.min(dayStart + MS_PER_DAY, to);
    const offsetAtDayEnd = offsetAt(zone, dayEnd);
    const same = offsetAtDayStart === offsetAtDayEnd;
    offsetAtDayStart = offsetAtDayEnd;
    if (same) continue;
    const ms = firstMinuteAtOffsetOf(zone, dayStart, dayEnd);
    found.push({ ms, offsetMinutes: offsetAt(zone, ms) });
  }
  return found;
}

/** Binary search, to the minute, for where the offset at `from` stops applying before `to`. */
function firstMinuteAtOffsetOf(zone: string, from: number, to: number): number {
  const before = offsetAt(zone, from);
  let low = Math.floor(msToMinutes(from));
  let high = Math.ceil(msToMinutes(to));
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(zone, minutesToMs(middle)) === before) low = middle;
    else high = middle;
  }
  return minutesToMs(high);
}
