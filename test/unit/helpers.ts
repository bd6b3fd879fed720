import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analysis-types';
import type { Diagnostic, DiagnosticCode } from '../../src/core/diagnostic';
import type { Settings } from '../../src/core/settings';

/** A fixture with `|` marking the cursor: `estimate: 3|0m` → the text without it and the offset. */
export function cursor(fixture: string): { text: string; offset: number } {
  const offset = fixture.indexOf('|');
  if (offset < 0 || fixture.indexOf('|', offset + 1) >= 0)
    throw new Error(`fixture needs exactly one "|": ${fixture}`);
  return { text: fixture.slice(0, offset) + fixture.slice(offset + 1), offset };
}

/** Lines joined with `\n`, so fixtures read as the file would. */
export function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`;
}

/** A runbook with the given lines under `steps:`. */
export function runbook(...stepLines: string[]): string {
  return lines('kind: runbook', 'title: Upgrade', 'steps:', ...stepLines);
}

/** Analyses a text as `test.runbook.yaml` unless told otherwise. */
export function analyzeText(
  text: string,
  fileName = 'test.runbook.yaml',
  settings?: Settings,
): Analysis {
  return analyze(text, fileName, settings);
}

/** `[code, text the range covers]` for each diagnostic: ranges are checked by what they underline. */
export function codesAndText(analysis: Analysis): Array<[DiagnosticCode, string]> {
  return analysis.diagnostics.map((d) => [d.code, analysis.text.slice(d.start, d.end)]);
}

/** The diagnostics of one code. */
export function withCode(analysis: Analysis, code: DiagnosticCode): Diagnostic[] {
  return analysis.diagnostics.filter((d) => d.code === code);
}

/** What each diagnostic of one code underlines, when `text` is analysed. */
export function codeTexts(text: string, code: DiagnosticCode, fileName?: string): string[] {
  const analysis = analyzeText(text, fileName);
  return withCode(analysis, code).map((d) => text.slice(d.start, d.end));
}

/** The text after applying edits (given in offsets of the original text). */
export function applyEdits(
  text: string,
  edits: ReadonlyArray<{ start: number; end: number; newText: string }>,
): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce(
      (result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end),
      text,
    );
}

/** The repository root, found from the built test file wherever the bundle puts it. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(`${dir}/package.json`)) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/**
 * A view of `array` that counts how many of its elements are read, to show that a lookup reads a
 * few of 100,000 (a binary search), not all of them, without timing anything.
 */
export function countingReads<T>(array: T[]): { view: T[]; reads: () => number } {
  let reads = 0;
  const view = new Proxy(array, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { view, reads: () => reads };
}
