import {
  clockText,
  formatDateTimeText,
  parseDateTimeText,
  wallClockAsUtc,
  type LocalDateTime,
} from '../time/date-time-text';
import { localTime } from '../time/conversion';
import { formatLocalDateTime } from '../time/format';
import { resolveLocalTime } from '../time/local-time';
import { transitionsBetween } from '../time/offsets';
import { zoneCity } from '../time/zone-names';
import { MS_PER_DAY, MS_PER_HOUR, minutesToMs } from '../time/units';
/** How far the default start may move past a clock change: a day is more than any change spans. */
const HOURS_TRIED = 48;

/** Where and how long the new window is: what its start is checked against. */
export interface WindowPlace {
  zone: string;
  audience: readonly string[];
  /** The window's planned length in minutes. */
  minutes: number;
}

/** A start as written in the file (`2026-12-13 19:00`, wall clock in the zone) and its instant. */
export interface StartTime {
  text: string;
  ms: number;
}

/**
 * The start New Maintenance proposes: one week after `now`, at the next full hour in the zone,
 * moved on by the hour while that wall-clock time is repeated by a clock change or the window
 * would cross one in its zone or an audience zone (both would be reported on the new files).
 */
export function defaultStart(now: number, place: WindowPlace): StartTime {
  // Counted on the zone's wall clock: in Asia/Kolkata (+05:30) the full hours are not UTC's.
  const weekAhead = wallClockAsUtc(localTime(now + 7 * MS_PER_DAY, place.zone));
  const firstHour = (Math.floor(weekAhead / MS_PER_HOUR) + 1) * MS_PER_HOUR;
  let fallback: StartTime | undefined;
  for (let hour = 0; hour < HOURS_TRIED; hour++) {
    const candidate = onceOnTheClock(firstHour + hour * MS_PER_HOUR, place.zone);
    if (!candidate) continue;
    fallback ??= candidate;
    if (clockChangesIn(candidate.ms, place).length === 0) return candidate;
  }
  // Unreachable with real zones (clock changes are months apart); a skipped hour is still a valid answer.
  return fallback ?? { text: formatDateTimeText(wallFields(firstHour)), ms: firstHour };
}

/** A wall-clock time (as if UTC) that the zone shows exactly once, as a start. */
function onceOnTheClock(wall: number, zone: string): StartTime | undefined {
  const fields = wallFields(wall);
  const resolution = resolveLocalTime(fields, zone);
  return resolution.kind === 'exact'
    ? { text: formatDateTimeText(fields), ms: resolution.ms }
    : undefined;
}

function wallFields(wall: number): LocalDateTime {
  const date = new Date(wall);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: 0,
    second: 0,
  };
}

/** The zones whose clocks change within the window, each once. */
function clockChangesIn(startMs: number, { zone, audience, minutes }: WindowPlace): string[] {
  const endMs = startMs + minutesToMs(minutes);
  return [...new Set([zone, ...audience])].filter(
    (name) => transitionsBetween(name, startMs, endMs, 1).length > 0,
  );
}

/** What a typed start is: a time to write (maybe with a note to show), or why it cannot be. */
export type StartCheck =
  { ok: true; start: StartTime; summary: string; note?: string } | { ok: false; message: string };

/**
 * Checks a typed start as New Maintenance asks for it: a wall-clock date and time in the zone,
 * that the zone has exactly once, after `now`. A window across a clock change is allowed, with a
 * note (the runbook will carry it as `window-crosses-dst`).
 */
export function checkStart(typed: string, now: number, place: WindowPlace): StartCheck {
  const { zone } = place;
  const parsed = parseDateTimeText(typed);
  if (!parsed.ok) return { ok: false, message: parsed.message.replace(/ \(wall-clock.*$/, '.') };
  if (parsed.value.offset !== undefined) {
    const instant = wallClockAsUtc(parsed.value) - minutesToMs(parsed.value.offset);
    return {
      ok: false,
      message: `Write the time as the clock in ${zone} shows it, without an offset: ${formatLocalDateTime(localTime(instant, zone))}.`,
    };
  }
  const resolution = resolveLocalTime(parsed.value, zone);
  if (resolution.kind === 'skipped')
    return {
      ok: false,
      message: `${zone} skips this time when its clocks go forward; the first time after the gap is ${formatLocalDateTime(localTime(resolution.firstValid.ms, zone))}.`,
    };
  if (resolution.kind === 'repeated')
    return {
      ok: false,
      message: `This time happens twice in ${zone}, when its clocks go back; choose another hour.`,
    };
  if (resolution.ms <= now)
    return {
      ok: false,
      message: `This time is past: it is ${formatLocalDateTime(localTime(now, zone))} in ${zone} now.`,
    };
  const start = { text: formatDateTimeText({ ...parsed.value, second: 0 }), ms: resolution.ms };
  const changes = clockChangesIn(start.ms, place);
  const summary = windowSummary(start.ms, place);
  if (changes.length === 0) return { ok: true, start, summary };
  return {
    ok: true,
    start,
    summary,
    note: `The window crosses a clock change in ${changes.join(', ')}: the runbook will say so.`,
  };
}

/** Zones a summary names; the rest are counted (a list of hundreds would not fit the prompt). */
const ZONES_SUMMARISED = 6;

/**
 * The window on each clock, the zone's own first, for the start prompt to show as it is typed:
 * "London Sun 20:00–22:00 · New York Sun 15:00–17:00 · Tokyo Mon 05:00–07:00".
 */
export function windowSummary(startMs: number, place: WindowPlace): string {
  const endMs = startMs + minutesToMs(place.minutes);
  const zones = [...new Set([place.zone, ...place.audience])];
  const clock = (ms: number, zone: string) => clockText(localTime(ms, zone));
  const shown = zones.slice(0, ZONES_SUMMARISED).map((zone) => {
    const start = localTime(startMs, zone);
    return `${zoneCity(zone)} ${start.weekday} ${clock(startMs, zone)}–${clock(endMs, zone)}`;
  });
  const more = zones.length - shown.length;
  return more > 0 ? `${shown.join(' · ')} · ${more} more` : shown.join(' · ');
}
