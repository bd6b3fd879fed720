import { analyze } from '../../../src/core/analyze';
import { runPlanOf } from '../../../src/core/run/run-plan';
import type { RunPlan } from '../../../src/core/run/run-types';

/** A runbook whose window opens at 08:00 London (07:00 UTC) on 19 July 2026, with these steps. */
export function runbookText(steps: string[], extra: string[] = []): string {
  return [
    'kind: runbook',
    'id: upgrade',
    'title: Upgrade',
    'window:',
    '  start: 2026-07-19 08:00',
    '  zone: Europe/London',
    '  length: 1h',
    ...extra,
    'steps:',
    ...steps,
    '',
  ].join('\n');
}

export function planOf(text: string): RunPlan {
  const result = runPlanOf(analyze(text, 'upgrade.runbook.yaml'), 'upgrade.runbook.yaml', 'hash1');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.plan;
}
