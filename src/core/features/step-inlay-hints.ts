import type { Analysis } from '../analysis-types';
import { formatDurationRange } from '../duration';
import { clockRange, clockReference, tPlus } from '../schedule/elapsed';
import type { InlayHint } from './inlay-hints';

/**
 * `T+0:35` (or `T+0:35..0:50` when the low and high ends differ) after each step's id: when the
 * step starts, counted from the window's opening. Steps a cycle keeps from being scheduled get
 * none. Only hints whose place lies between `start` and `end` are returned.
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
    return [
      {
        offset: id.end,
        label: tPlus(timing.start),
        tooltip: `Starts ${tPlus(timing.start)} after the window opens${clock}${length}, ends ${tPlus(timing.end)}.${critical}`,
      },
    ];
  });
}
