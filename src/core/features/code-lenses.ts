import type { Analysis } from '../analysis-types';
import { pairOf, scalarOf } from '../yaml/tree';
import { caveatSentence, planSummary, summaryLine } from './plan-summary';

/** A line of text above a key; with an action it is a link, without one a label. */
export interface CodeLens {
  /** The key the lens sits over. */
  start: number;
  end: number;
  title: string;
  /** Shown when the pointer rests on the lens: why a sum is not a pass. */
  tooltip?: string;
  /** Open the runbook an announcement links to, by `runbook:` as written (the caller resolves it against the file). */
  openRunbook?: string;
}

/**
 * Lenses of a file: over a runbook's `steps:`, the sum of its plan against its window
 * ("Σ 1h 30m × 2 = 3h · window 3h ✓"). Over an announcement's `runbook:`, the same sum from the
 * linked runbook and "Open runbook"; without `runbook:`, the sum of its own estimate over `estimate:`.
 */
export function codeLenses(analysis: Analysis): CodeLens[] {
  const root = analysis.parsed.root;
  const summary = planSummary(analysis);
  const sumOver = (key: string): CodeLens[] => {
    const pair = pairOf(root, key);
    if (!pair || !summary) return [];
    const tooltip = caveatSentence(summary);
    return [
      {
        start: pair.key.start,
        end: pair.key.end,
        title: summaryLine(summary),
        ...(tooltip ? { tooltip } : {}),
      },
    ];
  };
  if (analysis.kind === 'runbook') return sumOver('steps');
  if (analysis.kind !== 'announcement') return [];
  const runbook = pairOf(root, 'runbook');
  const written = scalarOf(root, 'runbook')?.value;
  if (!runbook || typeof written !== 'string' || written.trim() === '') return sumOver('estimate');
  return [...sumOver('runbook'), openLens(analysis, runbook.key, written)];
}

/** "Open runbook ./x.runbook.yaml"; where the link is known to lead nowhere, the reason instead, as a label. */
function openLens(
  analysis: Analysis,
  key: { start: number; end: number },
  written: string,
): CodeLens {
  const linked = analysis.linked;
  if (linked && linked.status !== 'found')
    return { start: key.start, end: key.end, title: `Runbook ${written}: ${linked.message}` };
  return { start: key.start, end: key.end, title: `Open runbook ${written}`, openRunbook: written };
}
