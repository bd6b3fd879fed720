import type { Diagnostic } from '../diagnostic';
import { formatDuration } from '../duration';
import { localTime } from '../time/conversion';
import { formatDateTimeText } from '../time/date-time-text';
import type { OffsetInstant } from '../time/local-time';
import { abbreviationAt, formatOffset } from '../time/offsets';
import type { Rule } from './rule';
import { msToSeconds } from '../time/units';

/** `ambiguous-local-time`: a wall-clock time a fall-back overlap repeats; fixes write either instant with its offset. */
export const ambiguousLocalTime: Rule = ({ window }) => {
  if (!window?.primaryZone) return [];
  const zone = window.primaryZone;
  return window.times.flatMap((field): Diagnostic[] => {
    const resolution = field.resolution;
    if (resolution?.kind !== 'repeated' || !field.written) return [];
    const describe = (instant: OffsetInstant) => {
      const abbreviation = abbreviationAt(zone, instant.ms);
      return abbreviation
        ? `${abbreviation} (${formatOffset(instant.offset)})`
        : `UTC${formatOffset(instant.offset)}`;
    };
    const exact = (instant: OffsetInstant) =>
      formatDateTimeText({ ...localTime(instant.ms, zone), offset: instant.offset });
    const { earlier, later } = resolution;
    const message =
      `${field.text} happens twice in ${zone}, when the clocks go back: first on ${describe(earlier)}, then ${formatDuration(msToSeconds(later.ms - earlier.ms))} later on ${describe(later)}. ` +
      `It is read as the first; write the offset to say which: ${exact(earlier)} or ${exact(later)}.`;
    const fix = (instant: OffsetInstant, which: string) => ({
      title: `Use the ${which} one, ${describe(instant)}: ${exact(instant)}`,
      edits: [{ start: field.node.start, end: field.node.end, newText: exact(instant) }],
    });
    return [
      {
        code: 'ambiguous-local-time',
        severity: 'warning',
        message,
        start: field.node.start,
        end: field.node.end,
        fixes: [fix(earlier, 'earlier'), fix(later, 'later')],
      },
    ];
  });
};
