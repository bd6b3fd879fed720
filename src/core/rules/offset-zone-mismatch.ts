import type { Diagnostic, Fix } from '../diagnostic';
import { localTime } from '../time/conversion';
import { formatDateTimeText, type DateTimeText } from '../time/date-time-text';
import { resolveLocalTime } from '../time/local-time';
import { abbreviationAt, formatOffset } from '../time/offsets';
import type { TimeField } from '../time/time-field';
import type { Rule } from './rule';

/** `offset-zone-mismatch`: an ISO offset the window's zone does not have at that instant. */
export const offsetZoneMismatch: Rule = ({ window }) => {
  if (!window) return [];
  return window.times.flatMap((field): Diagnostic[] => {
    const { offsetMismatch: mismatch, written, ms } = field;
    if (!mismatch || written?.offset === undefined || ms === undefined) return [];
    const { zone, zoneOffset } = mismatch;
    const abbreviation = abbreviationAt(zone, ms);
    const zoneText = abbreviation
      ? `${abbreviation} (${formatOffset(zoneOffset)})`
      : formatOffset(zoneOffset);
    const message =
      `${field.text} says ${formatOffset(written.offset)}, but ${zone} was on ${zoneText} at that instant ` +
      `(${formatDateTimeText(localTime(ms, zone))} there). Fix the offset, or the zone.`;
    return [
      {
        code: 'offset-zone-mismatch',
        severity: 'warning',
        message,
        start: field.node.start,
        end: field.node.end,
        fixes: fixesFor(field, written, ms, mismatch),
      },
    ];
  });
};

/** Keep the wall-clock time with the zone's offset then, or keep the instant in the zone's own offset. */
function fixesFor(
  field: TimeField,
  written: DateTimeText,
  ms: number,
  { zone, zoneOffset }: { zone: string; zoneOffset: number },
): Fix[] {
  const edit = (newText: string) => [{ start: field.node.start, end: field.node.end, newText }];
  const fixes: Fix[] = [];
  const resolution = resolveLocalTime(written, zone);
  const sameClock =
    resolution.kind === 'exact'
      ? [resolution]
      : resolution.kind === 'repeated'
        ? [resolution.earlier, resolution.later]
        : [];
  for (const instant of sameClock) {
    const text = formatDateTimeText({ ...written, offset: instant.offset });
    fixes.push({
      title: `Keep the time ${text.slice(11, 16)}, with ${zone}'s offset: ${text}`,
      edits: edit(text),
    });
  }
  const sameInstant = formatDateTimeText({
    ...localTime(ms, zone),
    offset: zoneOffset,
  });
  fixes.push({
    title: `Keep the instant, written in ${zone}: ${sameInstant}`,
    edits: edit(sameInstant),
  });
  return fixes;
}
