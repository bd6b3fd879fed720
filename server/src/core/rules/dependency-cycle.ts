import type { Diagnostic } from '../diagnostic';
import { stepLabel } from '../model/steps';
import type { Rule } from './rule';

/** `dependency-cycle`: steps whose `needs` wait on each other; every step in the cycle is named. */
export const dependencyCycle: Rule = ({ steps, graph }) => {
  const diagnostics: Diagnostic[] = [];
  for (const cycle of graph.cycles) {
    const members = new Set(cycle);
    const names = cycle.map((index) => stepLabel(steps[index]));
    const message =
      cycle.length === 1
        ? `Step ${names[0]} needs itself, so it can never start.`
        : `Steps ${listOf(names)} wait on each other in a cycle, so none of them can start.`;
    const related = cycle.flatMap((index) => {
      const id = steps[index].id;
      return id ? [{ start: id.start, end: id.end, message: `${stepLabel(steps[index])} is in the cycle` }] : [];
    });
    // Only explicit `needs` can point forward, so every cycle has at least one written entry to mark.
    for (const index of cycle) {
      for (const need of steps[index].needs ?? []) {
        const target = graph.indexById.get(need.id);
        if (target === undefined || !members.has(target)) continue;
        diagnostics.push({ code: 'dependency-cycle', severity: 'error', message, start: need.start, end: need.end, related });
      }
    }
  }
  return diagnostics;
};

function listOf(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
