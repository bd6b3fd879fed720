import type { YamlScalar } from '../yaml/tree';
import { parseDateTimeText, wallClockAsUtc, type DateTimeText } from './date-time-text';
import { resolveLocalTime, type LocalResolution } from './local-time';
import { offsetAt } from './offsets';
import type { ZoneCheck } from './zone-check';
import { minutesToMs } from './units';

/** A zone written in the file (`zone:`, an `audience` entry), checked once. */
export interface ZoneField {
  node: YamlScalar;
  name: string;
  check: ZoneCheck;
}

export type TimeRole = 'start' | 'end' | 'publish';

/** A date-time written in the file (`start`, `end`, `publish`), read and resolved once. */
export interface TimeField {
  role: TimeRole;
  node: YamlScalar;
  text: string;
  /** Why it is not a date-time (`invalid-time`); the other fields are then empty. */
  invalid?: string;
  written?: DateTimeText;
  /** For a wall-clock time in a valid zone: exact, skipped by a gap, or repeated by an overlap. */
  resolution?: LocalResolution;
  /** For a written offset the zone does not have at that instant: the zone's own offset then. */
  offsetMismatch?: { zone: string; zoneOffset: number };
  /** The instant meant (epoch ms): exact, or the earlier of a repeated time; none for a skipped one. */
  ms?: number;
}

/**
 * Reads one time in the window's zone. `zone` is the valid zone, or undefined when there is none
 * (a wall-clock time then has no instant, an offset still does). Offsets are checked against the
 * zone only when it was written in `zone:` (`zoneWritten`), not taken from the start's own offset.
 */
export function readTimeField(
  role: TimeRole,
  node: YamlScalar,
  zone: string | undefined,
  zoneWritten = true,
): TimeField {
  const text = String(node.value);
  const parsed = parseDateTimeText(text);
  if (!parsed.ok) return { role, node, text, invalid: parsed.message };
  const written = parsed.value;
  const field: TimeField = { role, node, text, written };
  if (written.offset !== undefined) {
    field.ms = wallClockAsUtc(written) - minutesToMs(written.offset);
    if (zone === undefined || !zoneWritten) return field;
    const zoneOffset = offsetAt(zone, field.ms);
    if (zoneOffset !== written.offset) field.offsetMismatch = { zone, zoneOffset };
    return field;
  }
  if (zone === undefined) return field;
  field.resolution = resolveLocalTime(written, zone);
  if (field.resolution.kind === 'exact') field.ms = field.resolution.ms;
  if (field.resolution.kind === 'repeated') field.ms = field.resolution.earlier.ms;
  return field;
}

/** The valid IANA zone of a checked zone field. */
export function validZone(field: ZoneField | undefined): string | undefined {
  return field?.check.ok ? field.check.zone : undefined;
}
