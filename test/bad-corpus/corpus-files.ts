// Where each corpus file is read from: committed ones from test/fixtures/bad/, generated ones
// written (with their companions) into one temporary folder made for the run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DiagnosticCode } from '../../src/core/diagnostic';
import { CORPUS, type CorpusEntry } from './manifest';

export interface CorpusFile {
  entry: CorpusEntry;
  /** The folder to run the CLI from (the workspace), and the file's path relative to it. */
  cwd: string;
  path: string;
  /** Absolute path. */
  absolute: string;
}

/** The corpus as files on disk; `dispose()` removes the generated ones. */
export function corpusFiles(root: string): { files: CorpusFile[]; dispose: () => void } {
  const generated = mkdtempSync(join(tmpdir(), 'runbook-bad-corpus-'));
  const files = CORPUS.map((entry): CorpusFile => {
    if (!entry.generate) {
      const path = `test/fixtures/bad/${entry.file}`;
      return { entry, cwd: root, path, absolute: join(root, path) };
    }
    writeFileSync(join(generated, entry.file), entry.generate());
    for (const [name, make] of Object.entries(entry.companions ?? {}))
      writeFileSync(join(generated, name), make());
    return {
      entry,
      cwd: generated,
      path: entry.file,
      absolute: join(generated, entry.file),
    };
  });
  return { files, dispose: () => rmSync(generated, { recursive: true, force: true }) };
}

export function readCorpusText(file: CorpusFile): string {
  return readFileSync(file.absolute, 'utf8');
}

/** What is wrong with a file's diagnostics, against its entry; empty when they are as expected. */
export function diagnosticProblems(
  entry: CorpusEntry,
  diagnostics: ReadonlyArray<{ code: string; message: string }>,
): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  for (const [code, expected] of Object.entries(entry.codes)) {
    const got = counts.get(code) ?? 0;
    if (expected === 'some' ? got === 0 : got !== expected)
      problems.push(`expected ${String(expected)} ${code}, got ${got}`);
  }
  for (const [code, got] of counts)
    if (!(code in entry.codes)) problems.push(`unexpected ${got} ${code as DiagnosticCode}`);
  if (entry.message && !diagnostics.some((d) => entry.message!.test(d.message)))
    problems.push(`no message matches ${String(entry.message)}`);
  if (entry.maxDiagnostics !== undefined && diagnostics.length > entry.maxDiagnostics)
    problems.push(`${diagnostics.length} diagnostics, more than ${entry.maxDiagnostics}`);
  return problems;
}

/** A stack trace or a JavaScript error's own words: never what a user should see. */
export const CRASH = /^\s+at .+:\d+:\d+\)?$|\b(TypeError|RangeError|ReferenceError|SyntaxError): /m;

/** Control characters that drive a terminal (ESC, BEL, NUL, …): never in text output. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Markup of the file's that an HTML page (or Markdown rendered with HTML on) would make live: any
 * tag the file writes, found verbatim in the output, or a `javascript:` link target.
 */
export function liveMarkup(
  fileText: string,
  output: string,
  format: 'html' | 'md',
): string | undefined {
  // A tag with what follows it in the file: the export's own `<style>` is not the file's.
  const tags = [
    ...(fileText.match(/<[a-z][^<>\n]{0,200}[\s=][^<>\n]{0,200}>/gi) ?? []),
    ...(fileText.match(/<\/?[a-z][^<>\n]{0,200}>[^<\n]{1,20}/gi) ?? []),
  ];
  for (const tag of tags) if (output.includes(tag)) return tag;
  // An escaped `\](` is text in every Markdown renderer, not a link.
  const link =
    format === 'md' ? /(?<!\\)\]\(\s*javascript:/i : /(href|src)\s*=\s*["']?\s*javascript:/i;
  return link.exec(output)?.[0];
}

/** The failures of one file's checks, each saying where it was seen. */
export function verdict(problems: readonly string[], where: string): string[] {
  return problems.map((p) => `${where}: ${p}`);
}
