import type { LinkedRunbook } from '../analysis-types';
import type { DocumentKind } from '../document-kind';
import { parseDuration, type DurationRange } from '../duration';
import { safetyFactorOf } from '../safety-factor';
import type { Settings } from '../settings';
import { scalarOf, type YamlNode } from '../yaml/tree';
import type { Plan } from './plan';

/** Where the estimate behind a window comes from. */
export type EstimateSource = 'steps' | 'runbook' | 'estimate';

/** The estimate a window is measured against, and the planned length it asks for. */
export interface WindowEstimate {
  /** The raw estimate in seconds, low..high; a range counts as its high end when planning. */
  estimate: DurationRange;
  safetyFactor: number;
  /** safety factor × the estimate's high end, in seconds (not rounded). */
  planned: number;
  /** True when the estimate is only a lower bound: steps without an estimate, or that cannot be scheduled. */
  lowerBound: boolean;
  /** A runbook's own steps, an announcement's linked runbook, or an announcement's own `estimate:`. */
  source: EstimateSource;
}

/** What the estimate is read from: an analysis, or the context of a rule. */
export interface EstimateInput {
  kind: DocumentKind | undefined;
  plan: Plan | undefined;
  linked: LinkedRunbook | undefined;
  root: YamlNode | null;
  settings: Settings;
}

/**
 * The estimate behind a window. A runbook: its plan. An announcement: its linked runbook's plan
 * when the link resolves and the runbook has estimates (the announcement's own `estimate` and
 * `safety_factor` are then not used), else its own `estimate:` × its `safety_factor`.
 * Undefined when there is nothing to estimate from.
 */
export function windowEstimate({
  kind,
  plan,
  linked,
  root,
  settings,
}: EstimateInput): WindowEstimate | undefined {
  if (kind === 'runbook')
    return plan && plan.estimate.high > 0 ? fromPlan(plan, 'steps') : undefined;
  if (kind !== 'announcement') return undefined;
  const runbookPlan = linked?.status === 'found' ? linked.analysis.plan : undefined;
  if (runbookPlan && runbookPlan.estimate.high > 0) return fromPlan(runbookPlan, 'runbook');
  const own = ownEstimate(root);
  if (!own) return undefined;
  const safetyFactor = safetyFactorOf(root, settings.safetyFactor);
  return {
    estimate: own,
    safetyFactor,
    planned: own.high * safetyFactor,
    lowerBound: false,
    source: 'estimate',
  };
}

/** An announcement's own `estimate:` in seconds, when it parses. */
export function ownEstimate(root: YamlNode | null): DurationRange | undefined {
  const value = scalarOf(root, 'estimate')?.value;
  if (typeof value !== 'string') return undefined;
  const parsed = parseDuration(value);
  return parsed.ok ? { low: parsed.low, high: parsed.high } : undefined;
}

function fromPlan(plan: Plan, source: EstimateSource): WindowEstimate {
  // Steps in or after a cycle are not in the total either: it is then as much a lower bound as with a missing estimate.
  return {
    estimate: plan.estimate,
    safetyFactor: plan.safetyFactor,
    planned: plan.planned,
    lowerBound: plan.lowerBound || plan.unschedulable.length > 0,
    source,
  };
}
