import type { Diagnostic } from '../diagnostic';
import { localTime } from '../time/conversion';
import { formatDateTimeText } from '../time/date-time-text';
import { abbreviationAt, formatOffset } from '../time/offsets';
import type { Rule } from './rule';
import { minutesToMs, MS_PER_MINUTE } from '../time/units';

/** `nonexistent-local-time`: a wall-clock time a spring-forward gap skips; the fix is the first time after the gap. */
export const nonexistentLocalTime: Rule = ({ window }) => {
  if (!window?.primaryZone) return [];
  const zone = window.primaryZone;
  return window.times.flatMap((field): Diagnostic[] => {
    const resolution = field.resolution;
    if (resolution?.kind !== 'skipped' || !field.written) return [];
    const { ms, offset } = resolution.firstValid;
    const after = localTime(ms, zone);
    // The clock as it read when the gap came, on the old offset ("01:00", where the new reads "02:00").
    const before = new Date(ms + minutesToMs(resolution.before)).toISOString().slice(11, 16);
    const name = (at: number, minutes: number) =>
      abbreviationAt(zone, at) ?? `UTC${formatOffset(minutes)}`;
    const fixed = formatDateTimeText(after, field.written);
    const message =
      `${field.text} does not exist in ${zone}: on ${after.date} the clocks jump from ${before} ${name(ms - MS_PER_MINUTE, resolution.before)} ` +
      `straight to ${fixed.slice(11, 16)} ${name(ms, offset)}. The first valid time after the gap is ${fixed}.`;
    return [
      {
        code: 'nonexistent-local-time',
        severity: 'error',
        message,
        start: field.node.start,
        end: field.node.end,
        fixes: [
          {
            title: `Change to ${fixed}, the first time after the gap`,
            edits: [{ start: field.node.start, end: field.node.end, newText: fixed }],
            preferred: true,
          },
        ],
      },
    ];
  });
};
