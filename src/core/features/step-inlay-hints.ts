import type { Analysis } from '../analysis-types';
import { formatDurationRange } from '../duration';
import { endsLowerBound } from '../plan/plan';
import { clockRange, clockReference, tPlusAtLeast } from '../schedule/elapsed';
import type { InlayHint } from './inlay-hints';

/**
 * `T+0:35` (or `T+0:35..0:50` when the low and high ends differ) after each step's id: when the
 * step starts, counted from the window's opening; `T+≥0:30` (or `T+?`) when a step before it has
 * no valid estimate. Steps a cycle keeps from being scheduled get none. Only hints whose place lies between `start` and `end` are returned.
 */
export function stepInlayHints(
  analysis: Analysis,
  start = 0,
  end = Number.POSITIVE_INFINITY,
): InlayHint[] {
  const plan = analysis.plan;
  if (!plan) return [];
  const reference = clockReference(analysis);
  return plan.timings.flatMap((timing): InlayHint[] => {
    const id = analysis.steps[timing.index].id;
    if (!id || id.end < start || id.end > end) return [];
    const clock = reference ? ` (${clockRange(reference, timing.start)} in ${reference.zone})` : '';
    const length = timing.estimate
      ? `, runs ${formatDurationRange(timing.estimate)}`
      : ', has no estimate';
    const critical = timing.critical ? ' On the critical path.' : '';
    const starts = tPlusAtLeast(timing.start, timing.startLowerBound);
    const ends = tPlusAtLeast(timing.end, endsLowerBound(timing));
    const bound = timing.startLowerBound
      ? ' At the earliest: a step before it has no valid estimate or needs an unknown step.'
      : '';
    return [
      {
        offset: id.end,
        label: starts,
        tooltip: `Starts ${starts} after the window opens${clock}${length}, ends ${ends}.${critical}${bound}`,
      },
    ];
  });
}
