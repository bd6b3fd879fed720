import {
  pairOf,
  scalarOf,
  valueOf,
  type YamlMap,
  type YamlNode,
  type YamlScalar,
} from '../yaml/tree';

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

/** The steps of a runbook, in file order; items that are not mappings are left to the schema rule. */
export function readSteps(root: YamlNode | null): Step[] {
  const list = valueOf(root, 'steps');
  if (list?.type !== 'seq') return [];
  const steps: Step[] = [];
  for (const item of list.items) {
    if (item.type !== 'map') continue;
    steps.push(readStep(item, steps.length));
  }
  return steps;
}

function readStep(node: YamlMap, index: number): Step {
  const step: Step = { index, node };
  const id = scalarOf(node, 'id');
  if (id && typeof id.value === 'string' && id.value !== '')
    step.id = { id: id.value, start: id.start, end: id.end };
  const title = scalarOf(node, 'title')?.value;
  if (typeof title === 'string') step.title = title;
  const impact = scalarOf(node, 'impact')?.value;
  if (typeof impact === 'string') step.impact = impact;
  const estimate = scalarOf(node, 'estimate');
  if (estimate && estimate.value !== null) step.estimate = estimate;
  const needs = pairOf(node, 'needs')?.value;
  if (needs?.type === 'seq') {
    step.needs = needs.items.flatMap((item) =>
      item.type === 'scalar' && item.value !== null
        ? [{ id: String(item.value), start: item.start, end: item.end }]
        : [],
    );
  }
  return step;
}

/** A step's name for messages: its id, or its position when it has none. */
export function stepLabel(step: Step): string {
  return step.id ? `"${step.id.id}"` : `step ${step.index + 1}`;
}
