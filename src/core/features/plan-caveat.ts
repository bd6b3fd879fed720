import type { Analysis } from '../analysis-types';
import type { DiagnosticCode } from '../diagnostic';
import type { Plan } from '../plan/plan';
import { inlineCode } from '../text/markdown';

/**
 * The mark shown instead of ✓ when the window only fits a plan that is a lower bound or was
 * computed around errors: neither a pass nor a failure.
 */
export const UNCHECKED_MARK = '○';

/** Why a plan's "fits" cannot be trusted as a pass. */
export interface PlanCaveat {
  /** A few words beside the mark: "lower bound", "3 errors". */
  short: string;
  /** The reason in a sentence's words: "lower bound: step `x` has no valid estimate; the plan's inputs have 3 errors". */
  reason: string;
}

/**
 * The caveat of a plan, or undefined when it is complete and its inputs are clean. `stepsOf` is
 * the analysis whose steps made the plan (the runbook itself, or an announcement's linked
 * runbook), undefined when the plan is an announcement's own `estimate:`. Errors count in the
 * file and in that runbook.
 */
export function planCaveat(
  analysis: Analysis,
  stepsOf: Analysis | undefined,
): PlanCaveat | undefined {
  const bound = stepsOf?.plan && lowerBoundReason(stepsOf, stepsOf.plan);
  const errors = errorCount(analysis) + (stepsOf && stepsOf !== analysis ? errorCount(stepsOf) : 0);
  const reasons: string[] = [];
  if (bound) reasons.push(`lower bound: ${bound}`);
  if (errors > 0) reasons.push(`the plan's inputs have ${plural(errors, 'error')}`);
  if (reasons.length === 0) return undefined;
  return { short: bound ? 'lower bound' : plural(errors, 'error'), reason: reasons.join('; ') };
}

/** The first reason, in file order, why the plan's total is only a lower bound; undefined when it is not one. */
function lowerBoundReason(analysis: Analysis, plan: Plan): string | undefined {
  if (!plan.lowerBound && plan.unschedulable.length === 0) return undefined;
  const { steps, graph } = analysis;
  const timings = new Map(plan.timings.map((timing) => [timing.index, timing]));
  for (const step of steps) {
    const name = stepName(analysis, step.index);
    const unknown = step.needs?.find((need) => !graph.indexById.has(need.id));
    if (unknown) return `step ${name} needs ${inlineCode(unknown.id)}, which no step has`;
    const timing = timings.get(step.index);
    if (!timing) return `step ${name} is in a dependency cycle, or waits for one`;
    if (!timing.estimate) return `step ${name} has no valid estimate`;
  }
  return undefined;
}

/** The verdict's own diagnostics: what the plan concludes, not what it was computed from. */
const VERDICTS: ReadonlySet<DiagnosticCode> = new Set([
  'window-shorter-than-estimate',
  'window-shorter-than-planned',
]);

function errorCount(analysis: Analysis): number {
  let errors = 0;
  for (const diagnostic of analysis.diagnostics)
    if (diagnostic.severity === 'error' && !VERDICTS.has(diagnostic.code)) errors++;
  return errors;
}

function stepName(analysis: Analysis, index: number): string {
  const id = analysis.steps[index]?.id?.id;
  return id ? inlineCode(id) : String(index + 1);
}

/** "1 step", "3 steps". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
