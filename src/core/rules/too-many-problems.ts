import { capDiagnostic, countText, MAX_DIAGNOSTICS_PER_FILE } from '../diagnostic-limits';
import type { Diagnostic, Severity } from '../diagnostic';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * The diagnostics as they leave the core: each message, related list and fix list capped, and at
 * most MAX_DIAGNOSTICS_PER_FILE of them (the most severe, in file order) plus a
 * `too-many-problems` that counts the rest. Errors are kept first so that an exit code or an
 * error count never depends on which problems were cut.
 */
export function tooManyProblems(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE) return diagnostics.map(capDiagnostic);
  const bySeverity = diagnostics
    .map((diagnostic, position) => ({ diagnostic, position }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.diagnostic.severity] - SEVERITY_RANK[b.diagnostic.severity] ||
        a.position - b.position,
    );
  const kept = bySeverity
    .slice(0, MAX_DIAGNOSTICS_PER_FILE)
    .sort((a, b) => a.position - b.position)
    .map((entry) => capDiagnostic(entry.diagnostic));
  const left = bySeverity.slice(MAX_DIAGNOSTICS_PER_FILE);
  const first = left.reduce((a, b) => (b.position < a.position ? b : a)).diagnostic;
  const count: Diagnostic = {
    code: 'too-many-problems',
    severity: 'info',
    message: `… and ${countText(left.length)} more problems in this file, not shown: only the ${countText(MAX_DIAGNOSTICS_PER_FILE)} most severe are. This is the first of the others.`,
    start: first.start,
    end: first.end,
  };
  return [...kept, count].sort((a, b) => a.start - b.start || a.end - b.end);
}
