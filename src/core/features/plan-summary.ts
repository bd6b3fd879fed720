import type { Analysis } from '../analysis-types';
import { formatDuration, formatDurationRange } from '../duration';
import { isShorter } from '../fixes/durations';
import { writtenLength } from '../fixes/window-length';
import { windowEstimate, type WindowEstimate } from '../plan/window-estimate';
import { msToSeconds } from '../time/units';
import { planCaveat, plural, UNCHECKED_MARK, type PlanCaveat } from './plan-caveat';

/** How the window compares with the plan; `unknown` when the window has no length to compare. */
export type Verdict = 'fits' | 'shorter-than-planned' | 'shorter-than-estimate' | 'unknown';

/** A runbook's (or an announcement's) estimate, planned length and window, as the code lens, status bar and hovers say them. */
export interface PlanSummary extends WindowEstimate {
  /** Steps without an estimate, counted as zero. */
  missingEstimates: number;
  /** Steps a dependency cycle keeps from being scheduled, left out of the estimate. */
  unschedulable: number;
  /** The window's length in seconds, when known. */
  window: number | undefined;
  /** True when `length` or `end` is written; false when the window is the planned length by default. */
  windowWritten: boolean;
  verdict: Verdict;
  /** Why a window that fits is not a pass: the plan is a lower bound, or its inputs have errors. */
  caveat: PlanCaveat | undefined;
}

/**
 * The summary of an analysed file, on the estimate the rules measure the window against
 * (`windowEstimate`): a runbook's plan; an announcement's linked runbook's plan when it was found,
 * else its own `estimate:` × safety factor. Undefined when there is nothing to sum.
 */
export function planSummary(analysis: Analysis): PlanSummary | undefined {
  const { kind, plan, linked, settings } = analysis;
  const base = windowEstimate({ kind, plan, linked, root: analysis.parsed.root, settings });
  if (!base) return undefined;
  const stepsOf =
    base.source === 'steps'
      ? analysis
      : base.source === 'runbook' && linked?.status === 'found'
        ? linked.analysis
        : undefined;
  const stepsPlan = stepsOf?.plan;
  const lengthMs = analysis.window?.lengthMs;
  const window = lengthMs === undefined ? undefined : msToSeconds(lengthMs);
  return {
    ...base,
    missingEstimates: stepsPlan?.timings.filter((timing) => !timing.estimate).length ?? 0,
    unschedulable: stepsPlan?.unschedulable.length ?? 0,
    window,
    windowWritten: kind !== undefined && writtenLength(analysis.parsed.root, kind) !== undefined,
    verdict: verdictOf(base.estimate.high, base.planned, window),
    caveat: planCaveat(analysis, stepsOf),
  };
}

/** The same comparison as the rules `window-shorter-than-estimate` and `-planned`, so the lens never contradicts a diagnostic. */
function verdictOf(estimate: number, planned: number, window: number | undefined): Verdict {
  if (window === undefined) return 'unknown';
  if (isShorter(window, estimate)) return 'shorter-than-estimate';
  if (isShorter(window, planned)) return 'shorter-than-planned';
  return 'fits';
}

/** "1h 30m", "≥ 1h 30m" for a lower bound, or "30m–1h". */
export function estimateText(summary: PlanSummary): string {
  return `${summary.lowerBound ? '≥ ' : ''}${formatDurationRange(summary.estimate)}`;
}

/** "Σ 1h 30m × 2 = 3h", or "Σ ≥ 30m × 2 ≥ 1h" for a lower bound. */
export function sumText(summary: PlanSummary): string {
  return `Σ ${estimateText(summary)} × ${summary.safetyFactor} ${summary.lowerBound ? '≥' : '='} ${formatDuration(summary.planned)}`;
}

/**
 * ✓, or ✗ with the short reason; a window that fits a lower bound, or a plan computed around
 * errors, gets the neutral ○ and why ("○ lower bound"), never ✓. A window shorter than a lower
 * bound is short all the same, so ✗ stays.
 */
export function verdictMark(summary: Pick<PlanSummary, 'verdict' | 'caveat'>): string {
  const { verdict, caveat } = summary;
  if (verdict === 'shorter-than-estimate') return '✗ shorter than the estimate';
  if (verdict === 'shorter-than-planned') return '✗ shorter than planned';
  if (verdict !== 'fits') return '';
  return caveat ? `${UNCHECKED_MARK} ${caveat.short}` : '✓';
}

/** The caveat as a paragraph of its own, unless the verdict sentence (a fit) says it already. */
export function caveatParagraph(summary: PlanSummary, verdict: string | undefined): string[] {
  const sentence = caveatSentence(summary);
  return sentence && !(verdict && summary.verdict === 'fits') ? [sentence] : [];
}

/** "○ The plan is not final: lower bound: step `x` has no valid estimate.", the lens's tooltip; undefined without a caveat. */
export function caveatSentence(summary: Pick<PlanSummary, 'caveat'>): string | undefined {
  return summary.caveat && `${UNCHECKED_MARK} The plan is not final: ${summary.caveat.reason}.`;
}

/** The code lens over `steps:`: "Σ 1h 30m × 2 = 3h · window 3h ✓". */
export function summaryLine(summary: PlanSummary): string {
  const parts = [sumText(summary)];
  if (summary.window !== undefined) {
    parts.push(
      summary.windowWritten
        ? `window ${formatDuration(summary.window)} ${verdictMark(summary)}`
        : `window ${formatDuration(summary.window)} (the planned length)`,
    );
  }
  if (summary.unschedulable > 0)
    parts.push(`${plural(summary.unschedulable, 'step')} in a cycle, not counted`);
  return parts.join(' · ');
}

/**
 * The status bar: "Σ 1h 30m × 2 = 3h ✓", "Σ ≥ 45m × 2 ≥ 1h 30m ○ lower bound" when that fit is not
 * a pass, or "Σ 1h 30m × 2 = 3h ✗ window 2h" when the window is short.
 */
export function statusLine(summary: PlanSummary): string {
  const sum = sumText(summary);
  if (!summary.windowWritten || summary.window === undefined) return sum;
  return summary.verdict === 'fits'
    ? `${sum} ${verdictMark(summary)}`
    : `${sum} ✗ window ${formatDuration(summary.window)}`;
}

/**
 * The verdict as a sentence, with its arithmetic: "✓ The window (2h) fits the plan, with 7m 30s
 * to spare." Undefined without a written window.
 */
export function verdictSentence(summary: PlanSummary): string | undefined {
  const { window, estimate, planned, safetyFactor, verdict } = summary;
  if (window === undefined || !summary.windowWritten) return undefined;
  const length = formatDuration(window);
  const arithmetic = `${estimateText(summary)} × ${safetyFactor} = ${formatDuration(planned)}`;
  if (verdict === 'shorter-than-estimate') {
    return `✗ The window (${length}) is shorter than the estimate (${formatDuration(estimate.high)}) itself, before any margin: it needs ${formatDuration(planned)} (${arithmetic}).`;
  }
  if (verdict === 'shorter-than-planned') {
    return `✗ The window (${length}) is shorter than planned: ${arithmetic}, ${formatDuration(planned - window)} more. The estimate itself fits.`;
  }
  const spare = window - planned;
  if (summary.caveat)
    return `${UNCHECKED_MARK} The window (${length}) fits the plan as computed (${arithmetic}), but that is no pass: ${summary.caveat.reason}.`;
  return `✓ The window (${length}) fits the plan (${arithmetic})${spare >= 1 ? `, with ${formatDuration(spare)} to spare` : ' exactly'}.`;
}

/** Why the estimate may be short: "2 steps have no estimate: the total is a lower bound." */
export function lowerBoundNotes(summary: PlanSummary): string[] {
  const notes: string[] = [];
  if (summary.missingEstimates > 0)
    notes.push(
      `${plural(summary.missingEstimates, 'step')} ${summary.missingEstimates === 1 ? 'has' : 'have'} no estimate: the total is a lower bound.`,
    );
  if (summary.unschedulable > 0)
    notes.push(
      `${plural(summary.unschedulable, 'step')} in or after a dependency cycle ${summary.unschedulable === 1 ? 'is' : 'are'} not counted.`,
    );
  return notes;
}

const SOURCES: Record<PlanSummary['source'], string> = {
  steps: 'the longest path through the steps',
  runbook: "the linked runbook's longest path through its steps",
  estimate: "the announcement's `estimate`",
};

/** The details behind the one-line summary (the status bar's tooltip), as Markdown paragraphs. */
export function summaryMarkdown(summary: PlanSummary): string {
  const paragraphs = [
    `**Estimate** ${estimateText(summary)}: ${SOURCES[summary.source]}.`,
    `**Planned** ${estimateText(summary)} × ${summary.safetyFactor} (safety factor) = ${formatDuration(summary.planned)}.`,
  ];
  const verdict = verdictSentence(summary);
  if (verdict) paragraphs.push(verdict);
  else if (summary.window !== undefined)
    paragraphs.push(
      `**Window** ${formatDuration(summary.window)}: no \`length\` or \`end\` is written, so it lasts the planned length.`,
    );
  paragraphs.push(...caveatParagraph(summary, verdict));
  paragraphs.push(...lowerBoundNotes(summary));
  return paragraphs.join('\n\n');
}
