import type { Diagnostic } from '../diagnostic';
import type { Rule } from './rule';

/** `invalid-time`: a start, end or publish time that is not a date-time, and an end not after the start. */
export const invalidTime: Rule = ({ window }) => {
  if (!window) return [];
  const diagnostics: Diagnostic[] = window.times.flatMap((field): Diagnostic[] =>
    field.invalid
      ? [
          {
            code: 'invalid-time',
            severity: 'error',
            message: field.invalid,
            start: field.node.start,
            end: field.node.end,
          },
        ]
      : [],
  );
  for (const problem of window.problems) {
    diagnostics.push({
      code: 'invalid-time',
      severity: 'error',
      message: problem.message,
      start: problem.node.start,
      end: problem.node.end,
    });
  }
  return diagnostics;
};
