import { relative } from 'node:path';
import type { Analysis } from '../core/analysis-types';
import { scheduleData } from '../core/schedule/schedule-data';
import { scheduleText } from '../core/schedule/schedule-text';
import { scalarOf } from '../core/yaml/tree';
import { readFileForCommand } from './analyze-file';
import { diagnosticLine, toJsonDiagnostic, type JsonDiagnostic } from './diagnostic-output';
import { NOW_VALUE, parseNowOption } from './now-option';
import type { Output } from './output';
import { parseOptions, UsageError } from './usage-error';

/**
 * `runbook schedule FILE [--format text|json] [--now ISO]`: when each step of a runbook starts and
 * ends, from the window's opening and on the clock, the critical path and the phases; for an
 * announcement, those of the runbook it links. As with `preview`, the file's diagnostics go to
 * stderr and a file with errors still schedules what it can, exiting 1.
 */
export async function scheduleCommand(
  args: string[],
  out: Output,
  err: Output,
  cwd: string,
): Promise<number> {
  const { positional, options } = parseOptions(args, { format: ['text', 'json'], now: NOW_VALUE });
  if (positional.length !== 1)
    throw new UsageError(`schedule takes one runbook file, not ${positional.length}`);
  const now = parseNowOption(options.now);
  const [file] = positional;
  // With --format json, stdout is JSON whatever happens: the schedule, or why there is none.
  const failed = async (message: string, diagnostics: JsonDiagnostic[]) => {
    if (options.format === 'json') await out.json(scheduleError(file, message, diagnostics));
  };
  const read = await readFileForCommand(file, now, err, cwd);
  if (!read.ok) {
    await failed(read.message, read.diagnostics);
    return 2;
  }
  const { analysis } = read;
  const hasErrors = analysis.diagnostics.some((d) => d.severity === 'error');
  // An announcement is scheduled by the runbook it links: that is where the steps are.
  const linked =
    analysis.kind === 'announcement' && analysis.linked?.status === 'found'
      ? analysis.linked
      : undefined;
  const runbook = linked ? linked.analysis : analysis;
  if (runbook.kind !== 'runbook' || !runbook.plan) {
    const why = `${file} ${nothingToSchedule(analysis)}`;
    await err.line(`runbook: ${why}`);
    await failed(
      why,
      analysis.diagnostics.map((d) => toJsonDiagnostic(d, analysis.lines)),
    );
    return analysis.kind === 'announcement' && hasErrors ? 1 : 2;
  }
  if (linked) {
    const path = relative(cwd, linked.path);
    await err.line(`runbook: note: ${file} is an announcement; scheduling its runbook, ${path}`);
    for (const diagnostic of runbook.diagnostics)
      await err.line(diagnosticLine(path, toJsonDiagnostic(diagnostic, runbook.lines)));
  }
  if (options.format === 'json') {
    await out.json(scheduleData(runbook, runbook.plan));
  } else {
    const title = scalarOf(runbook.parsed.root, 'title')?.value;
    await out.lines(
      scheduleText(runbook, runbook.plan, typeof title === 'string' ? title : undefined),
    );
  }
  return hasErrors || runbook.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/**
 * `schedule --format json`'s answer when there is nothing to schedule (docs/cli.md): the reason
 * stderr gives, and the file's diagnostics as `lint --format json` gives them.
 */
function scheduleError(file: string, message: string, diagnostics: JsonDiagnostic[]) {
  return { error: { message, file, diagnostics } };
}

/** Why there is nothing to schedule, and what to do instead. */
function nothingToSchedule(analysis: Analysis): string {
  if (analysis.kind !== 'announcement')
    return 'is not a runbook: give it `kind: runbook`, or a name ending in .runbook.yaml';
  if (analysis.linked)
    return 'is an announcement whose runbook cannot be read (see above): there are no steps to schedule';
  return 'is an announcement without `runbook:`: only a runbook has steps to schedule';
}
