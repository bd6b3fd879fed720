import type { Analysis } from '../analysis-types';
import {
  formatDuration,
  formatDurationRange,
  parseDuration,
  type DurationRange,
} from '../duration';
import { endsLowerBound, type StepTiming } from '../plan/plan';
import { ownEstimate } from '../plan/window-estimate';
import { clockRange, clockReference, tPlusAtLeast } from '../schedule/elapsed';
import { inlineCode } from '../text/markdown';
import { calibrationOf, calibrationText, type StepHistory } from './calibration';
import { nodeAtOffset, type PathSegment } from '../yaml/tree';
import type { Hover } from './feature-results';
import {
  caveatParagraph,
  estimateText,
  lowerBoundNotes,
  planSummary,
  verdictSentence,
} from './plan-summary';

/**
 * The hover on a duration that plans the window: a step's `estimate` (its range, planned length,
 * share of the critical path and when it runs), an announcement's `estimate`, and the window's
 * `length` (estimate, planned length and the verdict). Undefined elsewhere and on durations that
 * do not parse (the diagnostic says why). With `history` (past runs' durations by step id), a
 * step's estimate also shows how long the step took in those runs.
 */
export function estimateHover(
  analysis: Analysis,
  offset: number,
  history?: StepHistory,
): Hover | undefined {
  const at = nodeAtOffset(analysis.parsed.root, offset);
  if (!at || !analysis.kind || (!at.onKey && at.node.type !== 'scalar')) return undefined;
  const span = { start: at.node.start, end: at.node.end };
  const markdown = markdownFor(analysis, at.path, history);
  return markdown === undefined ? undefined : { markdown, ...span };
}

function markdownFor(
  analysis: Analysis,
  path: PathSegment[],
  history: StepHistory | undefined,
): string | undefined {
  const [first, second, third] = path;
  if (analysis.kind === 'runbook') {
    if (
      path.length === 3 &&
      first === 'steps' &&
      typeof second === 'number' &&
      third === 'estimate'
    )
      return stepEstimate(analysis, second, history);
    if (path.length === 2 && first === 'window' && second === 'length')
      return lengthMarkdown(analysis);
    return undefined;
  }
  if (path.length !== 1) return undefined;
  if (first === 'length') return lengthMarkdown(analysis);
  return first === 'estimate' ? announcementEstimate(analysis) : undefined;
}

function stepEstimate(
  analysis: Analysis,
  index: number,
  history: StepHistory | undefined,
): string | undefined {
  const step = analysis.steps[index];
  const plan = analysis.plan;
  const estimate = durationOf(step?.estimate?.value);
  if (!step || !plan || !estimate) return undefined;
  const timing = plan.timings.find((t) => t.index === index);
  const facts = [
    formatDurationRange(estimate),
    `planned ${formatDuration(estimate.high * plan.safetyFactor)} (× ${plan.safetyFactor})`,
  ];
  if (timing)
    facts.push(
      timing.critical
        ? `${share(estimate.high, plan.estimate.high)} of the critical path`
        : 'not on the critical path',
    );
  const paragraphs = [`**Estimate** ${facts.join(' · ')}`];
  paragraphs.push(
    timing
      ? whenText(analysis, timing)
      : 'Not scheduled: the step is in a dependency cycle, or waits for one.',
  );
  if (plan.lowerBound && timing?.critical)
    paragraphs.push('Steps without an estimate count as zero, so the critical path may be longer.');
  const calibration = step.id && calibrationOf(estimate, history?.get(step.id.id));
  if (calibration) paragraphs.push(`**Past runs** ${calibrationText(calibration)}`);
  return paragraphs.join('\n\n');
}

/** "25 %": a step's share of the critical path, by the high ends. */
function share(part: number, whole: number): string {
  return `${whole > 0 ? Math.round((part / whole) * 100) : 0} %`;
}

/** "Starts T+0:35..0:50, ends T+1:05..1:50 (08:35..08:50 → 09:05..09:50 in Europe/London)." */
function whenText(analysis: Analysis, timing: StepTiming): string {
  const reference = clockReference(analysis);
  const clock = reference
    ? ` (${clockRange(reference, timing.start)} → ${clockRange(reference, timing.end)} in ${inlineCode(reference.zone)})`
    : '';
  const start = tPlusAtLeast(timing.start, timing.startLowerBound);
  const end = tPlusAtLeast(timing.end, endsLowerBound(timing));
  return `Starts ${start}, ends ${end}${clock}${boundNote(timing)}`;
}

/** Why a step's times are only lower bounds, as the end of the "Starts …" sentence. */
function boundNote(timing: StepTiming): string {
  return timing.startLowerBound
    ? ': at the earliest, since a step before it has no valid estimate or needs an unknown step.'
    : '.';
}

function announcementEstimate(analysis: Analysis): string | undefined {
  const summary = planSummary(analysis);
  const own = ownEstimate(analysis.parsed.root);
  if (!own || !summary) return undefined;
  const paragraphs: string[] = [];
  if (summary.source === 'runbook') {
    paragraphs.push(
      `**Estimate** ${formatDurationRange(own)}`,
      `The linked runbook's steps sum to ${estimateText(summary)}, planned ${formatDuration(summary.planned)} (× ${summary.safetyFactor}); that plan is the one the window is checked against.`,
    );
  } else {
    paragraphs.push(
      `**Estimate** ${formatDurationRange(own)} · planned ${formatDuration(summary.planned)} (× ${summary.safetyFactor})`,
    );
  }
  return paragraphs.join('\n\n');
}

function lengthMarkdown(analysis: Analysis): string | undefined {
  const summary = planSummary(analysis);
  if (!summary) return undefined;
  const length = summary.window !== undefined ? formatDuration(summary.window) : 'unknown';
  const paragraphs = [
    `**Window length** ${length} · estimate ${estimateText(summary)} · planned ${formatDuration(summary.planned)} (× ${summary.safetyFactor})`,
  ];
  const verdict = verdictSentence(summary);
  if (verdict) paragraphs.push(verdict);
  paragraphs.push(...caveatParagraph(summary, verdict));
  paragraphs.push(...lowerBoundNotes(summary));
  return paragraphs.join('\n\n');
}

function durationOf(value: unknown): DurationRange | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = parseDuration(value);
  return parsed.ok ? { low: parsed.low, high: parsed.high } : undefined;
}
