import type { Diagnostic } from '../diagnostic';
import type { StepIdText } from '../model/steps';
import type { Rule } from './rule';

/** `duplicate-step-id`: every repeat of an id, pointing back at its first use. */
export const duplicateStepId: Rule = ({ steps }) => {
  const first = new Map<string, StepIdText>();
  const diagnostics: Diagnostic[] = [];
  for (const step of steps) {
    if (!step.id) continue;
    const earlier = first.get(step.id.id);
    if (!earlier) {
      first.set(step.id.id, step.id);
      continue;
    }
    diagnostics.push({
      code: 'duplicate-step-id',
      severity: 'error',
      message: `Step id "${step.id.id}" is already used by an earlier step; \`needs\` could not tell them apart. Give this step another id.`,
      start: step.id.start,
      end: step.id.end,
      related: [
        { start: earlier.start, end: earlier.end, message: `"${step.id.id}" first used here` },
      ],
    });
  }
  return diagnostics;
};
