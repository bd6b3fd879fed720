// The modal before anything runs lists every command that may run. Pure, so that the unit tests
// check that it lists them all, with their step ids, and nothing else.
import type { RunPlan, RunStep } from '../../core/run/run-types';

/** What the confirmation modal says: a question and, as its detail, every command that may run. */
export interface RunConfirmation {
  message: string;
  detail: string;
}

/** How the run starts: from the top, from a step (those before it are skipped), or a resume. */
export type RunStart = { kind: 'run' } | { kind: 'from'; step: string } | { kind: 'resume' };

/**
 * The question and the commands: each step that may run with its `run`, `verify` and `rollback`,
 * in file order. Run from a step lists that step and those after it (the ones before are skipped
 * and never rolled back); a resume lists every step, since any may still run or be rolled back.
 */
export function runConfirmation(plan: RunPlan, folder: string, start: RunStart): RunConfirmation {
  const name = plan.title === undefined ? plan.runbookId : `"${plan.title}"`;
  const from = start.kind === 'from' ? plan.steps.findIndex((step) => step.id === start.step) : 0;
  const steps = plan.steps.slice(Math.max(0, from));
  const verb =
    start.kind === 'resume'
      ? `Resume the run of ${name}`
      : start.kind === 'from'
        ? `Run ${name} from step "${start.step}"`
        : `Run ${name}`;
  const lines = [
    `These commands may run, in your shell, in ${folder}:`,
    '',
    ...steps.flatMap(stepLines),
    'Nothing else in the file is run.',
  ];
  if (start.kind === 'from' && from > 0)
    lines.push(
      from === 1
        ? `The step before "${start.step}" is skipped.`
        : `The ${from} steps before "${start.step}" are skipped.`,
    );
  return { message: `${verb}?`, detail: lines.join('\n') };
}

function stepLines(step: RunStep): string[] {
  const lines = [step.title === undefined ? step.id : `${step.id} — ${step.title}`];
  if (step.run === undefined) lines.push('  (manual: you mark it done)');
  for (const phase of ['run', 'verify', 'rollback'] as const) {
    const command = step[phase];
    if (command === undefined) continue;
    const [first, ...rest] = command.trimEnd().split('\n');
    lines.push(`  ${phase}: ${first}`, ...rest.map((line) => `    ${line}`));
  }
  lines.push('');
  return lines;
}
