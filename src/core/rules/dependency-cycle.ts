import type { Diagnostic } from '../diagnostic';
import { stepLabel, type Step } from '../model/steps';
import type { Rule } from './rule';

/** `dependency-cycle`: steps whose `needs` wait on each other; every step in the cycle is named. */
export const dependencyCycle: Rule = ({ steps, graph }) => {
  const diagnostics: Diagnostic[] = [];
  const inCycles = new Set(graph.cycles.flat());
  const followers: number[][] = graph.predecessors.map(() => []);
  graph.predecessors.forEach((preds, index) => preds.forEach((p) => followers[p].push(index)));
  for (const cycle of graph.cycles) {
    const members = new Set(cycle);
    const names = cycle.map((index) => stepLabel(steps[index]));
    const message =
      (cycle.length === 1
        ? `Step ${names[0]} needs itself, so it can never start.`
        : `Steps ${listOf(names)} wait on each other in a cycle, so none of them can start.`) +
      unscheduled(cycle, steps, followers, inCycles);
    const related = cycle.flatMap((index) => {
      const id = steps[index].id;
      return id
        ? [{ start: id.start, end: id.end, message: `${stepLabel(steps[index])} is in the cycle` }]
        : [];
    });
    // Only explicit `needs` can point forward, so every cycle has at least one written entry to mark.
    for (const index of cycle) {
      for (const need of steps[index].needs ?? []) {
        const target = graph.indexById.get(need.id);
        if (target === undefined || !members.has(target)) continue;
        diagnostics.push({
          code: 'dependency-cycle',
          severity: 'error',
          message,
          start: need.start,
          end: need.end,
          related,
        });
      }
    }
  }
  return diagnostics;
};

/**
 * What the cycle does to the plan: its steps, and the steps that wait for them, cannot be
 * scheduled (the plan lists them as unschedulable), so their estimates are not in the total.
 */
function unscheduled(
  cycle: number[],
  steps: readonly Step[],
  followers: readonly number[][],
  inCycles: ReadonlySet<number>,
): string {
  const estimated = cycle.some((index) => steps[index].estimate !== undefined);
  const after = waitingFor(cycle, followers).filter((index) => !inCycles.has(index));
  const them = cycle.length === 1 ? 'it' : 'them';
  const shown = after.slice(0, MAX_LISTED).map((index) => stepLabel(steps[index]));
  const more = after.length > MAX_LISTED ? [`${after.length - MAX_LISTED} more`] : [];
  const waiting =
    after.length === 0
      ? ''
      : ` ${listOf([...shown, ...more])} ${after.length === 1 ? 'waits' : 'wait'} for ${them} and cannot be scheduled either.`;
  const total =
    estimated || after.length > 0
      ? ` ${cycle.length === 1 ? 'Its estimate is' : 'Their estimates are'} left out of the runbook's total until the cycle is broken.`
      : '';
  return `${waiting}${total}`;
}

/** Steps that need a step of the cycle, directly or through others, in file order. */
function waitingFor(cycle: number[], followers: readonly number[][]): number[] {
  const seen = new Set(cycle);
  const queue = [...cycle];
  for (let i = 0; i < queue.length; i++) {
    for (const next of followers[queue[i]]) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return queue.slice(cycle.length).sort((a, b) => a - b);
}

/** Longer lists are cut short: a 10,000-step cycle's followers are not worth a 10,000-name message. */
const MAX_LISTED = 5;

function listOf(names: string[]): string {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
