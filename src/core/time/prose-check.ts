import { abbreviationMeanings, meaningForZone, meaningOffsetAt } from './abbreviations';
import { localTime } from './conversion';
import { formatLocalDateTime } from './format';
import { abbreviationAt, formatOffset, offsetAt } from './offsets';
import type { ClockStyle, ProseTime, ProseZoneRef } from './prose-times';
import { hoursToMinutes, MINUTES_PER_HOUR, NOON_MINUTES } from './units';

/** The window facts a prose time is checked against. */
export interface ProseWindow {
  startMs: number;
  endMs?: number;
  /** The window's zone and the audience's valid zones: what an abbreviation most likely refers to. */
  zones: readonly string[];
}

/** A prose time that disagrees with the window: the wrong words, their right text, and why. */
export interface ProseMismatch {
  start: number;
  end: number;
  replacement: string;
  message: string;
}

/** Where a prose time's zone reference points: a zone, and the offset the words claim (if any). */
interface Reading {
  zone: string;
  /** For an abbreviation: the offset it means, which the zone must have then. */
  claimed?: { abbreviation: string; offset: number };
}

/** UTC and GMT name an offset, not a place: "07:00 GMT" is right for 08:00 in London in July. */
function readRef(ref: ProseZoneRef, window: ProseWindow): Reading[] {
  if (ref.kind === 'label') return [{ zone: ref.zone }];
  if (ref.kind === 'offset') return [{ zone: `UTC${formatOffset(ref.offset)}` }];
  if (ref.abbreviation === 'UTC' || ref.abbreviation === 'GMT') return [{ zone: 'UTC' }];
  const meanings = abbreviationMeanings(ref.abbreviation) ?? [];
  for (const zone of window.zones) {
    const meaning = meaningForZone(meanings, zone);
    if (meaning)
      return [
        {
          zone,
          claimed: {
            abbreviation: ref.abbreviation,
            offset: meaningOffsetAt(meaning, window.startMs),
          },
        },
      ];
  }
  // No zone of the file uses it: each meaning in its main zone; the first that fits wins.
  return meanings.map((meaning) => ({
    zone: meaning.zones[0],
    claimed: { abbreviation: ref.abbreviation, offset: meaningOffsetAt(meaning, window.startMs) },
  }));
}

const minutesOf = (ms: number, zone: string) => {
  const local = localTime(ms, zone);
  return hoursToMinutes(local.hour) + local.minute;
};

/** The instants each written clock should show: a range is start–end, a single time the start unless words say end. */
function targetsFor(prose: ProseTime, window: ProseWindow): number[] {
  const { startMs, endMs } = window;
  if (prose.times.length === 2) return endMs === undefined ? [startMs] : [startMs, endMs];
  return prose.endOnly && endMs !== undefined ? [endMs] : [startMs];
}

interface Piece {
  start: number;
  end: number;
  replacement: string;
}

/** The wrong pieces of one reading: clocks that show another time, an abbreviation of another offset. */
function wrongPieces(prose: ProseTime, window: ProseWindow, reading: Reading): Piece[] {
  const pieces: Piece[] = [];
  targetsFor(prose, window).forEach((ms, i) => {
    const clock = prose.times[i];
    const expected = minutesOf(ms, reading.zone);
    if (clock.minutes !== expected)
      pieces.push({
        start: clock.start,
        end: clock.end,
        replacement: formatLike(expected, clock.style),
      });
  });
  const actual = offsetAt(reading.zone, window.startMs);
  if (reading.claimed && reading.claimed.offset !== actual) {
    pieces.push({
      start: prose.ref.start,
      end: prose.ref.end,
      replacement: abbreviationAt(reading.zone, window.startMs) ?? `UTC${formatOffset(actual)}`,
    });
  }
  return pieces;
}

/** Checks one prose time against the window; undefined when it agrees. */
export function checkProseTime(
  prose: ProseTime,
  window: ProseWindow,
  text: string,
): ProseMismatch | undefined {
  const readings = readRef(prose.ref, window);
  if (readings.length === 0) return undefined;
  const results = readings.map((reading) => ({
    reading,
    pieces: wrongPieces(prose, window, reading),
  }));
  if (results.some((result) => result.pieces.length === 0)) return undefined;
  const { reading, pieces } = results[0];
  const start = Math.min(...pieces.map((p) => p.start));
  const end = Math.max(...pieces.map((p) => p.end));
  const replacement = [...pieces]
    .sort((a, b) => b.start - a.start)
    .reduce(
      (words, p) => words.slice(0, p.start - start) + p.replacement + words.slice(p.end - start),
      text.slice(start, end),
    );
  return {
    start,
    end,
    replacement,
    message: explain(prose, window, reading, text, text.slice(start, end), replacement),
  };
}

function explain(
  prose: ProseTime,
  window: ProseWindow,
  reading: Reading,
  text: string,
  wrong: string,
  right: string,
): string {
  const groupStart = Math.min(prose.ref.start, prose.times[0].start);
  const groupEnd = Math.max(prose.ref.end, prose.times[prose.times.length - 1].end);
  const where =
    prose.ref.kind === 'label'
      ? `${prose.ref.label} (${reading.zone})`
      : reading.zone === 'UTC+00:00'
        ? 'UTC'
        : reading.zone;
  const local = localTime(window.startMs, reading.zone);
  const actual = offsetAt(reading.zone, window.startMs);
  const parts: string[] = [];
  if (reading.claimed && reading.claimed.offset !== actual) {
    const abbreviation = abbreviationAt(reading.zone, window.startMs);
    parts.push(
      `${reading.zone} was on ${abbreviation ? `${abbreviation} (${formatOffset(actual)})` : formatOffset(actual)} at ${formatLocalDateTime(local)}, not ${reading.claimed.abbreviation} (${formatOffset(reading.claimed.offset)})`,
    );
  }
  const clock = (ms: number) => formatLocalDateTime(localTime(ms, reading.zone)).slice(11);
  const span =
    window.endMs === undefined
      ? clock(window.startMs)
      : `${clock(window.startMs)}–${clock(window.endMs)}`;
  parts.push(`in ${where} the window is ${span} on ${local.date}`);
  return `"${text.slice(groupStart, groupEnd).replace(/\s+/g, ' ')}" disagrees with the window: ${parts.join('; ')}. Write "${right}" instead of "${wrong}".`;
}

/** The right time written in the style of the wrong one ("8:00AM" → "9:00AM", "Midnight", "04:00"). */
export function formatLike(minutes: number, style: ClockStyle): string {
  const hour = Math.floor(minutes / MINUTES_PER_HOUR);
  const minute = minutes % MINUTES_PER_HOUR;
  const two = (n: number) => String(n).padStart(2, '0');
  if (style.clock === '24h') return `${two(hour)}:${two(minute)}`;
  // Seed 000's style ("4pm") says "Midnight" and "Noon"; a writer of "8:00am" gets "12:00am".
  const asWord = style.word ?? (style.minutes ? undefined : 'Midnight');
  if (asWord && (minutes === 0 || minutes === NOON_MINUTES))
    return sameCase(
      minutes === 0 ? 'midnight' : /midday/i.test(asWord) ? 'midday' : 'noon',
      asWord,
    );
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = `${hour < 12 ? 'a' : 'p'}${style.dots ? '.m.' : 'm'}`;
  return `${style.pad ? two(h12) : h12}${style.minutes || minute !== 0 ? `:${two(minute)}` : ''}${style.space ? ' ' : ''}${style.upper ? suffix.toUpperCase() : suffix}`;
}

function sameCase(word: string, like: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  return like[0] === like[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}
