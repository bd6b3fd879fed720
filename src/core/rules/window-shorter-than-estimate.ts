import type { Diagnostic } from '../diagnostic';
import { formatDuration } from '../duration';
import { isShorter, plannedLengthSeconds } from '../fixes/durations';
import { lengthFix, writtenLength } from '../fixes/window-length';
import {
  estimateName,
  lowerBoundNote,
  plannedArithmetic,
  plannedWhy,
  rangeNote,
} from '../plan/estimate-text';
import { windowEstimate } from '../plan/window-estimate';
import type { Rule } from './rule';
import { msToSeconds } from '../time/units';

/**
 * `window-shorter-than-estimate`: a written `length` (or `end`) shorter than the raw estimate
 * (its high end): the work alone does not fit. A window without either lasts the planned length,
 * which never is. The fix sets the planned length.
 */
export const windowShorterThanEstimate: Rule = ({
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
  if (!isShorter(length, estimate.estimate.high)) return [];
  const planned = plannedLengthSeconds(estimate.planned);
  const fix = lengthFix(text, parsed.root, kind, planned, plannedWhy(estimate, planned));
  const diagnostic: Diagnostic = {
    code: 'window-shorter-than-estimate',
    severity: 'error',
    message: `Window ${formatDuration(length)} is shorter than ${estimateName(estimate)}${estimate.lowerBound ? ', at least' : ''} ${formatDuration(estimate.estimate.high)}: the work alone does not fit, before any margin. Plan ${plannedArithmetic(estimate)}.${rangeNote(estimate)}${lowerBoundNote(estimate)}`,
    start: written.node.start,
    end: written.node.end,
    ...(fix ? { fixes: [fix] } : {}),
  };
  return [diagnostic];
};
