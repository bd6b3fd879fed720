import type { Diagnostic } from '../diagnostic';
import type { StepIdText } from '../model/steps';
import type { Rule } from './rule';

/** `duplicate-step-id`: every repeat of an id, pointing back at its first use. */
export const duplicateStepId: Rule = ({ steps, graph }) => {
  const diagnostics: Diagnostic[] = [];
  for (const step of steps) {
    if (!step.id) continue;
    // The graph already maps each id to the first step that has it.
    const first = graph.indexById.get(step.id.id);
    const earlier: StepIdText | undefined =
      first === undefined || first === step.index ? undefined : steps[first].id;
    if (!earlier) continue;
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
