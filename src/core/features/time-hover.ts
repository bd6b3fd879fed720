import type { Analysis } from '../analysis-types';
import { formatDuration } from '../duration';
import { escapeMarkdown, inlineCode } from '../text/markdown';
import {
  convertWindow,
  describeZoneAt,
  formatClock,
  formatRelative,
  isUtcZone,
  localTime,
  resolvedWindow,
  zoneCity,
  type ResolvedWindow,
  type TimeFormat,
  type TimeWindow,
  type ZoneConversion,
} from '../time/index';
import { nodeAtOffset } from '../yaml/tree';
import type { Hover } from './feature-results';
import { dayAndClockText, dayText, windowClockText, zoneMomentText } from './time-display';
import { zoneHoverMarkdown } from './zone-hover';
import { msToSeconds } from '../time/units';

const WINDOW_KEYS = new Set(['start', 'end', 'length', 'publish']);
/**
 * The most zone rows the window's table holds: what fits VS Code's hover (about 250 px tall) under
 * its two opening lines without scrolling. With more zones, one row less and a line naming the rest.
 */
export const MOST_ZONE_ROWS = 7;
/** The most zones that line names; it counts the others. */
const MOST_NAMED = 3;

/**
 * The hover on a time or a zone: on `start`, `end`, `length` (and an announcement's `publish`),
 * key or value, the window in its zone, UTC and every audience zone; on a zone name (`zone:` or an
 * `audience` entry), that zone's offsets and next clock change. Undefined elsewhere, and where the
 * window has no instant yet (the schema's description is then the better hover).
 */
export function timeHover(analysis: Analysis, offset: number): Hover | undefined {
  const window = analysis.window;
  if (!window || !analysis.kind) return undefined;
  const at = nodeAtOffset(analysis.parsed.root, offset);
  if (!at) return undefined;
  const span = { start: at.node.start, end: at.node.end };
  const key = at.path[at.path.length - 1];
  const inWindow =
    analysis.kind === 'runbook'
      ? at.path.length === 2 && at.path[0] === 'window'
      : at.path.length === 1;
  if (
    inWindow &&
    typeof key === 'string' &&
    WINDOW_KEYS.has(key) &&
    (key !== 'publish' || analysis.kind === 'announcement')
  ) {
    const markdown = windowMarkdown(window, analysis.now, key === 'publish');
    return markdown === undefined ? undefined : { markdown, ...span };
  }
  if (at.onKey || at.node.type !== 'scalar') return undefined;
  const field = [window.zone, ...window.audience.map((entry) => entry.zoneField)].find(
    (zone) => zone?.node.start === at.node.start,
  );
  if (!field?.check.ok) return undefined;
  return { markdown: zoneHoverMarkdown(field.check.zone, window, analysis.now), ...span };
}

/** The window as a table: the primary zone, UTC, then each audience zone, with a relative line. */
function windowMarkdown(
  window: TimeWindow,
  now: number | undefined,
  withPublish: boolean,
): string | undefined {
  const resolved = resolvedWindow(window);
  if (!resolved) return undefined;
  const { startMs, endMs, primaryZone, timeFormat } = resolved;
  const own = [
    { zone: primaryZone, label: zoneCity(primaryZone) },
    ...(isUtcZone(primaryZone) ? [] : [{ zone: 'UTC', label: 'UTC' }]),
  ];
  const [primary, ...utc] = convertWindow(startMs, endMs, primaryZone, own);
  const length =
    window.lengthMs !== undefined ? ` · ${formatDuration(msToSeconds(window.lengthMs))}` : '';
  // How far away it is comes first, on the title's paragraph (a line break, not a paragraph's
  // margin): the hover's height goes to the zones.
  const paragraphs = [
    [
      `**Maintenance window** · ${dayText(primary.local)}${length}`,
      ...(now !== undefined ? [relativeLine(now, startMs, endMs)] : []),
    ].join('  \n'),
  ];
  if (withPublish) paragraphs.push(...publishLine(resolved, now));
  paragraphs.push(...repeatedNote(resolved));
  const others = [...utc, ...window.conversions];
  const shown = others.length + 1 > MOST_ZONE_ROWS ? others.slice(0, MOST_ZONE_ROWS - 2) : others;
  const rows = [
    row(primary, timeFormat, true),
    ...shown.map((conversion) => row(conversion, timeFormat, false)),
  ];
  paragraphs.push(['| Zone | Local time | Offset |', '|---|---|---|', ...rows].join('\n'));
  paragraphs.push(...moreZonesLine(others.slice(shown.length)));
  return paragraphs.join('\n\n');
}

function row(conversion: ZoneConversion, format: TimeFormat, primary: boolean): string {
  const { label, zone } = conversion;
  const named =
    label === zone
      ? inlineCode(zone)
      : `${primary ? `**${escapeMarkdown(label)}**` : escapeMarkdown(label)} (${inlineCode(zone)})`;
  const atStart = zoneMomentText(conversion);
  const { endOffset } = conversion;
  const changes = endOffset !== null && endOffset !== conversion.offset;
  const offset = changes
    ? `${atStart} → ${zoneMomentText({ abbreviation: conversion.endAbbreviation, offset: endOffset })}`
    : atStart;
  return `| ${named} | ${windowClockText(conversion, format)} | ${offset} |`;
}

/** "2 more: Central, Pacific. Hover each under `audience`." for the zones the table leaves out. */
function moreZonesLine(rest: readonly ZoneConversion[]): string[] {
  if (rest.length === 0) return [];
  const names = rest.slice(0, MOST_NAMED).map((c) => escapeMarkdown(c.label));
  const unnamed = rest.length - names.length;
  const list = `${names.join(', ')}${unnamed > 0 ? ` and ${unnamed} more` : ''}`;
  return [`${rest.length} more: ${list}. Hover each under \`audience\`, or open the preview.`];
}

/** "Starts in 9 days." / "Under way: …" / "Ended 3 hours ago." */
function relativeLine(now: number, startMs: number, endMs: number | undefined): string {
  if (now < startMs) return `Starts ${formatRelative(now, startMs)}.`;
  if (endMs !== undefined && now < endMs)
    return `Under way: started ${formatRelative(now, startMs)}, ends ${formatRelative(now, endMs)}.`;
  return endMs === undefined
    ? `Started ${formatRelative(now, startMs)}.`
    : `Ended ${formatRelative(now, endMs)}.`;
}

/** An announcement's `publish`, in its zone and UTC, and how long before the window it goes out. */
function publishLine(window: ResolvedWindow, now: number | undefined): string[] {
  const ms = window.publish?.ms;
  if (ms === undefined) return [];
  const local = localTime(ms, window.primaryZone);
  const utc = localTime(ms, 'UTC');
  const moment = describeZoneAt(window.primaryZone, ms);
  const lead = window.startMs - ms;
  const facts = [
    `${dayAndClockText(local, window.timeFormat)} ${moment.display}`,
    `${formatClock(utc.hour, utc.minute, '24h')} UTC`,
    ...(now !== undefined ? [formatRelative(now, ms)] : []),
    lead > 0
      ? `${formatDuration(msToSeconds(lead))} before the window opens`
      : 'not before the window opens',
  ];
  return [`**Published** ${facts.join(' · ')}`];
}

/** A repeated wall-clock start means one of two instants: say which the table shows. */
function repeatedNote(window: ResolvedWindow): string[] {
  const resolution = window.start.resolution;
  if (resolution?.kind !== 'repeated') return [];
  const earlier = describeZoneAt(window.primaryZone, resolution.earlier.ms);
  return [
    `${inlineCode(window.start.text)} happens twice in ${inlineCode(window.primaryZone)}; shown is the earlier, ${zoneMomentText(earlier)}.`,
  ];
}
