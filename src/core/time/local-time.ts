import {
  parseDateTimeText,
  wallClockAsUtc,
  type DateTimeText,
  type LocalDateTime,
} from './date-time-text';
import { offsetAt } from './offsets';
import { minutesToMs, MS_PER_DAY, msToMinutes } from './units';

/** An instant and the zone's offset (minutes east of UTC) at it. */
export interface OffsetInstant {
  ms: number;
  offset: number;
}

/** How a wall-clock time falls in a zone. */
export type LocalResolution =
  | ({ kind: 'exact' } & OffsetInstant)
  /** Skipped by a spring-forward gap; `firstValid` is the first instant after the gap. */
  | { kind: 'skipped'; firstValid: OffsetInstant; before: number }
  /** Repeated by a fall-back overlap: the earlier (summer) and the later instant. */
  | { kind: 'repeated'; earlier: OffsetInstant; later: OffsetInstant };

/**
 * Resolves a wall-clock time in an IANA zone. Every offset the zone has within a day either side
 * is tried: the ones that map back onto this wall-clock time are its instants (none in a gap,
 * two in an overlap). All offsets come from luxon.
 */
export function resolveLocalTime(local: LocalDateTime, zone: string): LocalResolution {
  const base = wallClockAsUtc(local);
  const offsets = new Set([
    offsetAt(zone, base - MS_PER_DAY),
    offsetAt(zone, base),
    offsetAt(zone, base + MS_PER_DAY),
  ]);
  const instants = [...offsets]
    .map((offset) => ({ ms: base - minutesToMs(offset), offset }))
    .filter((candidate) => offsetAt(zone, candidate.ms) === candidate.offset)
    .sort((a, b) => a.ms - b.ms);
  if (instants.length === 1) return { kind: 'exact', ...instants[0] };
  if (instants.length > 1)
    return { kind: 'repeated', earlier: instants[0], later: instants[instants.length - 1] };
  return skipped(base, zone);
}

/** The gap's end: the first instant on the offset after it, found to the minute. */
function skipped(base: number, zone: string): LocalResolution {
  const before = offsetAt(zone, base - MS_PER_DAY);
  let low = Math.floor(msToMinutes(base - MS_PER_DAY));
  let high = Math.ceil(msToMinutes(base + MS_PER_DAY));
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(zone, minutesToMs(middle)) === before) low = middle;
    else high = middle;
  }
  const ms = minutesToMs(high);
  return { kind: 'skipped', firstValid: { ms, offset: offsetAt(zone, ms) }, before };
}

/** What a written date-time means in a zone. */
export type TimeMeaning =
  | { ok: true; written: DateTimeText; ms: number; offset: number; resolution?: LocalResolution }
  | { ok: false; message: string; written?: DateTimeText; resolution?: LocalResolution };

/**
 * A date-time text read in a zone, for `runbook convert` and anything else that needs one instant:
 * an ISO offset is exact; a wall-clock time resolves in `zone`, a repeated one to its earlier
 * instant; a skipped one is an error naming the first valid time.
 */
export function resolveDateTime(text: string, zone: string): TimeMeaning {
  const parsed = parseDateTimeText(text);
  if (!parsed.ok) return parsed;
  const written = parsed.value;
  if (written.offset !== undefined)
    return {
      ok: true,
      written,
      ms: wallClockAsUtc(written) - minutesToMs(written.offset),
      offset: written.offset,
    };
  const resolution = resolveLocalTime(written, zone);
  if (resolution.kind === 'exact')
    return { ok: true, written, ms: resolution.ms, offset: resolution.offset, resolution };
  if (resolution.kind === 'repeated')
    return { ok: true, written, ...resolution.earlier, resolution };
  return {
    ok: false,
    written,
    resolution,
    message: `${text.trim()} does not exist in ${zone}: the clocks skip it`,
  };
}
