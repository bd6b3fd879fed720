import type { Analysis } from '../analysis-types';
import { formatDurationRange } from '../duration';
import { lowerBoundNotes, planSummary, summaryLine } from '../features/plan-summary';
import { endsLowerBound, type Plan } from '../plan/plan';
import { formatTextTable } from '../preview/text-table';
import { windowLines } from '../preview/window-text';
import {
  clockRange,
  clockRangeAtLeast,
  clockReference,
  formatElapsedRange,
  tPlusAtLeast,
  type ClockReference,
} from './elapsed';

const INDENT = '        ';

/**
 * `runbook schedule FILE` as text: the window, a table of steps (critical ones marked `*`) with
 * their start and end from the window's opening and on the clock in its zone (24h, the weekday
 * when the day changes), the phases users feel, and the sum against the window.
 */
export function scheduleText(analysis: Analysis, plan: Plan, title: string | undefined): string[] {
  // The table is the reference beside the announcement: 24h whatever the file's time_format says.
  const reference = clockReference(analysis);
  const clock = reference && { ...reference, format: '24h' as const };
  // Appended with concat, not push(...): one argument per step would overflow on long runbooks.
  let lines = [title ?? 'Untitled runbook', ...windowText(analysis), ''].concat(
    stepTable(analysis, plan, clock),
  );
  lines.push(
    clock ? `* on the critical path; clock times in ${clock.zone}` : '* on the critical path',
  );
  const unschedulable = plan.unschedulable.map((index) => stepName(analysis, index));
  if (unschedulable.length > 0)
    lines.push(`Not scheduled (in or after a dependency cycle): ${unschedulable.join(', ')}`);
  if (plan.phases.length > 0) lines = lines.concat('', 'Phases', phaseLines(analysis, plan, clock));
  const summary = planSummary(analysis);
  if (summary) {
    lines.push(
      '',
      `Critical path: ${plan.criticalPath.map((index) => stepName(analysis, index)).join(' → ')}`,
      summaryLine(summary),
      ...lowerBoundNotes(summary),
    );
  }
  return lines;
}

function windowText(analysis: Analysis): string[] {
  const window = analysis.window;
  if (window?.startMs === undefined || !window.primaryZone)
    return ['Window: no valid start and zone, so times are from the opening only'];
  const [own, ...utc] = windowLines(window.startMs, window.endMs, window.primaryZone, '24h');
  return [`Window: ${own}`, ...utc.map((line) => `${INDENT}${line}`)];
}

function stepTable(analysis: Analysis, plan: Plan, clock: ClockReference | undefined): string[] {
  const headers = [
    '',
    'Step',
    'Impact',
    'Estimate',
    'Starts',
    'Ends',
    ...(clock ? ['Starts at', 'Ends at'] : []),
  ];
  const rows = plan.timings.map((timing) => {
    const step = analysis.steps[timing.index];
    return [
      timing.critical ? '*' : '',
      stepName(analysis, timing.index),
      step.impact ?? '',
      timing.estimate ? formatDurationRange(timing.estimate) : 'none',
      tPlusAtLeast(timing.start, timing.startLowerBound),
      tPlusAtLeast(timing.end, endsLowerBound(timing)),
      ...(clock
        ? [
            clockRangeAtLeast(clock, timing.start, timing.startLowerBound),
            clockRangeAtLeast(clock, timing.end, endsLowerBound(timing)),
          ]
        : []),
    ];
  });
  return formatTextTable({ headers, rows });
}

/** "outage    T+0:00–0:30..1:00  10:00–10:30..11:00  copy-databases". */
function phaseLines(analysis: Analysis, plan: Plan, clock: ClockReference | undefined): string[] {
  const rows = plan.phases.map((phase) => [
    phase.impact,
    `T+${formatElapsedRange(phase.start)}–${formatElapsedRange(phase.end)}`,
    ...(clock ? [`${clockRange(clock, phase.start)}–${clockRange(clock, phase.end)}`] : []),
    phase.steps.map((index) => stepName(analysis, index)).join(', '),
  ]);
  // No header row: the words say what they are.
  return formatTextTable({ headers: rows[0].map(() => ''), rows })
    .slice(1)
    .map((line) => `  ${line}`);
}

function stepName(analysis: Analysis, index: number): string {
  return analysis.steps[index]?.id?.id ?? `step ${index + 1}`;
}
