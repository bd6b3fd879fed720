import type { Diagnostic } from '../diagnostic';
import { formatDuration } from '../duration';
import { isShorter, plannedLengthSeconds } from '../fixes/durations';
import { lengthFix, writtenLength } from '../fixes/window-length';
import { lowerBoundNote, plannedArithmetic, plannedWhy, rangeNote } from '../plan/estimate-text';
import { windowEstimate } from '../plan/window-estimate';
import type { Rule } from './rule';
import { msToSeconds } from '../time/units';

/**
 * `window-shorter-than-planned`: a written `length` (or `end`) that fits the estimate but not
 * safety factor × estimate: seed 002 "allocated two hours and completed … in just over three".
 * Shorter than the estimate itself is `window-shorter-than-estimate`'s error instead.
 */
export const windowShorterThanPlanned: Rule = ({
  text,
  parsed,
  kind,
  plan,
  linked,
  settings,
  window,
}) => {
  if (!kind || window?.lengthMs === undefined) return [];
  const written = writtenLength(parsed.root, kind);
  const estimate = windowEstimate({ kind, plan, linked, root: parsed.root, settings });
  if (!written || !estimate) return [];
  const length = msToSeconds(window.lengthMs);
  if (isShorter(length, estimate.estimate.high) || !isShorter(length, estimate.planned)) return [];
  const planned = plannedLengthSeconds(estimate.planned);
  const fix = lengthFix(text, parsed.root, kind, planned, plannedWhy(estimate, planned));
  const diagnostic: Diagnostic = {
    code: 'window-shorter-than-planned',
    severity: 'warning',
    message: `Window ${formatDuration(length)} is shorter than ${plannedArithmetic(estimate)}: it leaves ${spare(length - estimate.estimate.high)} for what the estimate misses.${rangeNote(estimate)}${lowerBoundNote(estimate)}`,
    start: written.node.start,
    end: written.node.end,
    ...(fix ? { fixes: [fix] } : {}),
  };
  return [diagnostic];
};

function spare(seconds: number): string {
  return seconds < 1 ? 'no time' : `only ${formatDuration(seconds)}`;
}
