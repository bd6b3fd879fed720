import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/analysis-types';
import type { Diagnostic, DiagnosticCode } from '../../../src/core/diagnostic';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import { applyEdits, lines } from '../helpers';

/** The pinned present of the time rule tests. */
export const NOW = Date.parse('2026-07-01T00:00:00Z');

/** A runbook with the given lines under `window:` (and more lines after, such as `audience:`). */
export function runbookWindow(windowLines: string[], ...more: string[]): string {
  return lines(
    'kind: runbook',
    'title: Upgrade',
    'window:',
    ...windowLines.map((line) => `  ${line}`),
    ...more,
    'steps:',
    '  - id: a',
    '    estimate: 5m',
  );
}

/** An announcement of these lines, after `kind` and `title`. */
export function announcement(...rows: string[]): string {
  return lines('kind: announcement', 'title: Maintenance', ...rows);
}

/** Analyses as a runbook or announcement (by `kind:`), at NOW unless told otherwise (`null`: no now at all). */
export function analyzeAt(
  text: string,
  now: number | null = NOW,
  settings: Settings = defaultSettings,
): Analysis {
  return analyze(text, 'test.yaml', settings, now ?? undefined);
}

/** The diagnostics of one code, with what each underlines. */
export function found(
  text: string,
  code: DiagnosticCode,
  now: number | null = NOW,
  settings?: Settings,
): Array<Diagnostic & { text: string }> {
  return analyzeAt(text, now, settings)
    .diagnostics.filter((d) => d.code === code)
    .map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
}

/** The text with the `index`th fix of a diagnostic applied. */
export function withFix(text: string, diagnostic: Diagnostic, index = 0): string {
  return applyEdits(text, diagnostic.fixes![index].edits);
}
