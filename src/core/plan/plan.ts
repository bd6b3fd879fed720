import { parseDuration, type DurationRange } from '../duration';
import type { StepGraph } from '../model/dependencies';
import { impactRank, PHASE_IMPACTS_WORST_FIRST, type PhaseImpact } from '../model/impact';
import type { Step } from '../model/steps';

/** When a step starts and ends, in seconds from the window's start, as low..high. */
export interface StepTiming {
  index: number;
  start: DurationRange;
  end: DurationRange;
  /** The step's own estimate; undefined when it has none (it then counts as zero). */
  estimate?: DurationRange;
  /** On the longest path (by the high ends): the steps that decide the runbook's estimate. */
  critical: boolean;
  /**
   * True when `start` is only a lower bound: a step it waits for (directly or not) has no valid
   * estimate, or it or such a step `needs` an id no step has.
   */
  startLowerBound: boolean;
}

/** A stretch of time in which users feel one kind of impact. */
export interface Phase {
  impact: PhaseImpact;
  start: DurationRange;
  end: DurationRange;
  /** The steps that make up the phase, by index. */
  steps: number[];
}

/** The runbook's schedule, computed once per analysis. */
export interface Plan {
  /** One timing per step that can be scheduled, in file order; steps in or after a cycle have none. */
  timings: StepTiming[];
  /** The critical path's length (the longest path through `needs`), low and high. */
  estimate: DurationRange;
  /** True when some step has no valid estimate or needs an unknown id: the estimate is then a lower bound. */
  lowerBound: boolean;
  safetyFactor: number;
  /** safety factor × the estimate's high end: the window the plan asks for, in seconds. */
  planned: number;
  /** The critical path, first step first, by index. */
  criticalPath: number[];
  phases: Phase[];
  /** Steps that cannot be scheduled because they are in a cycle or wait for one. */
  unschedulable: number[];
}

function estimateOf(step: Step): DurationRange | undefined {
  const value = step.estimate?.value;
  if (typeof value !== 'string') return undefined;
  const parsed = parseDuration(value);
  return parsed.ok ? { low: parsed.low, high: parsed.high } : undefined;
}

/**
 * Schedules the steps: each starts when everything it `needs` has ended (the step before by
 * default; `needs: []` at the window's start), and lasts its estimate. Cycles are never walked:
 * their steps, and the steps waiting for them, are listed as unschedulable.
 */
export function planRunbook(steps: readonly Step[], graph: StepGraph, safetyFactor: number): Plan {
  const order = scheduleOrder(graph);
  const timings = new Map<number, StepTiming>();
  let lowerBound = false;
  for (const index of order) {
    const estimate = estimateOf(steps[index]);
    const waitsFor = graph.predecessors[index].map((p) => timingOf(timings, p));
    const unknownNeed = hasUnknownNeed(steps[index], graph);
    if (!estimate || unknownNeed) lowerBound = true;
    const start = latestEnd(waitsFor);
    const end = { low: start.low + (estimate?.low ?? 0), high: start.high + (estimate?.high ?? 0) };
    const startLowerBound = unknownNeed || waitsFor.some((p) => endsLowerBound(p));
    timings.set(index, {
      index,
      start,
      end,
      ...(estimate ? { estimate } : {}),
      critical: false,
      startLowerBound,
    });
  }
  const criticalPath = traceCriticalPath(timings, graph);
  for (const index of criticalPath) timingOf(timings, index).critical = true;
  const all = [...timings.values()].sort((a, b) => a.index - b.index);
  const estimate = latestEnd(all);
  return {
    timings: all,
    estimate,
    lowerBound,
    safetyFactor,
    planned: estimate.high * safetyFactor,
    criticalPath,
    phases: phasesOf(steps, all),
    unschedulable: steps.map((s) => s.index).filter((index) => !timings.has(index)),
  };
}

/** True when a step's end is only a lower bound: its start is one, or it has no valid estimate. */
export function endsLowerBound(timing: StepTiming): boolean {
  return timing.startLowerBound || !timing.estimate;
}

/** A step that `needs` an id no step has waits for something the plan cannot see. */
function hasUnknownNeed(step: Step, graph: StepGraph): boolean {
  return step.needs?.some((need) => !graph.indexById.has(need.id)) ?? false;
}

/**
 * When the last of `timings` ends, low and high (0 for none). A loop, not `Math.max(...)`: a step
 * may need 131,000 others, more arguments than a call can take.
 */
function latestEnd(timings: readonly StepTiming[]): DurationRange {
  let low = 0;
  let high = 0;
  for (const timing of timings) {
    low = Math.max(low, timing.end.low);
    high = Math.max(high, timing.end.high);
  }
  return { low, high };
}

/** A step's timing; steps are timed in schedule order, so whatever a timed step waits for is timed too. */
function timingOf(timings: Map<number, StepTiming>, index: number): StepTiming {
  const timing = timings.get(index);
  if (!timing) throw new Error(`step ${index} is not timed yet`);
  return timing;
}

/** Kahn's algorithm: a step is ready once all it waits for are; what never gets ready is in or after a cycle. */
function scheduleOrder(graph: StepGraph): number[] {
  const waiting = graph.predecessors.map((preds) => new Set(preds).size);
  const followers: number[][] = graph.predecessors.map(() => []);
  graph.predecessors.forEach((preds, index) =>
    new Set(preds).forEach((p) => followers[p].push(index)),
  );
  const ready = waiting.flatMap((count, index) => (count === 0 ? [index] : []));
  const order: number[] = [];
  for (let i = 0; i < ready.length; i++) {
    const index = ready[i];
    order.push(index);
    for (const follower of followers[index]) if (--waiting[follower] === 0) ready.push(follower);
  }
  return order;
}

/** From the step that ends last (by high ends), back through the predecessor that ends last. */
function traceCriticalPath(timings: Map<number, StepTiming>, graph: StepGraph): number[] {
  const latest = (candidates: number[]) =>
    candidates.reduce<number | undefined>(
      (best, index) =>
        best === undefined || timingOf(timings, index).end.high > timingOf(timings, best).end.high
          ? index
          : best,
      undefined,
    );
  const path: number[] = [];
  for (
    let index = latest([...timings.keys()].sort((a, b) => a - b));
    index !== undefined;
    index = latest(graph.predecessors[index])
  ) {
    path.push(index);
  }
  return path.reverse();
}

/** Each impact's stretches: steps of that impact whose (high) times touch or overlap merge into one phase. */
function phasesOf(steps: readonly Step[], timings: StepTiming[]): Phase[] {
  const phases: Phase[] = [];
  for (const impact of PHASE_IMPACTS_WORST_FIRST) {
    const members = timings
      .filter((t) => steps[t.index].impact === impact)
      .sort((a, b) => a.start.high - b.start.high);
    let current: Phase | undefined;
    for (const timing of members) {
      if (current && timing.start.high <= current.end.high) {
        current.end = {
          low: Math.max(current.end.low, timing.end.low),
          high: Math.max(current.end.high, timing.end.high),
        };
        current.start = {
          low: Math.min(current.start.low, timing.start.low),
          high: current.start.high,
        };
        current.steps.push(timing.index);
        continue;
      }
      current = {
        impact,
        start: { ...timing.start },
        end: { ...timing.end },
        steps: [timing.index],
      };
      phases.push(current);
    }
  }
  return phases.sort(
    (a, b) => a.start.high - b.start.high || impactRank(b.impact) - impactRank(a.impact),
  );
}
