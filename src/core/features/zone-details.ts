import type { Analysis } from '../analysis-types';
import {
  abbreviationAt,
  allZoneNames,
  formatOffset,
  offsetAt,
  resolveLocalTime,
  type DateTimeText,
} from '../time/index';
import { MS_PER_HOUR } from '../time/units';

/** References whose details are kept: a few windows being edited side by side. */
const KEPT_REFERENCES = 16;

/**
 * The instant zone completion describes each zone at. While `zone:` itself is being written the
 * window has no instant yet, but a wall-clock start does say one for each candidate: `08:00` read
 * in that zone. Elsewhere it is the window's start, else now.
 */
export interface DetailReference {
  /** Equal keys describe every zone alike, so their details are shared. */
  key: string;
  instantIn(zone: string): number;
}

/**
 * Zone details by reference, then by zone. Asking Intl and luxon about ~450 zones takes 20–250 ms
 * (the first question per zone builds its formatters), far over completion's 5 ms budget; the
 * answers for a reference never change, so each is computed once and kept.
 */
const byReference = new Map<string, Map<string, string>>();

function detailsOf(key: string): Map<string, string> {
  let details = byReference.get(key);
  if (details) {
    // Most recently used last, so that the oldest reference is the one dropped.
    byReference.delete(key);
  } else {
    details = new Map();
    const oldest = byReference.keys().next();
    if (byReference.size >= KEPT_REFERENCES && !oldest.done) byReference.delete(oldest.value);
  }
  byReference.set(key, details);
  return details;
}

/**
 * "+09:00 JST", or "+05:45" where readers know no abbreviation: the describer of zones at a
 * reference, for completion. Take one per request; each zone is computed once per reference.
 * `budget` bounds how many zones not yet described this describer computes (the first question
 * about a zone costs Intl data that the process then keeps: about 50 MB for all ~450); past it,
 * such zones have no detail (undefined).
 */
export function zoneDetailsAt(
  reference: DetailReference,
  budget = Infinity,
): (zone: string) => string | undefined {
  const details = detailsOf(reference.key);
  let computed = 0;
  return (zone) => {
    let detail = details.get(zone);
    if (detail === undefined) {
      if (computed >= budget) return undefined;
      computed++;
      const ms = reference.instantIn(zone);
      const abbreviation = abbreviationAt(zone, ms);
      detail = `${formatOffset(offsetAt(zone, ms))}${abbreviation ? ` ${abbreviation}` : ''}`;
      details.set(zone, detail);
    }
    return detail;
  };
}

const at = (ms: number): DetailReference => ({ key: `at ${ms}`, instantIn: () => ms });

/** A wall-clock time read in each zone: the instant it means there (after a gap; the earlier of two). */
function wallClock(written: DateTimeText): DetailReference {
  const key = `wall ${Date.UTC(written.year, written.month - 1, written.day, written.hour, written.minute, written.second)}`;
  return {
    key,
    instantIn(zone) {
      const resolution = resolveLocalTime(written, zone);
      return resolution.kind === 'exact'
        ? resolution.ms
        : resolution.kind === 'skipped'
          ? resolution.firstValid.ms
          : resolution.earlier.ms;
    },
  };
}

/**
 * What zone completion describes zones at: for the window's own `zone:`, its start as written;
 * for an audience zone, the window's start; else now rounded down to the hour (each analysis has a
 * new `now`; to the hour, the kept details still apply). Undefined when there is no present either.
 */
export function completionReference(
  analysis: Analysis,
  forWindowZone: boolean,
): DetailReference | undefined {
  const window = analysis.window;
  const start = window?.start;
  if (forWindowZone && start?.written) {
    if (start.written.offset === undefined) return wallClock(start.written);
    // A start written with an offset always has its instant.
    if (start.ms !== undefined) return at(start.ms);
  }
  if (window?.startMs !== undefined) return at(window.startMs);
  return analysis.now === undefined
    ? undefined
    : at(Math.floor(analysis.now / MS_PER_HOUR) * MS_PER_HOUR);
}

/**
 * Computes the details of every zone at a reference a slice at a time, so that a server can do it
 * while idle, before anyone asks. Each call does up to `slice` zones; returns true when all are done.
 */
export function warmZoneDetails(reference: DetailReference, slice = 40): () => boolean {
  const names = allZoneNames();
  let next = 0;
  return () => {
    const describe = zoneDetailsAt(reference);
    for (const end = Math.min(next + slice, names.length); next < end; next++)
      describe(names[next]);
    return next >= names.length;
  };
}

/** True when every zone's detail at a reference is already known (nothing left to warm). */
export function zoneDetailsReady(reference: DetailReference): boolean {
  return (byReference.get(reference.key)?.size ?? 0) >= allZoneNames().length;
}
