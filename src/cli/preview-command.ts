import { EXPORT_FORMATS, ExportError, exportAs, type ExportFormat } from '../core/export/index';
import { previewModel } from '../core/preview/preview-model';
import { analyzeFileForCommand } from './analyze-file';
import { takeFlag, writeExport } from './export-output';
import { NOW_VALUE, parseNowOption } from './now-option';
import type { Output } from './output';
import { parseOptions, UsageError } from './usage-error';

/**
 * `runbook preview FILE [--format text|md|html|tweet|ics|banner|statuspage|json] [--out FILE [--force]] [--now ISO]`:
 * the file exported in one format (text by default), to stdout or to a new file. The file's
 * diagnostics go to stderr; a file with errors still exports what it can, and exits 1.
 */
export async function previewCommand(
  args: string[],
  out: Output,
  err: Output,
  cwd: string,
): Promise<number> {
  const force = takeFlag(args, '--force');
  const { positional, options } = parseOptions(force.rest, {
    format: EXPORT_FORMATS.join(' or '),
    out: '<file>',
    now: NOW_VALUE,
  });
  if (positional.length !== 1)
    throw new UsageError(`preview takes one file, not ${positional.length}`);
  if (force.present && options.out === undefined)
    throw new UsageError('--force only goes with --out FILE');
  const format = previewFormat(options.format);
  const now = parseNowOption(options.now);
  const [file] = positional;
  const analysis = await analyzeFileForCommand(file, now, err, cwd);
  if (!analysis) return 2;
  if (!analysis.kind) {
    await err.line(
      `runbook: ${file} is neither a runbook nor an announcement: give it \`kind: runbook\` or \`kind: announcement\`, or a name ending in .runbook.yaml or .announcement.yaml`,
    );
    return 2;
  }
  const exitCode = analysis.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  let text: string;
  try {
    text = exportAs(previewModel(analysis), format).text;
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    await err.line(`runbook: cannot export ${file} as ${format}: ${error.message}`);
    return 1;
  }
  if (options.out === undefined) {
    // Written in pieces as it is; the prompt after it needs the last line ended.
    await out.text(text.endsWith('\n') ? text : `${text}\n`);
    return exitCode;
  }
  const written = await writeExport(options.out, text, force.present, cwd);
  if (!written.ok) {
    await err.line(`runbook: ${written.message}`);
    return 2;
  }
  await out.line(`Wrote ${options.out} (${format})`);
  return exitCode;
}

function previewFormat(format: string | undefined): ExportFormat {
  const known = EXPORT_FORMATS.find((f) => f === (format ?? 'text'));
  if (known) return known;
  throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
}
