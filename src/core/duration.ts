import {
  SECONDS_PER_DAY,
  SECONDS_PER_HOUR,
  SECONDS_PER_MINUTE,
  SECONDS_PER_WEEK,
} from './time/units';
/** A duration in seconds, possibly a range; `low === high` when it is a single value. */
export interface DurationRange {
  low: number;
  high: number;
}

export type DurationResult = ({ ok: true } & DurationRange) | { ok: false; message: string };

const UNIT_SECONDS: Record<string, number> = {
  w: SECONDS_PER_WEEK,
  d: SECONDS_PER_DAY,
  h: SECONDS_PER_HOUR,
  m: SECONDS_PER_MINUTE,
  s: 1,
};
/** Longer than this is almost surely a typo (`9999w`), not a maintenance. */
export const LONGEST_DURATION_SECONDS = 366 * SECONDS_PER_DAY;

const UNITS =
  /^(?:(\d+(?:\.\d+)?)\s*w)?\s*(?:(\d+(?:\.\d+)?)\s*d)?\s*(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*m)?\s*(?:(\d+(?:\.\d+)?)\s*s)?$/i;
const ISO =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
const EXAMPLES = 'write it like 45s, 30m, 1h30m, 2d, PT1H30M or a range 30m..1h';

/** Seconds in one duration (not a range), or an error message. */
const SIMPLE = /^(\d+)([wdhms])$/;

function parseSingle(text: string): number | string {
  const trimmed = text.trim();
  // Most estimates are one number and one unit ("30m"): skip the general patterns for them.
  const simple = SIMPLE.exec(trimmed);
  if (simple) return Number(simple[1]) * UNIT_SECONDS[simple[2]];
  if (trimmed === '') return `a duration is missing; ${EXAMPLES}`;
  if (trimmed.startsWith('-'))
    return `"${trimmed}" is negative; a duration must be longer than zero`;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return `"${trimmed}" has no unit; ${EXAMPLES}`;
  const match = UNITS.exec(trimmed) ?? ISO.exec(trimmed);
  if (!match || match.slice(1).every((part) => part === undefined))
    return `"${trimmed}" is not a duration; ${EXAMPLES}`;
  const [, w, d, h, m, s] = match;
  const parts: Array<[string | undefined, string]> = [
    [w, 'w'],
    [d, 'd'],
    [h, 'h'],
    [m, 'm'],
    [s, 's'],
  ];
  return Math.round(
    parts.reduce((sum, [value, unit]) => sum + (value ? Number(value) * UNIT_SECONDS[unit] : 0), 0),
  );
}

/**
 * Parses a duration as written in a runbook: `45s`, `30m`, `1h30m`, `PT1H30M`, or a range
 * `30m..1h`. Zero, negative, backwards and absurdly long durations are errors.
 */
export function parseDuration(input: unknown): DurationResult {
  if (typeof input === 'number') return { ok: false, message: `${input} has no unit; ${EXAMPLES}` };
  // A YAML value may be anything (`estimate: true`): only text can be a duration.
  if (typeof input !== 'string') return { ok: false, message: `not a duration; ${EXAMPLES}` };
  // A runbook repeats its durations ("5m", "30m..1h") and rules, the plan and hovers all read
  // them: each distinct text is parsed once. Results are frozen, so sharing them is safe.
  let result = parsed.get(input);
  if (!result) {
    if (parsed.size >= MOST_REMEMBERED) parsed.clear();
    result = Object.freeze(parseText(input));
    parsed.set(input, result);
  }
  return result;
}

const parsed = new Map<string, DurationResult>();
const MOST_REMEMBERED = 4096;

function parseText(input: string): DurationResult {
  const parts = input.split('..');
  if (parts.length > 2)
    return {
      ok: false,
      message: `"${input.trim()}" has more than one ".."; a range is low..high, like 30m..1h`,
    };
  const bounds = parts.map(parseSingle);
  const failure = bounds.find((bound): bound is string => typeof bound === 'string');
  if (failure) return { ok: false, message: capitalize(failure) };
  const [low, high = low] = bounds as number[];
  if (low === 0 || high === 0)
    return { ok: false, message: `"${input.trim()}" is zero; a duration must be longer than zero` };
  if (low > high)
    return {
      ok: false,
      message: `The range "${input.trim()}" runs backwards: ${formatDuration(low)} is more than ${formatDuration(high)}; write it as low..high`,
    };
  if (high > LONGEST_DURATION_SECONDS)
    return {
      ok: false,
      message: `"${input.trim()}" is longer than a year; a maintenance window is hours or days`,
    };
  return { ok: true, low, high };
}

/**
 * A duration for people: "1h 30m", "45s", "2d 4h". Rounded to the whole second (1.25 × 25m is
 * "31m 15s"); less than nothing is "0m".
 */
export function formatDuration(seconds: number): string {
  const parts: string[] = [];
  let rest = Math.max(0, Math.round(seconds));
  for (const [unit, size] of Object.entries(UNIT_SECONDS)) {
    if (unit === 'w') continue;
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${unit}`);
    rest -= count * size;
  }
  return parts.length > 0 ? parts.join(' ') : '0m';
}

/** A range for people: "30m", or "30m–1h" when the bounds differ once rounded. */
export function formatDurationRange(range: DurationRange): string {
  const low = formatDuration(range.low);
  const high = formatDuration(range.high);
  // Compared as written: bounds apart by less than a second round to the same text.
  return low === high ? low : `${low}–${high}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
