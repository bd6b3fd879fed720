import type { Diagnostic } from '../diagnostic';
import { formatDuration } from '../duration';
import { localTime } from '../time/conversion';
import { formatLocalDateTime } from '../time/format';
import { MAX_NAMES_LISTED } from '../diagnostic-limits';
import { transitionsBetween, type Transition, type ZoneMoment } from '../time/offsets';
import { resolvedWindow } from '../time/window';
import type { Rule } from './rule';
import { minutesToMs, msToSeconds } from '../time/units';

/**
 * The clock changes named per zone: a window that spans years crosses two a year, and the first
 * few say all there is to say (the output stays bounded, the scan stops early).
 */
const CHANGES_PER_ZONE = MAX_NAMES_LISTED;

/** `window-crosses-dst`: the window spans a clock change in its own zone or in an audience zone. */
export const windowCrossesDst: Rule = (analysis) => {
  const window = resolvedWindow(analysis.window);
  if (window?.endMs === undefined) return [];
  const { startMs, endMs } = window;
  const span = { startMs, endMs };
  const diagnostics: Diagnostic[] = [];
  const anchor = window.zone?.node ?? window.start.node;
  for (const change of transitionsBetween(window.primaryZone, startMs, endMs, CHANGES_PER_ZONE)) {
    diagnostics.push(
      info(
        `The window crosses a clock change in its own zone: ${describe(window.primaryZone, change, span)}`,
        anchor,
      ),
    );
  }
  const seen = new Set<string>([window.primaryZone]);
  for (const entry of window.audience) {
    if (!entry.validZone || seen.has(entry.validZone)) continue;
    seen.add(entry.validZone);
    const node = entry.zoneField?.node ?? window.start.node;
    const whose = entry.zoneField
      ? 'this audience zone'
      : `${entry.validZone} (from runbook.audienceZones)`;
    for (const change of transitionsBetween(entry.validZone, startMs, endMs, CHANGES_PER_ZONE)) {
      diagnostics.push(
        info(
          `The window crosses a clock change in ${whose}: ${describe(entry.validZone, change, span)}`,
          node,
        ),
      );
    }
  }
  return diagnostics;
};

function info(message: string, node: { start: number; end: number }): Diagnostic {
  return {
    code: 'window-crosses-dst',
    severity: 'info',
    message,
    start: node.start,
    end: node.end,
  };
}

const clock = (ms: number, zone: string) => formatLocalDateTime(localTime(ms, zone)).slice(11);
const named = (moment: ZoneMoment) =>
  moment.abbreviation ? `${moment.abbreviation} (${moment.offset})` : `UTC${moment.offset}`;

/** "at 01:00 on 2099-03-29, Europe/London goes from GMT (+00:00) to BST (+01:00), so there the window runs 00:30–03:30 on the clock, for 2h of real time." */
function describe(
  zone: string,
  change: Transition,
  { startMs, endMs }: { startMs: number; endMs: number },
): string {
  // The wall clock as it read when the change came, on the old offset ("01:00", not the new "02:00").
  const wall = new Date(change.ms + minutesToMs(change.before.offsetMinutes)).toISOString();
  return (
    `at ${wall.slice(11, 16)} on ${wall.slice(0, 10)}, ${zone} goes from ${named(change.before)} to ${named(change.after)}, ` +
    `so there the window runs ${clock(startMs, zone)}–${clock(endMs, zone)} on the clock, for ${formatDuration(msToSeconds(endMs - startMs))} of real time.`
  );
}
