import type { Analysis } from '../analysis-types';
import { formatDurationRange, parseDuration } from '../duration';
import { keyName } from '../yaml/tree';

/** An outline entry: a top-level key, or a step under `steps`. */
export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: 'key' | 'steps' | 'step';
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
  children: OutlineSymbol[];
}

/** The outline: top-level keys, with the steps (id, title, estimate) under `steps`. */
export function outline(analysis: Analysis): OutlineSymbol[] {
  const root = analysis.parsed.root;
  if (root?.type !== 'map') return [];
  return root.pairs.flatMap((pair): OutlineSymbol[] => {
    const name = keyName(pair);
    if (name === undefined) return [];
    const isSteps = name === 'steps' && analysis.kind === 'runbook';
    return [
      {
        name,
        kind: isSteps ? 'steps' : 'key',
        ...(isSteps
          ? { detail: `${analysis.steps.length} step${analysis.steps.length === 1 ? '' : 's'}` }
          : {}),
        start: pair.start,
        end: pair.end,
        selectionStart: pair.key.start,
        selectionEnd: pair.key.end,
        children: isSteps ? stepSymbols(analysis) : [],
      },
    ];
  });
}

function stepSymbols(analysis: Analysis): OutlineSymbol[] {
  return analysis.steps.map((step) => {
    const estimate = step.estimate ? parseDuration(step.estimate.value) : undefined;
    const details = [step.title, estimate?.ok ? formatDurationRange(estimate) : undefined].filter(
      Boolean,
    );
    const anchor = step.id ?? step.node;
    return {
      name: step.id?.id ?? `step ${step.index + 1}`,
      ...(details.length > 0 ? { detail: details.join(' · ') } : {}),
      kind: 'step' as const,
      start: step.node.start,
      end: step.node.end,
      selectionStart: anchor.start,
      selectionEnd: anchor.end,
      children: [],
    };
  });
}
