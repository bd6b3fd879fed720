import { analyze } from '../core/analyze';
import { previewData } from '../core/preview/preview-data';
import { previewText } from '../core/preview/preview-text';
import { defaultSettings } from '../core/settings';
import { diagnosticLine, toJsonDiagnostic } from './diagnostic-output';
import { NOW_VALUE, parseNowOption } from './now-option';
import { readSourceText } from './source-file';
import { parseOptions, UsageError } from './usage-error';

const FORMATS = ['text', 'json'] as const;
/** DESIGN.md's other preview formats, named in the usage error so nobody thinks they are typos. */
const PLANNED_FORMATS = ['md', 'html', 'ics', 'banner', 'statuspage'];

/**
 * `runbook preview FILE [--format text|json] [--now ISO]`: the window, estimate and audience zones.
 * The file's diagnostics go to stderr; a file with errors still previews what it can, and exits 1.
 */
export async function previewCommand(args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { positional, options } = parseOptions(args, { format: FORMATS.join(' or '), now: NOW_VALUE });
  if (positional.length !== 1) throw new UsageError(`preview takes one file, not ${positional.length}`);
  const format = previewFormat(options.format);
  const now = parseNowOption(options.now);
  const [file] = positional;
  const source = await readSourceText(file);
  if (!source.ok) {
    err(`runbook: ${source.message}`);
    return 2;
  }
  const analysis = analyze(source.text, file, defaultSettings, now);
  for (const diagnostic of analysis.diagnostics) err(diagnosticLine(file, toJsonDiagnostic(diagnostic, analysis.lines)));
  if (analysis.skipped) return 2;
  if (!analysis.kind) {
    err(`runbook: ${file} is neither a runbook nor an announcement: give it \`kind: runbook\` or \`kind: announcement\`, or a name ending in .runbook.yaml or .announcement.yaml`);
    return 2;
  }
  const data = previewData(analysis);
  out(format === 'json' ? JSON.stringify(data, null, 2) : previewText(analysis, data).join('\n'));
  return analysis.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

function previewFormat(format: string | undefined): (typeof FORMATS)[number] {
  const known = FORMATS.find((f) => f === (format ?? 'text'));
  if (known) return known;
  if (PLANNED_FORMATS.includes(format!)) throw new UsageError(`preview --format ${format} is not available yet: this version previews as text or json (${PLANNED_FORMATS.join(', ')} are planned)`);
  throw new UsageError(`--format must be text or json, not "${format}"`);
}
