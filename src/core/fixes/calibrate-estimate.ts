// The quick fix beside the calibration hover: set a step's estimate to the range its past runs
// took. It fixes no diagnostic (a wrong estimate is not an error), so it is offered on its own.
import type { Analysis } from '../analysis-types';
import type { Fix } from '../diagnostic';
import { parseDuration } from '../duration';
import { calibrationOf, type StepHistory } from '../features/calibration';
import { nodeAtOffset } from '../yaml/tree';
import { durationRangeText } from './durations';
import { replaceNode } from './yaml-edits';

/**
 * At `offset` on a step's `estimate` (its key or its value): the fix that writes the range the
 * step's past runs took ("7m..12m"), when there is history and the range differs from what is
 * written. Empty elsewhere, and for an estimate that does not parse.
 */
export function calibrationFixes(
  analysis: Analysis,
  offset: number,
  history: StepHistory | undefined,
): Fix[] {
  if (analysis.kind !== 'runbook' || !history || history.size === 0) return [];
  const at = nodeAtOffset(analysis.parsed.root, offset);
  const [first, index, third] = at?.path ?? [];
  if (
    at?.path.length !== 3 ||
    first !== 'steps' ||
    typeof index !== 'number' ||
    third !== 'estimate'
  )
    return [];
  const step = analysis.steps[index];
  const node = step?.estimate;
  if (!step?.id || !node || typeof node.value !== 'string') return [];
  const written = parseDuration(node.value);
  if (!written.ok) return [];
  const calibration = calibrationOf(written, history.get(step.id.id));
  if (!calibration) return [];
  const { range } = calibration;
  if (range.low === written.low && range.high === written.high) return [];
  const text = durationRangeText(range);
  const runs = calibration.durations.length;
  return [
    {
      title: `Set the estimate to ${text}, the range of the last ${runs === 1 ? 'run' : `${runs} runs`}`,
      edits: [replaceNode(node, text)],
    },
  ];
}
