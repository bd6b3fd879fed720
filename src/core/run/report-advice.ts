// "What to change next time": the report's lessons, drawn from the steps that took longer than
// their estimates and from a run longer than its window.
import { formatDuration } from '../duration';
import { markdownLine } from '../text/markdown';
import { msToSeconds, secondsToMs } from '../time/units';
import type { RunFacts } from './report-facts';
import type { RunPlan } from './run-types';

/** At most this many lessons are listed; the rest are counted. */
export const MAX_ADVICE_LINES = 200;

const duration = (ms: number) => formatDuration(msToSeconds(ms));

/**
 * One line per step that took longer than the high end of its estimate ("migrate took 2.4× its
 * estimate: 12m against 5m"), per step without an estimate that took time, and one for a run
 * longer than its window. `elapsedMs` is the whole run, counted from the frame's start.
 */
export function adviceLines(
  plan: RunPlan,
  facts: RunFacts,
  elapsedMs: number | undefined,
): string[] {
  const lines: string[] = [];
  let more = 0;
  const add = (line: string) => {
    if (lines.length < MAX_ADVICE_LINES) lines.push(`- ${line}`);
    else more++;
  };
  plan.steps.forEach((step, index) => {
    const actual = facts.steps[index].durationMs;
    if (actual === undefined || actual <= 0) return;
    const name = markdownLine(step.id, 100);
    if (step.estimate === undefined) {
      add(
        `${name} has no estimate and took ${duration(actual)}: give it one, so that the plan counts it`,
      );
      return;
    }
    const high = secondsToMs(step.estimate.high);
    if (actual > high)
      add(
        `${name} took ${(actual / high).toFixed(1)}× its estimate: ${duration(actual)} against ${formatDuration(step.estimate.high)}`,
      );
  });
  if (more > 0) lines.push(`- … and ${more} more steps`);
  const window = windowLine(plan, elapsedMs);
  if (window) lines.push(`- ${window}`);
  return lines;
}

function windowLine(plan: RunPlan, elapsedMs: number | undefined): string | undefined {
  const { windowStart, windowEnd } = plan;
  if (elapsedMs === undefined || windowStart === undefined || windowEnd === undefined)
    return undefined;
  const length = windowEnd - windowStart;
  if (elapsedMs <= length) return undefined;
  return `The run took ${duration(elapsedMs)}, ${duration(elapsedMs - length)} more than its ${duration(length)} window: make the window at least ${duration(elapsedMs)} long, or bring the estimates above in line and plan again`;
}
