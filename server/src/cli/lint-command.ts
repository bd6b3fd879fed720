import { readFile, stat } from 'node:fs/promises';
import { analyze } from '../core/analyze';
import { defaultSettings } from '../core/settings';
import { parseDateTimeText, wallClockAsUtc } from '../core/time/date-time-text';
import type { Diagnostic } from '../core/diagnostic';
import { LineIndex } from '../core/text/line-index';
import { runbookFilesUnder } from './find-files';
import { parseOptions, UsageError } from './usage-error';

/** One entry of the JSON contract (DESIGN.md): 1-based lines and columns. */
interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** `runbook lint PATH… [--format text|json] [--now ISO]`. */
export async function lintCommand(args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { positional, options } = parseOptions(args, { format: ['text', 'json'], now: '<ISO date-time with offset>' });
  if (positional.length === 0) throw new UsageError('lint needs at least one file or folder');
  const now = options.now === undefined ? Date.now() : parseNow(options.now);
  const files: string[] = [];
  let unreadable = false;
  for (const path of positional) {
    try {
      files.push(...((await stat(path)).isDirectory() ? await runbookFilesUnder(path) : [path]));
    } catch (error) {
      err(`runbook: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      unreadable = true;
    }
  }
  const results: Array<{ file: string; diagnostics: JsonDiagnostic[] }> = [];
  for (const file of files) {
    let text: string;
    try {
      // Invalid UTF-8 is decoded to U+FFFD, which the yaml-syntax rule reports, as in the editor.
      text = new TextDecoder('utf-8').decode(await readFile(file));
    } catch (error) {
      err(`runbook: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      unreadable = true;
      continue;
    }
    const index = new LineIndex(text);
    results.push({ file, diagnostics: analyze(text, file, defaultSettings, now).diagnostics.map((d) => toJson(d, index)) });
  }
  if (options.format === 'json') out(JSON.stringify(results, null, 2));
  else printText(results, out, err);
  if (unreadable) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** `--now 2026-07-19T08:00:00Z`: the present for `start-in-past`, so that CI output does not change with the day. */
function parseNow(text: string): number {
  const parsed = parseDateTimeText(text);
  if (!parsed.ok || parsed.value.offset === undefined) throw new UsageError(`--now must be an ISO date-time with an offset, like 2026-07-19T08:00:00Z, not "${text}"`);
  return wallClockAsUtc(parsed.value) - parsed.value.offset * 60_000;
}

function toJson(diagnostic: Diagnostic, index: LineIndex): JsonDiagnostic {
  const start = index.at(diagnostic.start);
  const end = index.at(diagnostic.end);
  return { code: diagnostic.code, severity: diagnostic.severity, message: diagnostic.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Compiler-style lines, `file:line:col severity code message`, and a count on stderr. */
function printText(results: Array<{ file: string; diagnostics: JsonDiagnostic[] }>, out: (text: string) => void, err: (text: string) => void): void {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 } as Record<string, number>;
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      counts[d.severity]++;
      out(`${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  err(`${plural(results.length, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info + counts.hint, 'note')}.`);
}
