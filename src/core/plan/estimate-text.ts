import { formatDuration, formatDurationRange } from '../duration';
import type { WindowEstimate } from './window-estimate';

/** "the estimate", "the runbook's estimate": where the number came from, for messages. */
export function estimateName(estimate: WindowEstimate): string {
  return estimate.source === 'runbook' ? "the runbook's estimate" : 'the estimate';
}

/** "2 × estimate 1h 30m = 3h", "2 × the runbook's estimate 1h 30m = 3h"; "= at least 3h" when the estimate is a lower bound. */
export function plannedArithmetic(estimate: WindowEstimate): string {
  const what = estimate.source === 'runbook' ? "the runbook's estimate" : 'estimate';
  return `${estimate.safetyFactor} × ${what} ${formatDuration(estimate.estimate.high)} = ${estimate.lowerBound ? 'at least ' : ''}${formatDuration(estimate.planned)}`;
}

/** " The estimate is the range 1h 10m–1h 30m; a range counts as its high end." for a range; empty otherwise. */
export function rangeNote(estimate: WindowEstimate): string {
  const { low, high } = estimate.estimate;
  return low === high
    ? ''
    : ` The estimate is the range ${formatDurationRange(estimate.estimate)}; a range counts as its high end.`;
}

/** "2 × 1h 30m", for a fix's title; ", rounded up" when the length written is the plan rounded to the minute. */
export function plannedWhy(estimate: WindowEstimate, written: number): string {
  return `${estimate.safetyFactor} × ${formatDuration(estimate.estimate.high)}${written === estimate.planned ? '' : ', rounded up'}`;
}

/** Why the total is only a lower bound, for messages; empty when it is not. */
export function lowerBoundNote(estimate: WindowEstimate): string {
  if (!estimate.lowerBound) return '';
  return ` The total is a lower bound: ${estimate.source === 'runbook' ? "some of the runbook's steps" : 'some steps'} have no estimate or cannot be scheduled.`;
}
