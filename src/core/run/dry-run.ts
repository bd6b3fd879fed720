import type { Analysis } from '../analysis-types';
import { formatDuration, formatDurationRange } from '../duration';
import { localTime } from '../time/conversion';
import { formatLocalDateTime } from '../time/format';
import { msToSeconds, secondsToMs } from '../time/units';
import { RunFrame } from './run-frame';
import type { RunPlan } from './run-types';

/** Steps listed in full; a larger runbook's rest is counted (the text stays readable and bounded). */
const LISTED_STEPS = 200;

/**
 * What `--dry-run` and Runbook: Dry Run show: each step's clock time if the run started `now`
 * (by the high estimates), the ETA against the window and the go/no-go, and every command that
 * may run. Nothing is run.
 */
export function dryRunText(plan: RunPlan, analysis: Analysis, now: number): string[] {
  const frame = RunFrame.of(plan, now);
  const zone = plan.zone ?? 'UTC';
  const clock = (ms: number) => formatLocalDateTime(localTime(ms, zone)).slice(11);
  const lines = [`Dry run of ${plan.title ?? plan.runbookId} (${plan.file}): nothing is run.`];
  if (frame.rehearsal) lines.push(frame.rehearsalText());
  else lines.push(`Inside the window: times count from its start, ${frame.clock(frame.anchor)}.`);
  const timings = new Map(analysis.plan?.timings.map((t) => [t.index, t]));
  const rows = plan.steps.slice(0, LISTED_STEPS).map((step) => {
    const timing = timings.get(step.index);
    const start = timing ? clock(frame.anchor + secondsToMs(timing.start.high)) : '?';
    const end = timing ? clock(frame.anchor + secondsToMs(timing.end.high)) : '?';
    const estimate = step.estimate ? formatDurationRange(step.estimate) : 'no estimate';
    const planned = step.planned !== undefined ? formatDuration(step.planned) : '—';
    const commands = (['run', 'verify', 'rollback'] as const).filter((p) => step[p] !== undefined);
    const what = step.run === undefined ? ['manual', ...commands] : commands;
    return [step.id, start, end, estimate, planned, what.join(', ')];
  });
  lines.push('', ...table(['Step', 'Starts', 'Ends', 'Estimate', 'Planned', 'Does'], rows));
  if (plan.steps.length > LISTED_STEPS)
    lines.push(`… and ${plan.steps.length - LISTED_STEPS} more steps`);
  lines.push('', ...eta(plan, analysis, frame));
  lines.push('', 'Commands that may run (each step: run, then verify; rollback only if asked):');
  for (const step of plan.steps.slice(0, LISTED_STEPS))
    for (const phase of ['run', 'verify', 'rollback'] as const) {
      const command = step[phase];
      if (command !== undefined) lines.push(`  ${step.id} ${phase}: ${command}`);
    }
  return lines;
}

function eta(plan: RunPlan, analysis: Analysis, frame: RunFrame): string[] {
  const high = analysis.plan?.estimate.high;
  if (high === undefined) return [];
  const end = frame.anchor + secondsToMs(high);
  const lines = [`ETA ${frame.clock(end)} by the high estimates (${formatDuration(high)}).`];
  if (frame.end !== undefined)
    lines.push(`  Window ends ${frame.clock(frame.end)}: ${margin(end, frame.end)}.`);
  if (frame.deadline !== undefined)
    lines.push(`  Go/no-go ${frame.clock(frame.deadline)}: ${margin(end, frame.deadline)}.`);
  if (plan.rollbackEstimate !== undefined)
    lines.push(`  Rolling back takes about ${formatDuration(plan.rollbackEstimate)}.`);
  return lines;
}

function margin(end: number, limit: number): string {
  const seconds = msToSeconds(limit - end);
  return seconds >= 0
    ? `${formatDuration(seconds)} to spare`
    : `over by ${formatDuration(-seconds)}`;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, column) =>
    rows.reduce((width, row) => Math.max(width, row[column].length), h.length),
  );
  return [header, ...rows].map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  );
}
