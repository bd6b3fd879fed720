import type { DocumentKind } from '../document-kind';
import { parseDuration } from '../duration';
import type { Settings } from '../settings';
import { scalarOf, valueOf, type YamlNode, type YamlScalar } from '../yaml/tree';
import { readAudience, type AudienceEntry } from './audience';
import { convertWindow, localTime, type ZoneConversion } from './conversion';
import { LAST_YEAR, YEARS_IN_RANGE } from './date-time-text';
import { formatLocalDateTime, TimeFormats, type TimeFormat } from './format';
import { formatOffset } from './offsets';
import { readTimeField, validZone, type TimeField, type ZoneField } from './time-field';
import { checkZone } from './zone-check';
import { secondsToMs } from './units';

/** A problem with the window as a whole (end before start, end and length disagreeing): `invalid-time`. */
export interface WindowProblem {
  node: YamlNode;
  message: string;
}

/**
 * The maintenance window of a runbook (`window: {start, zone, end|length}`) or an announcement
 * (top-level `start`, `zone`, `end|length`), read and resolved once per analysis. Rules, hovers,
 * inlay hints, completion, the CLI and the preview all read this; none recomputes it.
 */
export interface TimeWindow {
  /** `zone:` as written and checked; undefined when absent. */
  zone?: ZoneField;
  /** The zone times are in: the valid IANA name, or `UTC+01:00` for an ISO start with no `zone:`. */
  primaryZone?: string;
  start?: TimeField;
  end?: TimeField;
  /** An announcement's `publish`. */
  publish?: TimeField;
  /** Every written time, in file order of role: start, end, publish. */
  times: TimeField[];
  /** The window's length in ms: `length`, else `end − start`, else the planned length (the `plannedMs` it was read with). */
  lengthMs?: number;
  /** Where the window opens and closes (epoch ms), when known. */
  startMs?: number;
  endMs?: number;
  audience: AudienceEntry[];
  /** True when `runbook.audienceZones` supplied the audience. */
  audienceFromSettings: boolean;
  /** The file's `time_format`, else `runbook.timeFormat`. */
  timeFormat: TimeFormat;
  /** The window in each valid audience zone, in order; empty until the start is known. */
  conversions: ZoneConversion[];
  problems: WindowProblem[];
  /** A wall-clock `start` in a runbook window with no `zone:` (announcements require `zone` in the schema). */
  missingZoneFor?: YamlScalar;
}

/**
 * A window whose zone and start instant are known: what converting, scheduling and most checks
 * need. The end stays optional: a window with no `end`, `length` or plan has none.
 */
export interface ResolvedWindow extends TimeWindow {
  primaryZone: string;
  start: TimeField & { ms: number };
  startMs: number;
}

/** The window, when its zone and start instant are known; undefined while either is missing. */
export function resolvedWindow(window: TimeWindow | undefined): ResolvedWindow | undefined {
  return window && isResolved(window) ? window : undefined;
}

function isResolved(window: TimeWindow): window is ResolvedWindow {
  return (
    window.primaryZone !== undefined &&
    window.startMs !== undefined &&
    window.start?.ms === window.startMs
  );
}

function stringScalar(node: YamlNode | null | undefined): YamlScalar | undefined {
  return node?.type === 'scalar' && typeof node.value === 'string' ? node : undefined;
}

/** Reads and resolves the window of a document of a known kind. Never throws on what a file says. */
export function readWindow(
  root: YamlNode | null,
  kind: DocumentKind,
  settings: Settings,
  plannedMs?: number,
): TimeWindow {
  const container = kind === 'runbook' ? valueOf(root, 'window') : root;
  const window: TimeWindow = {
    times: [],
    audience: [],
    audienceFromSettings: false,
    timeFormat: readTimeFormat(root, settings),
    conversions: [],
    problems: [],
  };
  const zoneNode = stringScalar(scalarOf(container, 'zone'));
  if (zoneNode)
    window.zone = {
      node: zoneNode,
      name: zoneNode.value as string,
      check: checkZone(zoneNode.value as string),
    };
  readTimes(window, container, kind);
  readEnd(window, container, plannedMs);
  const audience = readAudience(root, settings.audienceZones);
  window.audience = audience.entries;
  window.audienceFromSettings = audience.fromSettings;
  if (window.startMs !== undefined && window.primaryZone) {
    const targets = window.audience.flatMap((entry) =>
      entry.validZone
        ? [{ zone: entry.validZone, ...(entry.label ? { label: entry.label } : {}) }]
        : [],
    );
    window.conversions = convertWindow(window.startMs, window.endMs, window.primaryZone, targets);
  }
  return window;
}

function readTimeFormat(root: YamlNode | null, settings: Settings): TimeFormat {
  const written = scalarOf(root, 'time_format')?.value;
  return TimeFormats.find((format) => format === written) ?? settings.timeFormat;
}

function readTimes(
  window: TimeWindow,
  container: YamlNode | null | undefined,
  kind: DocumentKind,
): void {
  let zone = validZone(window.zone);
  const startNode = stringScalar(scalarOf(container, 'start'));
  if (startNode) {
    window.start = readTimeField('start', startNode, zone);
    const written = window.start.written;
    // An ISO start says its offset: with no zone written, that offset is the window's zone.
    if (!window.zone && written?.offset !== undefined) zone = `UTC${formatOffset(written.offset)}`;
    if (!window.zone && written && written.offset === undefined && kind === 'runbook')
      window.missingZoneFor = startNode;
    if (window.start.ms !== undefined) window.startMs = window.start.ms;
  }
  if (zone !== undefined) window.primaryZone = zone;
  const endNode = stringScalar(scalarOf(container, 'end'));
  const zoneWritten = window.zone !== undefined;
  if (endNode) window.end = readTimeField('end', endNode, zone, zoneWritten);
  const publishNode =
    kind === 'announcement' ? stringScalar(scalarOf(container, 'publish')) : undefined;
  if (publishNode) window.publish = readTimeField('publish', publishNode, zone, zoneWritten);
  window.times = [window.start, window.end, window.publish].filter(
    (field): field is TimeField => field !== undefined,
  );
}

/**
 * The end: `end`, else start + `length`, else start + `plannedMs` (analyze's windowEstimate: a
 * runbook's plan, an announcement's linked runbook's, else its estimate × safety factor).
 */
function readEnd(
  window: TimeWindow,
  container: YamlNode | null | undefined,
  plannedMs?: number,
): void {
  const lengthNode = scalarOf(container, 'length');
  const length = lengthNode ? durationMs(lengthNode) : plannedMs;
  const { start, end } = window;
  // `startMs` is the start's own instant, so this is "both instants known".
  if (end?.ms !== undefined && start?.ms !== undefined) {
    const startMs = start.ms;
    if (end.ms <= startMs) {
      window.problems.push({
        node: end.node,
        message: `The window ends (${end.text}) ${end.ms === startMs ? 'when' : 'before'} it starts (${start.text}); \`end\` must come after \`start\`.`,
      });
      return;
    }
    window.endMs = end.ms;
    window.lengthMs = end.ms - startMs;
    if (lengthNode && length !== undefined && length !== window.lengthMs)
      window.problems.push({
        node: end.node,
        message: lengthDisagreement(startMs + length, window.primaryZone, end),
      });
    return;
  }
  if (end || length === undefined) return;
  window.lengthMs = length;
  if (window.startMs === undefined) return;
  window.endMs = window.startMs + length;
  const node = lengthNode ?? start?.node;
  const past = node && pastLastYear(window.endMs, window.primaryZone, lengthNode !== undefined);
  if (past) window.problems.push({ node, message: past });
}

/**
 * Why an end reached by adding a length is out of range: a written `end` after 2100 is refused
 * as it is read (date-time-text.ts), and one computed from `length` or the plan must be too.
 */
function pastLastYear(
  endMs: number,
  zone: string | undefined,
  written: boolean,
): string | undefined {
  const local = localTime(endMs, zone ?? 'UTC');
  if (local.year <= LAST_YEAR) return undefined;
  const by = written ? 'start + `length`' : 'start + the planned length';
  return `The window would end ${formatLocalDateTime(local)} (${by}), after ${LAST_YEAR}: ${YEARS_IN_RANGE}. Start earlier or make it shorter.`;
}

/** With no valid zone (an invalid `zone:` and ISO times), start + length is shown in UTC. */
function lengthDisagreement(byLength: number, zone: string | undefined, end: TimeField): string {
  return `\`end\` and \`length\` disagree: start + length is ${formatLocalDateTime(localTime(byLength, zone ?? 'UTC'))}, but \`end\` says ${end.text}. Give one of them.`;
}

function durationMs(node: YamlScalar): number | undefined {
  if (node.value === null || typeof node.value === 'boolean') return undefined;
  const parsed = parseDuration(node.value);
  return parsed.ok ? secondsToMs(parsed.high) : undefined;
}
