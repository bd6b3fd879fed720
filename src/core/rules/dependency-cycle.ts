import type { Diagnostic, RelatedLocation } from '../diagnostic';
import { MAX_NAMES_LISTED, MAX_RELATED, namesList } from '../diagnostic-limits';
import type { StepGraph } from '../model/dependencies';
import { stepLabel, type Step, type StepIdText } from '../model/steps';
import type { Rule } from './rule';

/**
 * `dependency-cycle`: steps whose `needs` wait on each other. One diagnostic per cycle, on the
 * written entry that closes it, naming the first few steps and counting the rest: a 5,000-step
 * cycle is one short message, not 5,000 messages of 5,000 names.
 */
export const dependencyCycle: Rule = ({ steps, graph }) => {
  if (graph.cycles.length === 0) return [];
  const inCycles = new Set<number>();
  for (const cycle of graph.cycles) for (const index of cycle) inCycles.add(index);
  const followers: number[][] = graph.predecessors.map(() => []);
  graph.predecessors.forEach((preds, index) => preds.forEach((p) => followers[p].push(index)));
  let edges = 0;
  for (const preds of graph.predecessors) edges += preds.length;
  const budget = { visits: 2 * (steps.length + edges) + 1000 };
  const diagnostics: Diagnostic[] = [];
  for (const cycle of graph.cycles) {
    const entry = closingEntry(cycle, steps, graph);
    if (!entry) continue;
    const names = cycle.slice(0, MAX_NAMES_LISTED).map((index) => stepLabel(steps[index]));
    const message =
      (cycle.length === 1
        ? `Step ${names[0]} needs itself, so it can never start.`
        : `Steps ${namesList(names, cycle.length)} wait on each other in a cycle, so none of them can start.`) +
      unscheduled(cycle, steps, followers, inCycles, budget);
    diagnostics.push({
      code: 'dependency-cycle',
      severity: 'error',
      message,
      start: entry.start,
      end: entry.end,
      related: relatedSteps(cycle, steps),
    });
  }
  return diagnostics;
};

/**
 * The first written `needs` entry (in file order) from a step of the cycle to a step at or after
 * it. Implicit needs (the step before) only point back, so every cycle has one.
 */
function closingEntry(
  cycle: readonly number[],
  steps: readonly Step[],
  graph: StepGraph,
): StepIdText | undefined {
  const members = new Set(cycle);
  for (const index of cycle) {
    for (const need of steps[index].needs ?? []) {
      const target = graph.indexById.get(need.id);
      if (target !== undefined && target >= index && members.has(target)) return need;
    }
  }
  return undefined;
}

/** The first steps of the cycle, each pointing at its id. */
function relatedSteps(cycle: readonly number[], steps: readonly Step[]): RelatedLocation[] {
  const related: RelatedLocation[] = [];
  for (const index of cycle) {
    if (related.length === MAX_RELATED) break;
    const id = steps[index].id;
    if (id)
      related.push({
        start: id.start,
        end: id.end,
        message: `${stepLabel(steps[index])} is in the cycle`,
      });
  }
  return related;
}

/**
 * What the cycle does to the plan: its steps, and the steps that wait for them, cannot be
 * scheduled (the plan lists them as unschedulable), so their estimates are not in the total.
 */
function unscheduled(
  cycle: readonly number[],
  steps: readonly Step[],
  followers: readonly number[][],
  inCycles: ReadonlySet<number>,
  budget: { visits: number },
): string {
  const estimated = cycle.some((index) => steps[index].estimate !== undefined);
  const after = waitingFor(cycle, followers, inCycles, budget);
  const them = cycle.length === 1 ? 'it' : 'them';
  const waiting =
    after === undefined
      ? ` Steps that wait for ${them} cannot be scheduled either.`
      : after.length === 0
        ? ''
        : ` ${namesList(
            after.slice(0, MAX_NAMES_LISTED).map((index) => stepLabel(steps[index])),
            after.length,
          )} ${after.length === 1 ? 'waits' : 'wait'} for ${them} and cannot be scheduled either.`;
  const total =
    estimated || after === undefined || after.length > 0
      ? ` ${cycle.length === 1 ? 'Its estimate is' : 'Their estimates are'} left out of the runbook's total until the cycle is broken.`
      : '';
  return `${waiting}${total}`;
}

/**
 * Steps outside any cycle that need a step of this one, directly or through others, in file
 * order. Many cycles can share one long tail of followers, so all cycles together share a budget
 * of visits linear in the graph; past it a cycle's followers are not listed (undefined).
 */
function waitingFor(
  cycle: readonly number[],
  followers: readonly number[][],
  inCycles: ReadonlySet<number>,
  budget: { visits: number },
): number[] | undefined {
  const seen = new Set(cycle);
  const queue = cycle.slice();
  for (let i = 0; i < queue.length; i++) {
    for (const next of followers[queue[i]]) {
      if (--budget.visits < 0) return undefined;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return queue
    .slice(cycle.length)
    .filter((index) => !inCycles.has(index))
    .sort((a, b) => a - b);
}
