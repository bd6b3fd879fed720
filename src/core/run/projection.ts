import { secondsToMs } from '../time/units';
import type { RunPlan, StepState } from './run-types';

/** The plan's `needs` by step index, and an order in which each step follows what it needs. */
export interface RunGraph {
  needs: number[][];
  order: number[];
}

/** States after which a step needs no more time. */
const FINISHED: ReadonlySet<StepState> = new Set(['done', 'skipped', 'rolled-back', 'failed']);

/**
 * Kahn's algorithm over the plan's `needs`. A runbook with a cycle has errors and is not run; any
 * step left over all the same is appended in file order rather than lost.
 */
export function runGraph(plan: RunPlan): RunGraph {
  const indexById = new Map(plan.steps.map((step, index) => [step.id, index]));
  const needs = plan.steps.map((step) =>
    step.needs.flatMap((id) => {
      const index = indexById.get(id);
      return index === undefined ? [] : [index];
    }),
  );
  const waiting = needs.map((list) => list.length);
  const dependents = plan.steps.map((): number[] => []);
  needs.forEach((list, index) => list.forEach((from) => dependents[from].push(index)));
  const order: number[] = [];
  for (let index = 0; index < needs.length; index++) if (waiting[index] === 0) order.push(index);
  for (let at = 0; at < order.length; at++)
    for (const next of dependents[order[at]]) if (--waiting[next] === 0) order.push(next);
  const placed = new Set(order);
  for (let index = 0; index < needs.length; index++) if (!placed.has(index)) order.push(index);
  return { needs, order };
}

/**
 * The projected end (epoch ms): now plus the longest chain of remaining work by the high
 * estimates, a running step counting only what is left of its estimate. Linear in the steps.
 */
export function projectedEnd(
  plan: RunPlan,
  graph: RunGraph,
  states: readonly StepState[],
  startedAt: ReadonlyMap<number, number>,
  now: number,
): number {
  const finishes = new Array<number>(plan.steps.length).fill(0);
  let latest = 0;
  for (const index of graph.order) {
    let start = 0;
    for (const from of graph.needs[index]) start = Math.max(start, finishes[from]);
    const high = plan.steps[index].estimate?.high;
    finishes[index] = start + remainingMs(high, states[index], startedAt.get(index), now);
    latest = Math.max(latest, finishes[index]);
  }
  return now + latest;
}

function remainingMs(
  highSeconds: number | undefined,
  state: StepState,
  startedAt: number | undefined,
  now: number,
): number {
  if (FINISHED.has(state)) return 0;
  const estimate = secondsToMs(highSeconds ?? 0);
  return startedAt === undefined ? estimate : Math.max(0, estimate - (now - startedAt));
}
