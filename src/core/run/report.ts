// The run report: what a run did, written as Markdown beside its journal when it ends, for the
// people who ran it and for the next plan. Built from the plan and the journal's events alone.
import { formatDuration } from '../duration';
import { markdownLine } from '../text/markdown';
import { localTime } from '../time/conversion';
import { formatLocalDateTime } from '../time/format';
import { msToSeconds, secondsToMs } from '../time/units';
import type { JournalEvent } from './journal-events';
import { adviceLines } from './report-advice';
import { instantOf, runFacts, stepOutcome, type RunFacts } from './report-facts';
import { decisionLines, stepTable, warningLines, type ReportClock } from './report-lists';
import type { RunOutcome, RunPlan, StepState } from './run-types';

export interface RunReportOptions {
  /** The IANA zone the report's times are written in; the plan's zone (the window's) by default, else UTC. */
  zone?: string;
}

const OUTCOME_TEXT: Record<RunOutcome, string> = {
  done: '**done**: every step done or skipped',
  aborted: '**aborted**: the run stopped before every step was done',
  'rolled-back': '**rolled back**',
  stopped: '**stopped**: the journal could not be written, so nothing more was started',
};
const NO_END =
  '**stopped**: the journal has no end (the run stopped when its journal could not be written, or had not ended)';

/** The order outcomes are counted in. */
const OUTCOMES: readonly StepState[] = [
  'done',
  'failed',
  'skipped',
  'rolled-back',
  'interrupted',
  'pending',
];

/**
 * The report of a run that ended (done, aborted, rolled back, or stopped): who ran what and when,
 * the outcome, each step's estimate, planned and actual time, outcome and attempts, the whole
 * against the window and the go/no-go deadline, the warnings and decisions, and what to change
 * next time. Ids, titles and messages are escaped; lists are bounded (200 steps in full, then a
 * count). Linear in the events and the steps.
 */
export function runReport(
  plan: RunPlan,
  events: readonly JournalEvent[],
  options: RunReportOptions = {},
): string {
  const facts = runFacts(plan, events);
  const zone = usableZone(options.zone ?? plan.zone);
  const clock: ReportClock = (ms) => formatLocalDateTime(localTime(ms, zone));
  const startedAt = facts.started && instantOf(facts.started.at);
  const endedAt = facts.ended ? (instantOf(facts.ended.at) ?? facts.lastAt) : facts.lastAt;
  const anchor = facts.started?.anchor ?? startedAt;
  const elapsed =
    anchor !== undefined && endedAt !== undefined ? Math.max(0, endedAt - anchor) : undefined;
  const full = (ms: number | undefined) => (ms === undefined ? 'unknown' : `${clock(ms)} ${zone}`);
  const title = plan.title ?? facts.started?.runbook.title ?? plan.runbookId;
  return [
    `# Run report: ${markdownLine(title)}`,
    '',
    `- Runbook: ${markdownLine(facts.started?.runbook.path ?? plan.file, 300)} (id ${markdownLine(plan.runbookId, 100)})`,
    `- Run: ${markdownLine(facts.started?.runId ?? 'unknown', 100)}`,
    ...whoLines(facts, full),
    `- Started: ${full(startedAt)}`,
    `- Ended: ${full(endedAt)}${facts.ended ? '' : ' (the last event in the journal)'}`,
    `- Outcome: ${facts.ended ? OUTCOME_TEXT[facts.ended.outcome] : NO_END} (${counts(facts)})`,
    '',
    '## Time',
    '',
    timeText(plan, facts.ended?.outcome === 'done', elapsed, anchor),
    '',
    '## Steps',
    '',
    ...stepTable(plan, facts),
    '',
    `## Warnings (times in ${zone})`,
    '',
    ...warningLines(facts, clock),
    '',
    `## Decisions (times in ${zone})`,
    '',
    ...decisionLines(facts, clock),
    '',
    '## What to change next time',
    '',
    ...nextTime(adviceLines(plan, facts, elapsed)),
    '',
  ].join('\n');
}

/** The zone to write times in: a name luxon does not know (a typo in an option) falls back to UTC. */
function usableZone(zone: string | undefined): string {
  if (zone === undefined) return 'UTC';
  try {
    localTime(0, zone);
    return zone;
  } catch {
    return 'UTC';
  }
}

/** Resumes are few (a person starts each), but a journal is user data: at most this many are listed. */
const MAX_RESUMES = 20;

function whoLines(facts: RunFacts, full: (ms: number | undefined) => string): string[] {
  const who = (user: string, host: string) =>
    `${markdownLine(user, 100)} on ${markdownLine(host, 100)}`;
  const lines = facts.started ? [`- By: ${who(facts.started.user, facts.started.host)}`] : [];
  for (const resume of facts.resumes.slice(0, MAX_RESUMES))
    lines.push(`- Resumed: by ${who(resume.user, resume.host)} at ${full(instantOf(resume.at))}`);
  if (facts.resumes.length > MAX_RESUMES)
    lines.push(`- … and ${facts.resumes.length - MAX_RESUMES} more resumes`);
  return lines;
}

/** "3 done, 1 skipped". */
function counts(facts: RunFacts): string {
  const tally = new Map<StepState, number>();
  for (const step of facts.steps) {
    const outcome = stepOutcome(step.state);
    tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
  }
  const parts = OUTCOMES.flatMap((outcome) => {
    const count = tally.get(outcome);
    return count ? [`${count} ${outcome}`] : [];
  });
  return parts.length > 0 ? parts.join(', ') : 'no steps';
}

/**
 * "Finished 12m after the start; window 1h: 48m to spare; deadline 40m: met." The start is the
 * frame's (the window's start, or the run's own for a rehearsal or a late start), as in the run.
 */
function timeText(
  plan: RunPlan,
  finished: boolean,
  elapsed: number | undefined,
  anchor: number | undefined,
): string {
  if (elapsed === undefined) return 'The journal does not say when the run started or ended.';
  const parts = [`${finished ? 'Finished' : 'Ended'} ${duration(elapsed)} after the start`];
  const { windowStart, windowEnd, deadlineAfter } = plan;
  if (windowStart !== undefined && windowEnd !== undefined) {
    const length = windowEnd - windowStart;
    parts.push(`window ${duration(length)}: ${against(length, elapsed, 'to spare')}`);
  } else {
    parts.push('no window to measure against');
  }
  if (deadlineAfter !== undefined)
    parts.push(
      `deadline ${formatDuration(deadlineAfter)}: ${against(secondsToMs(deadlineAfter), elapsed, 'met')}`,
    );
  const rehearsal =
    windowStart !== undefined && anchor !== undefined && anchor !== windowStart
      ? " The run started outside its window (a rehearsal or a late start), so the window and the deadline are counted from the run's start."
      : '';
  return `${parts.join('; ')}.${rehearsal}`;
}

/** "48m to spare" / "met", or "passed by 3m". */
function against(limitMs: number, elapsedMs: number, within: string): string {
  if (elapsedMs > limitMs) return `passed by ${duration(elapsedMs - limitMs)}`;
  return within === 'met' ? 'met' : `${duration(limitMs - elapsedMs)} ${within}`;
}

function duration(ms: number): string {
  return formatDuration(msToSeconds(ms));
}

function nextTime(lines: string[]): string[] {
  return lines.length > 0
    ? lines
    : ['Nothing: no step took longer than its estimate, and the run fit its window.'];
}
