import type { Diagnostic } from '../diagnostic';
import { formatDuration } from '../duration';
import {
  abbreviationMeanings,
  meaningForZone,
  meaningOffsetAt,
  offsetMinutes,
} from '../time/abbreviations';
import { localTime } from '../time/conversion';
import { formatLocalDateTime } from '../time/format';
import { abbreviationAt, formatOffset, offsetAt } from '../time/offsets';
import type { Rule } from './rule';
import { hoursToMinutes, minutesToSeconds } from '../time/units';

const OFFSET_LABEL = /^(?:UTC|GMT)\s?([+\-−])(\d{1,2})(?::?(\d{2}))?$/;

/**
 * The offset a label claims: an abbreviation's (the meaning that lists the zone, else the one
 * nearest the truth), or a written "UTC+9". Plain labels ("Eastern", "Tokyo") claim none.
 */
function claimedOffset(
  label: string,
  zone: string,
  actual: number,
  ms: number,
): number | undefined {
  const offset = OFFSET_LABEL.exec(label);
  if (offset)
    return (
      (offset[1] === '+' ? 1 : -1) * (hoursToMinutes(Number(offset[2])) + Number(offset[3] ?? 0))
    );
  const meanings = abbreviationMeanings(label);
  if (!meanings) return undefined;
  const own = meaningForZone(meanings, zone);
  if (own) return meaningOffsetAt(own, ms);
  const offsets = meanings.map((meaning) => offsetMinutes(meaning.offset));
  return offsets.includes(actual) ? actual : offsets[0];
}

/** `label-mismatch`: an audience label such as EST or CEST that is wrong for its zone at the window's start. */
export const labelMismatch: Rule = ({ window }) => {
  if (window?.startMs === undefined) return [];
  const startMs = window.startMs;
  return window.audience.flatMap((entry): Diagnostic[] => {
    if (!entry.label || !entry.labelNode || !entry.validZone) return [];
    const zone = entry.validZone;
    const actual = offsetAt(zone, startMs);
    const claimed = claimedOffset(entry.label, zone, actual, startMs);
    if (claimed === undefined || claimed === actual) return [];
    const abbreviation = abbreviationAt(zone, startMs);
    const right = abbreviation ?? `UTC${formatOffset(actual)}`;
    const message =
      `${zone} was on ${abbreviation ? `${abbreviation} (${formatOffset(actual)})` : `UTC${formatOffset(actual)}`} at ${formatLocalDateTime(localTime(startMs, zone))}; ` +
      `the label says ${entry.label} (${formatOffset(claimed)}), so readers converting from it would be ${formatDuration(minutesToSeconds(Math.abs(actual - claimed)))} off.`;
    const node = entry.labelNode;
    return [
      {
        code: 'label-mismatch',
        severity: 'warning',
        message,
        start: node.start,
        end: node.end,
        fixes: [
          {
            title: `Change the label to ${right}`,
            edits: [{ start: node.start, end: node.end, newText: right }],
            preferred: true,
          },
        ],
      },
    ];
  });
};
