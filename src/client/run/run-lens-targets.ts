// Where the run's code lenses go, from the core's analysis: `▶ Run` over `steps:` and
// `▶ Run from here` over each step. Pure (offsets, no `vscode`), for the unit tests.
import type { Analysis } from '../../core/analysis-types';
import { runPlanOf } from '../../core/run/run-plan';
import { pairOf } from '../../core/yaml/tree';

/** A lens's place in offsets, and the step it runs from (none: the whole runbook). */
export interface RunLensTarget {
  start: number;
  end: number;
  step?: string;
}

/**
 * The lenses of a runbook that can be run: none for an announcement, a file too large to analyse,
 * or a runbook the run would refuse (errors, no steps, a step without an id), so that a lens never
 * offers what cannot happen; the editor's title button and the command say why.
 */
export function runLensTargets(analysis: Analysis): RunLensTarget[] {
  if (analysis.kind !== 'runbook' || analysis.skipped) return [];
  const steps = pairOf(analysis.parsed.root, 'steps');
  if (!steps || !runPlanOf(analysis, analysis.fileName, '').ok) return [];
  const targets: RunLensTarget[] = [{ start: steps.key.start, end: steps.key.end }];
  for (const step of analysis.steps)
    if (step.id) targets.push({ start: step.node.start, end: step.id.end, step: step.id.id });
  return targets;
}
