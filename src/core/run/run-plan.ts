import type { Analysis } from '../analysis-types';
import type { Diagnostic } from '../diagnostic';
import { parseDuration } from '../duration';
import type { StepTiming } from '../plan/plan';
import { scalarOf, valueOf, type YamlNode } from '../yaml/tree';
import { resolvedWindow } from '../time/window';
import type { RunPlan, RunStep } from './run-types';

/** Why a runbook cannot be run as it stands. */
export type RunPlanResult = { ok: true; plan: RunPlan } | { ok: false; problems: string[] };

/** At most this many problems are listed when a run is refused; the rest are counted. */
const MAX_LISTED_PROBLEMS = 20;

/**
 * The run's plan from an analysis: the steps as they are now, with their commands and timings.
 * Refused while the file has errors (warnings are the user's to accept), or has no steps, or a
 * step without an id (the journal records steps by id).
 */
export function runPlanOf(analysis: Analysis, file: string, contentHash: string): RunPlanResult {
  if (analysis.kind !== 'runbook')
    return { ok: false, problems: ['Only a runbook can be run; this is not one.'] };
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    return { ok: false, problems: listed(errors.map((error) => problemText(analysis, error))) };
  const ids = analysis.steps.flatMap((step) => (step.id ? [step.id.id] : []));
  if (ids.length === 0) return { ok: false, problems: ['The runbook has no steps to run.'] };
  if (ids.length !== analysis.steps.length)
    return {
      ok: false,
      problems: ['Every step needs an `id:` to be run: the journal records steps by id.'],
    };
  const root = analysis.parsed.root;
  const timings = new Map(analysis.plan?.timings.map((t) => [t.index, t]));
  const plan: RunPlan = {
    runbookId: runbookIdOf(analysis),
    file,
    contentHash,
    steps: analysis.steps.map((step) => runStep(analysis, step.index, ids, timings)),
    safetyFactor: analysis.plan?.safetyFactor ?? analysis.settings.safetyFactor,
  };
  const title = stringAt(root, 'title');
  if (title !== undefined) plan.title = title;
  const window = resolvedWindow(analysis.window);
  if (window) {
    plan.windowStart = window.startMs;
    plan.zone = window.primaryZone;
    if (window.endMs !== undefined) plan.windowEnd = window.endMs;
  }
  const rollback = valueOf(root, 'rollback');
  const deadline = secondsAt(rollback, 'deadline');
  if (deadline !== undefined) plan.deadlineAfter = deadline;
  const rollbackEstimate = secondsAt(rollback, 'estimate');
  if (rollbackEstimate !== undefined) plan.rollbackEstimate = rollbackEstimate;
  return { ok: true, plan };
}

/**
 * The id a runbook's runs are recorded under (its journals' folder): its `id:`, else "runbook".
 * The language server looks up past runs by the same id.
 */
export function runbookIdOf(analysis: Analysis): string {
  return stringAt(analysis.parsed.root, 'id') ?? 'runbook';
}

function runStep(
  analysis: Analysis,
  index: number,
  ids: readonly string[],
  timings: ReadonlyMap<number, StepTiming>,
): RunStep {
  const step = analysis.steps[index];
  const timing = timings.get(index);
  const safetyFactor = analysis.plan?.safetyFactor ?? analysis.settings.safetyFactor;
  const result: RunStep = {
    id: ids[index],
    index,
    needs: analysis.graph.predecessors[index].map((p) => ids[p]),
  };
  if (step.title !== undefined) result.title = step.title;
  const manual = scalarOf(step.node, 'manual')?.value === true;
  for (const phase of ['run', 'verify', 'rollback'] as const) {
    // Only these three fields ever become commands; `run` is not run for a manual step.
    if (phase === 'run' && manual) continue;
    const command = stringAt(step.node, phase);
    if (command !== undefined && command.trim() !== '') result[phase] = command;
  }
  if (timing?.estimate) {
    result.estimate = timing.estimate;
    result.planned = safetyFactor * timing.estimate.high;
  }
  return result;
}

function stringAt(node: YamlNode | null | undefined, key: string): string | undefined {
  const value = scalarOf(node, key)?.value;
  return typeof value === 'string' ? value : undefined;
}

function secondsAt(node: YamlNode | null | undefined, key: string): number | undefined {
  const value = scalarOf(node, key)?.value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const parsed = parseDuration(value);
  return parsed.ok ? parsed.high : undefined;
}

function problemText(analysis: Analysis, diagnostic: Diagnostic): string {
  const { line, column } = analysis.lines.at(diagnostic.start);
  return `line ${line}, column ${column}: ${diagnostic.message} (${diagnostic.code})`;
}

function listed(problems: string[]): string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `… and ${more} more`];
}
