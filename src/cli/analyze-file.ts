import { resolve } from 'node:path';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/analysis-types';
import { defaultSettings } from '../core/settings';
import { DiskRunbooks, diskResolver } from '../file-access/disk-runbooks';
import { diagnosticLine, toJsonDiagnostic, type JsonDiagnostic } from './diagnostic-output';
import type { Output } from './output';
import { readSourceText } from './source-file';

/** The file a command works on, analysed; or why there is nothing to work on, and its diagnostics. */
export type FileForCommand =
  { ok: true; analysis: Analysis } | { ok: false; message: string; diagnostics: JsonDiagnostic[] };

/**
 * Reads and analyses the one file a command works on (`preview`, `schedule`), following its
 * `runbook:` link within the current directory (`cwd`), and prints its diagnostics to stderr as lint does.
 * Undefined when there is nothing to work on (the file cannot be read, or is too large): the
 * command then exits 2, the reason already printed.
 */
export async function analyzeFileForCommand(
  file: string,
  now: number | undefined,
  err: Output,
  cwd: string,
): Promise<Analysis | undefined> {
  const result = await readFileForCommand(file, now, err, cwd);
  return result.ok ? result.analysis : undefined;
}

/** analyzeFileForCommand, saying why when there is nothing to work on (for a JSON answer). */
export async function readFileForCommand(
  file: string,
  now: number | undefined,
  err: Output,
  cwd: string,
): Promise<FileForCommand> {
  const source = await readSourceText(file, cwd);
  if (!source.ok) {
    await err.line(`runbook: ${source.message}`);
    return { ok: false, message: source.message, diagnostics: [] };
  }
  const analysis = analyze(
    source.text,
    file,
    defaultSettings,
    now,
    diskResolver(resolve(cwd, file), [cwd], defaultSettings, new DiskRunbooks()),
  );
  const diagnostics = analysis.diagnostics.map((d) => toJsonDiagnostic(d, analysis.lines));
  for (const diagnostic of diagnostics) await err.line(diagnosticLine(file, diagnostic));
  if (!analysis.skipped) return { ok: true, analysis };
  // Skipped means too large to read: the one diagnostic says so.
  return { ok: false, message: diagnostics[0]?.message ?? `${file} is not read`, diagnostics };
}
