import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyze } from '../core/analyze';
import { defaultSettings } from '../core/settings';
import { LineIndex } from '../core/text/line-index';
import { DiskRunbooks, diskResolver } from '../file-access/disk-runbooks';
import { diagnosticLine, toJsonDiagnostic, type JsonDiagnostic } from './diagnostic-output';
import { runbookFilesUnder } from './find-files';
import { NOW_VALUE, parseNowOption } from './now-option';
import { cannotRead, readSourceText } from './source-file';
import { parseOptions, UsageError } from './usage-error';
import type { Output } from './output';
import { onDisk } from './working-directory';

/** `runbook lint PATH… [--format text|json] [--now ISO]`, PATHs read from `cwd`. */
export async function lintCommand(
  args: string[],
  out: Output,
  err: Output,
  cwd: string,
): Promise<number> {
  const { positional, options } = parseOptions(args, { format: ['text', 'json'], now: NOW_VALUE });
  if (positional.length === 0) throw new UsageError('lint needs at least one file or folder');
  const now = parseNowOption(options.now);
  const files: string[] = [];
  let unreadable = false;
  for (const path of positional) {
    try {
      if ((await stat(onDisk(cwd, path))).isDirectory()) {
        // The walk's notes (links skipped) are printed after it, in walk order.
        const notes: string[] = [];
        const found = await runbookFilesUnder(path, cwd, (note) => notes.push(note));
        for (const file of found) files.push(file);
        for (const note of notes) await err.line(`runbook: ${note}`);
        if (found.length === 0) {
          // Likely a wrong folder or misnamed files: a silent "0 files checked" would pass CI.
          await err.line(
            `runbook: ${path} holds no *.runbook.yaml or *.announcement.yaml file to check`,
          );
          unreadable = true;
        }
      } else files.push(path);
    } catch (error) {
      await err.line(`runbook: ${cannotRead(path, error)}`);
      unreadable = true;
    }
  }
  const results: Array<{ file: string; diagnostics: JsonDiagnostic[] }> = [];
  // One cache for the run: a runbook linked by several announcements is read and analysed once.
  const disk = new DiskRunbooks();
  for (const file of files) {
    const source = await readSourceText(file, cwd);
    if (!source.ok) {
      await err.line(`runbook: ${source.message}`);
      unreadable = true;
      continue;
    }
    const index = new LineIndex(source.text);
    results.push({
      file,
      diagnostics: analyze(
        source.text,
        file,
        defaultSettings,
        now,
        diskResolver(resolve(cwd, file), [cwd], defaultSettings, disk),
      ).diagnostics.map((d) => toJsonDiagnostic(d, index)),
    });
  }
  if (options.format === 'json') await out.json(results);
  else await printText(results, out, err);
  if (unreadable) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** Compiler-style lines and a count on stderr. */
async function printText(
  results: Array<{ file: string; diagnostics: JsonDiagnostic[] }>,
  out: Output,
  err: Output,
): Promise<void> {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 } as Record<string, number>;
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      counts[d.severity]++;
      await out.line(diagnosticLine(file, d));
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  await err.line(
    `${plural(results.length, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info + counts.hint, 'note')}.`,
  );
}
