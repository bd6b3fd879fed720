import { parseDuration } from '../core/duration';
import { wallClockAsUtc } from '../core/time/date-time-text';
import {
  checkZone,
  formatLocalDateTime,
  formatOffset,
  localTime,
  offsetAt,
  parseDateTimeText,
  resolveDateTime,
  type ZoneTarget,
} from '../core/time/index';
import { UsageError } from './usage-error';
import { minutesToMs, secondsToMs } from '../core/time/units';

/** An instant given on the command line, and the zone it was given in. */
export interface GivenTime {
  ms: number;
  /** `--zone`, else the start's own offset as a fixed zone (`UTC+01:00`). */
  zone: string;
  zoneGiven: boolean;
}

/** A zone from `--zone` or `--to` (`--to` items may be `Label=Zone`); a usage error (without the help) says what is wrong and what was meant. */
function zoneOption(option: string, written: string): string {
  const check = checkZone(written);
  if (check.ok) return check.zone;
  if (check.kind === 'unknown') throw new UsageError(`${option}: ${check.message}`);
  throw new UsageError(
    `${option}: "${written}" is an abbreviation, not a zone: it may mean ${check.candidates.join(', ')}. Write the IANA name, which also follows daylight saving.`,
  );
}

/** `--zone` and `--to` read together, so that every bad zone is reported at once. */
export function zoneOptions(
  zoneWritten: string | undefined,
  toWritten: string,
): { zone: string | undefined; targets: ZoneTarget[] } {
  const items = toWritten
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0)
    throw new UsageError('--to needs at least one zone, like --to Asia/Tokyo,America/New_York');
  const problems: string[] = [];
  // Fixing one zone and running again only to meet the next is tedious: collect them all.
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      problems.push((error as Error).message);
      return undefined;
    }
  };
  const zone =
    zoneWritten === undefined ? undefined : attempt(() => zoneOption('--zone', zoneWritten));
  const targets = items.flatMap((item): ZoneTarget[] => {
    const equals = item.indexOf('=');
    const label = equals < 0 ? undefined : item.slice(0, equals).trim();
    const target = attempt(() => zoneOption('--to', item.slice(equals + 1).trim()));
    if (target === undefined) return [];
    return [label ? { zone: target, label } : { zone: target }];
  });
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return { zone, targets };
}

/**
 * The start: an ISO time with an offset is exact and, without `--zone`, its offset is the zone;
 * a wall-clock time needs `--zone`. `notes` collects what the user may not expect (an overlap).
 */
export function startOption(written: string, zone: string | undefined, notes: string[]): GivenTime {
  if (zone !== undefined)
    return { ms: timeIn('start', written, zone, true, notes), zone, zoneGiven: true };
  const parsed = parseDateTimeText(written);
  if (!parsed.ok) throw new UsageError(`start: ${parsed.message}`);
  const offset = parsed.value.offset;
  if (offset === undefined)
    throw new UsageError(
      `"${written.trim()}" is a wall-clock time: say where with --zone (an IANA name such as Europe/London), or write its offset (2026-07-19T08:00:00+01:00)`,
    );
  return {
    ms: wallClockAsUtc(parsed.value) - minutesToMs(offset),
    zone: offset === 0 ? 'UTC' : `UTC${formatOffset(offset)}`,
    zoneGiven: false,
  };
}

/** The end from `--length` or `--end`, or undefined without either. */
export function endOption(
  options: Record<string, string>,
  start: GivenTime,
  notes: string[],
): number | undefined {
  if (options.length !== undefined) {
    const length = parseDuration(options.length);
    if (!length.ok) throw new UsageError(`--length: ${length.message}`);
    // A range counts as its upper bound, as a window's length does.
    return start.ms + secondsToMs(length.high);
  }
  if (options.end === undefined) return undefined;
  const end = timeIn('--end', options.end, start.zone, start.zoneGiven, notes);
  if (end <= start.ms)
    throw new UsageError(`--end (${options.end.trim()}) must come after the start`);
  return end;
}

/**
 * A date-time read in a zone; a skipped wall-clock time is an error naming the first valid one.
 * An offset is checked against the zone only when the user named the zone.
 */
function timeIn(
  what: string,
  written: string,
  zone: string,
  zoneGiven: boolean,
  notes: string[],
): number {
  const meaning = resolveDateTime(written, zone);
  if (!meaning.ok) {
    const after =
      meaning.resolution?.kind === 'skipped'
        ? `; the first time after the gap is ${formatLocalDateTime(localTime(meaning.resolution.firstValid.ms, zone))}`
        : '';
    throw new UsageError(`${what}: ${meaning.message}${after}`);
  }
  if (meaning.resolution?.kind === 'repeated') {
    notes.push(
      `${what} ${written.trim()} happens twice in ${zone}; converting the first (UTC${formatOffset(meaning.resolution.earlier.offset)}). Write an offset to choose.`,
    );
  } else if (
    zoneGiven &&
    meaning.written.offset !== undefined &&
    meaning.written.offset !== offsetAt(zone, meaning.ms)
  ) {
    notes.push(
      `${what} ${written.trim()} has the offset ${formatOffset(meaning.written.offset)}, but ${zone} is on ${formatOffset(offsetAt(zone, meaning.ms))} then; converting the instant as written.`,
    );
  }
  return meaning.ms;
}
