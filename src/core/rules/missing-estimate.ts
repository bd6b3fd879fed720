import type { Diagnostic } from '../diagnostic';
import { stepLabel } from '../model/steps';
import type { Rule } from './rule';

/** `missing-estimate`: a step without an estimate makes the runbook's total a lower bound. */
export const missingEstimate: Rule = ({ steps }) => {
  const diagnostics: Diagnostic[] = [];
  for (const step of steps) {
    if (step.estimate) continue;
    const anchor = step.id ?? step.node.pairs[0]?.key ?? step.node;
    diagnostics.push({
      code: 'missing-estimate',
      severity: 'warning',
      // stepLabel is "step 2" for a step without id, and "Step step 2" reads badly.
      message: `${step.id ? `Step ${stepLabel(step)}` : `Step ${step.index + 1}`} has no estimate, so the runbook's total is only a lower bound. Add \`estimate:\` (like 30m or 30m..1h).`,
      start: anchor.start,
      end: anchor.end,
    });
  }
  return diagnostics;
};
