import { analyze } from '../../../src/core/analyze';
import type { Analysis, LinkedRunbook, RunbookResolver } from '../../../src/core/analysis-types';
import type { Diagnostic, DiagnosticCode } from '../../../src/core/diagnostic';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import { applyEdits, lines } from '../helpers';
import { NOW } from './time-fixtures';

/**
 * A resolver fake: runbook texts by the path an announcement writes (`./x.runbook.yaml`), or a
 * ready answer (a LinkedRunbook of another status). Records what it was asked.
 */
export function resolverOf(
  runbooks: Record<string, string | LinkedRunbook>,
  asked: string[] = [],
): RunbookResolver {
  return (path) => {
    asked.push(path);
    const entry = runbooks[path];
    if (entry === undefined) return { status: 'not-found', path, message: `No file at "${path}".` };
    if (typeof entry !== 'string') return entry;
    return { status: 'found', path, analysis: analyze(entry, path, defaultSettings) };
  };
}

/** A runbook: its window lines (under `window:`), then other lines (steps, rollback…). */
export function runbookText(windowLines: string[], ...rest: string[]): string {
  return lines(
    'kind: runbook',
    'title: Upgrade',
    ...(windowLines.length > 0 ? ['window:', ...windowLines.map((line) => `  ${line}`)] : []),
    ...rest,
  );
}

/** An announcement of these lines, after `kind` and `title`. */
export function announcementText(...rows: string[]): string {
  return lines('kind: announcement', 'title: Maintenance', ...rows);
}

/** Analyses as a runbook or announcement (by `kind:`) at NOW, following links through `runbooks`. */
export function analyzeLinked(
  text: string,
  runbooks: Record<string, string | LinkedRunbook> = {},
  settings: Settings = defaultSettings,
): Analysis {
  return analyze(text, 'test.yaml', settings, NOW, resolverOf(runbooks));
}

/** The diagnostics of one code, with what each underlines. */
export function foundLinked(
  text: string,
  code: DiagnosticCode,
  runbooks: Record<string, string | LinkedRunbook> = {},
  settings?: Settings,
): Array<Diagnostic & { text: string }> {
  return analyzeLinked(text, runbooks, settings)
    .diagnostics.filter((d) => d.code === code)
    .map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
}

/** Every diagnostic as "code: message", for "lints clean" checks with readable failures. */
export function allMessages(
  text: string,
  runbooks: Record<string, string | LinkedRunbook> = {},
  settings?: Settings,
): string[] {
  return analyzeLinked(text, runbooks, settings).diagnostics.map((d) => `${d.code}: ${d.message}`);
}

/** The text with one fix of a diagnostic applied (the preferred one unless told). */
export function fixed(text: string, diagnostic: Diagnostic, title?: string): string {
  const fix = title
    ? diagnostic.fixes?.find((f) => f.title === title)
    : (diagnostic.fixes?.find((f) => f.preferred) ?? diagnostic.fixes?.[0]);
  if (!fix)
    throw new Error(
      `no fix${title ? ` "${title}"` : ''} among ${JSON.stringify(diagnostic.fixes?.map((f) => f.title))}`,
    );
  return applyEdits(text, fix.edits);
}
