import { escapeMarkdown, inlineCode } from '../text/markdown';
import {
  describeZoneAt,
  formatClock,
  formatRelative,
  localTime,
  nextTransition,
  zoneCity,
  type TimeFormat,
  type TimeWindow,
  type Transition,
} from '../time/index';
import { dayAndClockText, dayText, offsetChangeText, zoneMomentText } from './time-display';
import { MS_PER_DAY } from '../time/units';

/** POSIX writes Etc/GMT offsets the other way round; readers expect the opposite sign. */
const POSIX_NAME = /^Etc\/GMT([+-])(\d+)$/;

/**
 * The next change found per zone. The search reads a day at a time for 400 days (~4 ms for a
 * zone that never changes, near the hover budget); its answer holds for any later `from` until
 * that change, or, when there is none, for a day.
 */
const nextChanges = new Map<string, { from: number; transition: Transition | undefined }>();

function nextChange(zone: string, from: number): Transition | undefined {
  const known = nextChanges.get(zone);
  if (
    known &&
    from >= known.from &&
    (known.transition ? from < known.transition.ms : from - known.from < MS_PER_DAY)
  )
    return known.transition;
  const transition = nextTransition(zone, from);
  nextChanges.set(zone, { from, transition });
  return transition;
}

/**
 * A zone as a hover shows it: its offset and abbreviation at the window's start and now, and its
 * next clock change after now (else after the window's start), or "No DST".
 */
export function zoneHoverMarkdown(
  zone: string,
  window: TimeWindow,
  now: number | undefined,
): string {
  const city = zoneCity(zone);
  const paragraphs = [
    `**${inlineCode(zone)}**${city !== zone ? ` · ${escapeMarkdown(city)}` : ''}`,
  ];
  const rows = [
    ...(window.startMs !== undefined
      ? [momentRow("At the window's start", zone, window.startMs, window.timeFormat)]
      : []),
    ...(now !== undefined ? [momentRow('Now', zone, now, window.timeFormat)] : []),
  ];
  if (rows.length > 0)
    paragraphs.push(['| | Local time | Offset |', '|---|---|---|', ...rows].join('\n'));
  const from = now ?? window.startMs;
  if (from !== undefined) {
    const next = nextChange(zone, from);
    paragraphs.push(
      next
        ? `Next change: ${transitionText(zone, next, window.timeFormat)}${now !== undefined ? `, ${formatRelative(now, next.ms)}` : ''}.`
        : 'No DST: the clocks do not change here in the coming year.',
    );
  }
  const posix = POSIX_NAME.exec(zone);
  if (posix)
    paragraphs.push(
      `POSIX signs: ${inlineCode(zone)} is ${posix[2]} hours ${posix[1] === '+' ? 'behind' : 'ahead of'} UTC.`,
    );
  return paragraphs.join('\n\n');
}

function momentRow(what: string, zone: string, ms: number, format: TimeFormat): string {
  return `| ${what} | ${dayAndClockText(localTime(ms, zone), format)} | ${zoneMomentText(describeZoneAt(zone, ms))} |`;
}

/**
 * "Clocks go forward 1h on Sun 29 Mar 2026 01:00 → 02:00 (GMT → BST)": the wall clock as it reads
 * just before the change (at the old offset) and just after it.
 */
function transitionText(zone: string, transition: Transition, format: TimeFormat): string {
  const { before, after, ms } = transition;
  const change = after.offsetMinutes - before.offsetMinutes;
  const oldClock = localTime(ms, `UTC${before.offset}`);
  const newClock = localTime(ms, zone);
  const clock = (local: typeof oldClock) => formatClock(local.hour, local.minute, format);
  const names = before.display !== after.display ? ` (${before.display} → ${after.display})` : '';
  return `Clocks go ${change > 0 ? 'forward' : 'back'} ${offsetChangeText(change)} on ${dayText(oldClock)} ${clock(oldClock)} → ${clock(newClock)}${names}`;
}
