// The report's lists: the step table, the warnings and the decisions, each bounded, so that a run
// of 10,000 steps (or one that warned at every step) still gives a report a person can read.
import { formatDuration, formatDurationRange } from '../duration';
import { markdownLine } from '../text/markdown';
import { msToSeconds } from '../time/units';
import type { DecisionEvent } from './journal-events';
import { instantOf, stepOutcome, type RunFacts } from './report-facts';
import type { RunPlan } from './run-types';

/** Steps listed in full; the rest are counted. */
export const MAX_STEP_ROWS = 200;
/** Warnings and decisions listed in full, each; the rest are counted. */
export const MAX_LIST_ITEMS = 200;

/** An instant as the report writes it in lists ("2026-07-19 08:40"), in the report's zone. */
export type ReportClock = (ms: number) => string;

const NONE = '—';

/** The step table: estimate, planned time, actual time, outcome and attempts, in file order. */
export function stepTable(plan: RunPlan, facts: RunFacts): string[] {
  const rows = [
    '| # | Step | Estimate | Planned | Actual | Outcome | Attempts |',
    '|---:|---|---|---|---|---|---:|',
  ];
  const listed = Math.min(plan.steps.length, MAX_STEP_ROWS);
  for (let index = 0; index < listed; index++) {
    const step = plan.steps[index];
    const { state, durationMs, attempts } = facts.steps[index];
    const title = step.title ? ` — ${markdownLine(step.title, 80)}` : '';
    rows.push(
      `| ${index + 1} | ${markdownLine(step.id, 100)}${title} | ${step.estimate ? formatDurationRange(step.estimate) : NONE} | ${step.planned !== undefined ? formatDuration(step.planned) : NONE} | ${durationMs !== undefined ? formatDuration(msToSeconds(durationMs)) : NONE} | ${stepOutcome(state)} | ${attempts} |`,
    );
  }
  const more = plan.steps.length - listed;
  if (more > 0) rows.push('', `… and ${more} more steps`);
  return rows;
}

/** "- 2026-07-19 08:05: message (kind)", oldest first. */
export function warningLines(facts: RunFacts, clock: ReportClock): string[] {
  return bounded(
    facts.warnings,
    (warning) =>
      `- ${when(warning.at, clock)}: ${markdownLine(warning.message, 500)} (${warning.kind})`,
    'warnings',
  );
}

/** "- 2026-07-19 08:07: failure of migrate — rollback, by ana", oldest first. */
export function decisionLines(facts: RunFacts, clock: ReportClock): string[] {
  return bounded(
    facts.decisions,
    (decision) =>
      `- ${when(decision.at, clock)}: ${question(decision)} — ${markdownLine(decision.answer, 100)}, by ${markdownLine(decision.by, 100)}`,
    'decisions',
  );
}

/** What was asked, in words. */
function question(decision: DecisionEvent): string {
  const step = decision.step === undefined ? 'a step' : markdownLine(decision.step, 100);
  switch (decision.question) {
    case 'failure':
      return `${step} failed`;
    case 'rollback-failure':
      return `the rollback of ${step} failed`;
    case 'deadline':
      return 'the go/no-go deadline';
    case 'timeout':
      return `${step} passed its planned time`;
    case 'interrupted':
      return `${step} was cut off when the run died`;
    case 'manual':
      return `manual step ${step}`;
    case 'resume':
      return 'resume';
    case 'start':
      return 'start';
    case 'stop':
      return 'stop';
  }
}

function when(at: string, clock: ReportClock): string {
  const ms = instantOf(at);
  return ms === undefined ? 'unknown time' : clock(ms);
}

/** The first MAX_LIST_ITEMS items as lines (only those are formatted), then how many more. */
function bounded<T>(items: readonly T[], line: (item: T) => string, what: string): string[] {
  if (items.length === 0) return ['None.'];
  const lines = items.slice(0, MAX_LIST_ITEMS).map(line);
  const more = items.length - lines.length;
  return more > 0 ? [...lines, `- … and ${more} more ${what}`] : lines;
}
