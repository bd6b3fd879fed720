import type { Analysis } from '../analysis-types';
import { formatDurationRange, parseDuration } from '../duration';
import { stepIndexAt, type Step } from '../model/steps';
import type { CompletionItem, CompletionList } from './feature-results';

/**
 * Step ids offered at most per request. A 10,000-step runbook has 10,000 ids: sending them all
 * cost tens of milliseconds per keystroke; the list says it is incomplete instead, and the editor
 * asks again as the word grows.
 */
export const MAX_STEP_ID_ITEMS = 100;

/**
 * How an id matches the typed word, best first: it starts with it, starts with it ignoring case,
 * contains it, or holds its characters in order (what an editor's fuzzy filter accepts).
 */
const PREFIX = 0;
const PREFIX_IGNORING_CASE = 1;
const CONTAINS = 2;
const SUBSEQUENCE = 3;

/**
 * Step ids for a `needs` entry: those that match the word before the cursor, best match first
 * (the id written in full, then ids that start with the word, …), then the steps nearest the
 * cursor's own (earlier before later), at most MAX_STEP_ID_ITEMS.
 * Leaves out the step itself and the ids already in its `needs`. Steps are visited outwards from
 * the cursor's step and the walk stops once the best bucket is full and one more id matches, so
 * a request costs at most one pass over the steps.
 */
export function stepIdCompletions(
  analysis: Analysis,
  offset: number,
  span: { start: number; end: number },
): CompletionList {
  const { steps } = analysis;
  const word = analysis.text.slice(span.start, offset);
  const lowerWord = word.toLowerCase();
  const at = stepIndexAt(steps, offset);
  const here = at !== undefined && offset <= steps[at].node.end ? steps[at] : undefined;
  const written = new Set<string>();
  for (const need of here?.needs ?? [])
    if (offset < need.start || offset > need.end) written.add(need.id);
  // The id written in full comes first however far it is (the walk below may stop before it).
  const exact = analysis.graph.indexById.get(word);
  const buckets: Step[][] = [[], [], [], []];
  let matches = 0;
  const visit = (step: Step | undefined) => {
    if (!step?.id || step === here || written.has(step.id.id)) return;
    if (step.index === exact && buckets[PREFIX][0] === step) return;
    const match = matchOf(step.id.id, word, lowerWord);
    if (match === undefined) return;
    matches++;
    if (buckets[match].length < MAX_STEP_ID_ITEMS) buckets[match].push(step);
  };
  if (exact !== undefined) visit(steps[exact]);
  const center = at ?? -1;
  visit(steps[center]);
  // Outwards from the cursor's step: center - 1, center + 1, center - 2, …
  for (let distance = 1; distance <= steps.length; distance++) {
    visit(steps[center - distance]);
    visit(steps[center + distance]);
    if (buckets[PREFIX].length === MAX_STEP_ID_ITEMS && matches > MAX_STEP_ID_ITEMS) break;
  }
  const chosen: Step[] = [];
  for (const bucket of buckets)
    for (const step of bucket) if (chosen.length < MAX_STEP_ID_ITEMS) chosen.push(step);
  return {
    isIncomplete: matches > chosen.length,
    items: chosen.map((step, order) => stepItem(step, order, span)),
  };
}

function matchOf(id: string, word: string, lowerWord: string): number | undefined {
  if (id.startsWith(word)) return PREFIX;
  const lower = id.toLowerCase();
  if (lower.startsWith(lowerWord)) return PREFIX_IGNORING_CASE;
  if (lower.includes(lowerWord)) return CONTAINS;
  let from = 0;
  for (const char of lowerWord) {
    from = lower.indexOf(char, from) + 1;
    if (from === 0) return undefined;
  }
  return SUBSEQUENCE;
}

function stepItem(step: Step, order: number, span: { start: number; end: number }): CompletionItem {
  const id = step.id?.id ?? '';
  const estimate = step.estimate ? parseDuration(step.estimate.value) : undefined;
  return {
    label: id,
    kind: 'step',
    ...(step.title ? { detail: step.title } : {}),
    ...(estimate?.ok ? { documentation: `Estimate: ${formatDurationRange(estimate)}` } : {}),
    insertText: id,
    // The order chosen here (best match, then nearest step) is the order shown.
    sortText: String(order).padStart(4, '0'),
    ...span,
  };
}
