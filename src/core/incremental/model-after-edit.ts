import { buildStepGraph, type StepGraph } from '../model/dependencies';
import type { Step } from '../model/steps';
import { planRunbook, type Plan } from '../plan/plan';
import type { StepEdit } from './step-edit';

/**
 * The steps' `needs` graph after an edit: the previous one while the edited step kept its id,
 * estimate and needs (the graph holds step indexes, no positions), else built again.
 */
export function graphAfterEdit(edit: StepEdit | undefined, steps: readonly Step[]): StepGraph {
  return edit?.sameFacts ? edit.before.graph : buildStepGraph(steps);
}

/**
 * A runbook's plan after an edit: the previous one while the edited step kept all the plan
 * reads of it (and the safety factor, written at the top level, is the same), else computed again.
 */
export function planAfterEdit(
  edit: StepEdit | undefined,
  steps: readonly Step[],
  graph: StepGraph,
  safetyFactor: number,
): Plan {
  const previous = edit?.samePlanInputs ? edit.before.plan : undefined;
  return previous && previous.safetyFactor === safetyFactor
    ? previous
    : planRunbook(steps, graph, safetyFactor);
}
