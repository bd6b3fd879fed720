import { valueOf, type YamlMap, type YamlNode, type YamlScalar } from '../yaml/tree';

/** A step id as written: in a step's `id:` or in another step's `needs`. */
export interface StepIdText {
  id: string;
  start: number;
  end: number;
}

/** A step of a runbook, read from the tree with the positions features need. */
export interface Step {
  index: number;
  /** The step's mapping node in `steps:`. */
  node: YamlMap;
  /** Its `id:`, when it is written as a string. */
  id?: StepIdText;
  title?: string;
  estimate?: YamlScalar;
  /** What users feel while the step runs (`none`, `degraded`, `read-only`, `outage`), as written. */
  impact?: string;
  /** The `needs` written, each with its position; undefined when the step has no `needs`. */
  needs?: StepIdText[];
}

/**
 * The steps of a runbook, in file order; items that are not mappings are left to the schema rule.
 * Given the steps of the text before an edit, a step whose item is the very node it was read
 * from (the parse shares the blocks before an edit) and at the same place is reused as it is.
 */
export function readSteps(root: YamlNode | null, previous: readonly Step[] = []): Step[] {
  const list = valueOf(root, 'steps');
  if (list?.type !== 'seq') return [];
  const steps: Step[] = [];
  for (const item of list.items) {
    if (item.type !== 'map') continue;
    const before = previous[steps.length] as Step | undefined;
    steps.push(before?.node === item ? before : readStep(item, steps.length));
  }
  return steps;
}

function readStep(node: YamlMap, index: number): Step {
  const step: Step = { index, node };
  // One pass over the step's keys (the first of a repeated key counts, as pairOf reads them): a
  // lookup per field would read a step of many keys once per field.
  let read = 0;
  for (const pair of node.pairs) {
    if (pair.key.type !== 'scalar') continue;
    const name = String(pair.key.value);
    const bit = FIELD_BITS.get(name);
    if (bit === undefined || read & bit) continue;
    read |= bit;
    readField(step, name, pair.value);
    if (read === ALL_FIELDS) break;
  }
  return step;
}

const FIELD_BITS = new Map(
  ['id', 'title', 'impact', 'estimate', 'needs'].map((f, i) => [f, 1 << i]),
);
const ALL_FIELDS = (1 << FIELD_BITS.size) - 1;

function readField(step: Step, name: string, value: YamlNode | null): void {
  const scalar = value?.type === 'scalar' ? value : undefined;
  if (name === 'id' && typeof scalar?.value === 'string' && scalar.value !== '')
    step.id = { id: scalar.value, start: scalar.start, end: scalar.end };
  else if (name === 'title' && typeof scalar?.value === 'string') step.title = scalar.value;
  else if (name === 'impact' && typeof scalar?.value === 'string') step.impact = scalar.value;
  else if (name === 'estimate' && scalar && scalar.value !== null) step.estimate = scalar;
  else if (name === 'needs' && value?.type === 'seq') {
    const needs: StepIdText[] = [];
    for (const item of value.items)
      if (item.type === 'scalar' && item.value !== null)
        needs.push({ id: String(item.value), start: item.start, end: item.end });
    step.needs = needs;
  }
}

/**
 * True when two steps have the same place, id, estimate and needs, wherever they are written:
 * all that the rules reading the steps' facts read (rules/index.ts, `stepReads`).
 */
export function sameIdsNeedsAndEstimate(a: Step, b: Step): boolean {
  if (
    a.index !== b.index ||
    a.id?.id !== b.id?.id ||
    a.estimate?.value !== b.estimate?.value ||
    (a.needs === undefined) !== (b.needs === undefined)
  )
    return false;
  const before = a.needs ?? [];
  const after = b.needs ?? [];
  return before.length === after.length && before.every((need, i) => need.id === after[i].id);
}

/** A step's name for messages: its id, or its position when it has none. */
export function stepLabel(step: Step): string {
  return step.id ? `"${step.id.id}"` : `step ${step.index + 1}`;
}

/**
 * The index of the step whose mapping holds `offset` (end inclusive), or of the last step before
 * it when none does; undefined before the first step. Steps are in file order: a binary search.
 */
export function stepIndexAt(steps: readonly Step[], offset: number): number | undefined {
  if (steps.length === 0 || steps[0].node.start > offset) return undefined;
  let low = 0;
  let high = steps.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (steps[middle].node.start <= offset) low = middle;
    else high = middle - 1;
  }
  // The first that holds it: a step written as an alias (`- *base`) repeats its anchor's span.
  while (low > 0 && steps[low - 1].node.start <= offset && steps[low - 1].node.end >= offset) low--;
  return low;
}
