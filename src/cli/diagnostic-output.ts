import type { Diagnostic } from '../core/diagnostic';
import type { LineIndex } from '../core/text/line-index';

/** One diagnostic of the JSON contract (docs/cli.md): 1-based lines and columns. */
export interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A core diagnostic (offsets) at the CLI's edge (lines and columns). */
export function toJsonDiagnostic(diagnostic: Diagnostic, index: LineIndex): JsonDiagnostic {
  const start = index.at(diagnostic.start);
  const end = index.at(diagnostic.end);
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

/** A compiler-style line, `file:line:col severity code message`, which editors and CI annotate. */
export function diagnosticLine(file: string, d: JsonDiagnostic): string {
  return `${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
}
