import { resolve } from 'node:path';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/analysis-types';
import { defaultSettings } from '../core/settings';
import { DiskRunbooks, diskResolver } from '../file-access/disk-runbooks';
import { diagnosticLine, toJsonDiagnostic } from './diagnostic-output';
import type { Output } from './output';
import { readSourceText } from './source-file';

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
  const source = await readSourceText(file, cwd);
  if (!source.ok) {
    await err.line(`runbook: ${source.message}`);
    return undefined;
  }
  const analysis = analyze(
    source.text,
    file,
    defaultSettings,
    now,
    diskResolver(resolve(cwd, file), [cwd], defaultSettings, new DiskRunbooks()),
  );
  for (const diagnostic of analysis.diagnostics)
    await err.line(diagnosticLine(file, toJsonDiagnostic(diagnostic, analysis.lines)));
  return analysis.skipped ? undefined : analysis;
}
