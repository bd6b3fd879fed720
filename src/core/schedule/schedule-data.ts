import type { Analysis } from '../analysis-types';
import type { DurationRange } from '../duration';
import type { Plan } from '../plan/plan';
import { isoInZone } from '../time/index';
import { clockReference, type ClockReference } from './elapsed';
import { msToMinutes, secondsToMinutes, secondsToMs } from '../time/units';

/** Low and high ends, in minutes (JSON) or ISO times (clock). */
interface Bounds<T> {
  low: T;
  high: T;
}

/** One step of `runbook schedule --format json`: the contract's `id`, `start`, `end`, `critical` (docs/cli.md), then additions. */
export interface ScheduleStepJson {
  id: string | null;
  /** Minutes from the window's start. */
  start: Bounds<number>;
  end: Bounds<number>;
  critical: boolean;
  title: string | null;
  impact: string | null;
  /** The step's own estimate in minutes; null when it has none (it then counts as zero). */
  estimate: Bounds<number> | null;
  /** The same times on the clock, ISO 8601 with the window zone's offset; null without a valid start and zone. */
  clock: { start: Bounds<string>; end: Bounds<string> } | null;
}

/** A stretch of one impact (`outage`, `read-only`, `degraded`), in minutes from the window's start, with its steps' ids. */
export interface PhaseJson {
  impact: string;
  start: Bounds<number>;
  end: Bounds<number>;
  steps: Array<string | null>;
}

/**
 * `runbook schedule FILE --format json`: the JSON contract in docs/cli.md (`steps`, `estimate`,
 * `planned_minutes`) first, unchanged; the rest are additions.
 */
export interface ScheduleJson {
  steps: ScheduleStepJson[];
  estimate: Bounds<number>;
  planned_minutes: number;
  safety_factor: number;
  /** True when steps without an estimate (counted as zero) make the estimate a lower bound. */
  lower_bound: boolean;
  window: { start: string | null; end: string | null; zone: string | null; minutes: number | null };
  critical_path: Array<string | null>;
  phases: PhaseJson[];
  /** Steps in or after a dependency cycle: never scheduled, left out of `steps`. */
  unschedulable: Array<string | null>;
}

const minutes = (range: DurationRange): Bounds<number> => ({
  low: secondsToMinutes(range.low),
  high: secondsToMinutes(range.high),
});

/** The schedule of an analysed runbook, as the CLI's JSON writes it. */
export function scheduleData(analysis: Analysis, plan: Plan): ScheduleJson {
  const idOf = (index: number) => analysis.steps[index]?.id?.id ?? null;
  const reference = clockReference(analysis);
  const window = analysis.window;
  const at = (ms: number | undefined) =>
    ms === undefined || !window?.primaryZone ? null : isoInZone(ms, window.primaryZone);
  return {
    steps: plan.timings.map((timing) => {
      const step = analysis.steps[timing.index];
      return {
        id: idOf(timing.index),
        start: minutes(timing.start),
        end: minutes(timing.end),
        critical: timing.critical,
        title: step.title ?? null,
        impact: step.impact ?? null,
        estimate: timing.estimate ? minutes(timing.estimate) : null,
        clock: reference
          ? { start: clockBounds(reference, timing.start), end: clockBounds(reference, timing.end) }
          : null,
      };
    }),
    estimate: minutes(plan.estimate),
    planned_minutes: secondsToMinutes(plan.planned),
    safety_factor: plan.safetyFactor,
    lower_bound: plan.lowerBound,
    window: {
      start: at(window?.startMs),
      end: at(window?.endMs),
      zone: window?.primaryZone ?? null,
      minutes: window?.lengthMs === undefined ? null : msToMinutes(window.lengthMs),
    },
    critical_path: plan.criticalPath.map(idOf),
    phases: plan.phases.map((phase) => ({
      impact: phase.impact,
      start: minutes(phase.start),
      end: minutes(phase.end),
      steps: phase.steps.map(idOf),
    })),
    unschedulable: plan.unschedulable.map(idOf),
  };
}

function clockBounds(reference: ClockReference, range: DurationRange): Bounds<string> {
  const iso = (seconds: number) =>
    isoInZone(reference.startMs + secondsToMs(seconds), reference.zone);
  return { low: iso(range.low), high: iso(range.high) };
}
