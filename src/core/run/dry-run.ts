// A dry run: what a run would do and when, without running anything. Shared by VS Code's
// Runbook: Dry Run and the CLI's `run --dry-run`.
import type { Analysis } from '../analysis-types';
import { formatDuration, formatDurationRange, type DurationRange } from '../duration';
import { localTime } from '../time/conversion';
import { formatLocalDateTime } from '../time/format';
import { msToSeconds, secondsToMs } from '../time/units';
import { RunFrame } from './run-frame';
import type { RunPlan, RunStep } from './run-types';

/** Clock times in the plan's zone, the date written only where it is not the anchor's. */
class Clock {
  private readonly day: string;
  constructor(
    readonly zone: string,
    anchor: number,
  ) {
    this.day = localTime(anchor, zone).date;
  }
  /** "2027-01-16 22:00". */
  full(ms: number): string {
    return formatLocalDateTime(localTime(ms, this.zone));
  }
  /** "22:00", or "2027-01-17 00:30" on another day. */
  short(ms: number): string {
    const local = localTime(ms, this.zone);
    const text = formatLocalDateTime(local);
    return local.date === this.day ? text.slice(local.date.length + 1) : text;
  }
}

/**
 * The plan as lines of text: the window and the go/no-go deadline, each step with when it starts
 * (T+ from the window's start, from `now` without a window, and as a clock time), its estimate and
 * planned time and the commands it would run, then the estimated end against the window's end and
 * the deadline. Only `run`, `verify` and `rollback` are shown as commands: nothing else is run.
 */
export function dryRunText(plan: RunPlan, analysis: Analysis, now: number): string[] {
  const anchor = plan.windowStart ?? now;
  const clock = new Clock(plan.zone ?? 'UTC', anchor);
  const deadline =
    plan.deadlineAfter === undefined ? undefined : anchor + secondsToMs(plan.deadlineAfter);
  const lines = [
    `Dry run of ${plan.title ?? plan.runbookId} (${plan.file}): nothing is run.`,
    ...frameLines(plan, now, clock, deadline),
    '',
    `Steps (T+ from the ${plan.windowStart === undefined ? 'run’s start' : 'window’s start'}, times in ${clock.zone}):`,
  ];
  const timings = new Map(analysis.plan?.timings.map((timing) => [timing.index, timing]));
  for (const step of plan.steps) {
    const start = timings.get(step.index)?.start;
    // A loop, not push(...): a step's command may have more lines than a call takes arguments.
    for (const line of stepLines(step, start && startText(anchor, start, clock))) lines.push(line);
  }
  const estimate = analysis.plan?.estimate;
  if (!estimate) return lines;
  const end = anchor + secondsToMs(estimate.high);
  lines.push('', `Estimated end: ${clock.short(end)} (estimate ${formatDurationRange(estimate)}).`);
  if (plan.windowEnd !== undefined)
    lines.push(verdict(end, plan.windowEnd, 'the window’s end', clock));
  if (deadline !== undefined) lines.push(verdict(end, deadline, 'the go/no-go deadline', clock));
  return lines;
}

function frameLines(
  plan: RunPlan,
  now: number,
  clock: Clock,
  deadline: number | undefined,
): string[] {
  if (plan.windowStart === undefined)
    return ['No window: times count from the run’s start, and no deadline applies.'];
  const end = plan.windowEnd === undefined ? '' : ` to ${clock.short(plan.windowEnd)}`;
  const lines = [`Window: ${clock.full(plan.windowStart)}${end} ${clock.zone}.`];
  if (deadline !== undefined) {
    const rollback =
      plan.rollbackEstimate === undefined
        ? ''
        : ` (a rollback takes ${formatDuration(plan.rollbackEstimate)})`;
    lines.push(`Go/no-go deadline: ${clock.short(deadline)}${rollback}.`);
  }
  if (RunFrame.of(plan, now).rehearsal)
    lines.push(
      `Started now (${clock.full(now)}), a run would be a rehearsal: its window’s end and deadline would count from its own start.`,
    );
  return lines;
}

function startText(anchor: number, range: DurationRange, clock: Clock): string {
  const low = clock.short(anchor + secondsToMs(range.low));
  const high = clock.short(anchor + secondsToMs(range.high));
  return `T+${formatDurationRange(range)} (${low === high ? low : `${low} to ${high}`})`;
}

function stepLines(step: RunStep, start: string | undefined): string[] {
  const title = step.title === undefined ? '' : ` — ${step.title}`;
  const timing = [
    start === undefined ? 'not scheduled' : `starts ${start}`,
    step.estimate ? `estimate ${formatDurationRange(step.estimate)}` : 'no estimate',
    ...(step.planned === undefined ? [] : [`planned ${formatDuration(step.planned)}`]),
  ].join(', ');
  const lines = [`${step.index + 1}. ${step.id}${title}`, `   ${timing}`];
  if (step.run === undefined) lines.push('   manual: someone marks it done');
  for (const phase of ['run', 'verify', 'rollback'] as const) {
    const command = step[phase];
    if (command === undefined) continue;
    // A block scalar's lines stay under their field.
    command
      .trimEnd()
      .split('\n')
      .forEach((line, i) => lines.push(i === 0 ? `   ${phase}: ${line}` : `      ${line}`));
  }
  return lines;
}

function verdict(end: number, limit: number, what: string, clock: Clock): string {
  if (end <= limit) return `✓ Before ${what}, ${clock.short(limit)}.`;
  return `✗ After ${what}, ${clock.short(limit)}, by ${formatDuration(msToSeconds(end - limit))}.`;
}
