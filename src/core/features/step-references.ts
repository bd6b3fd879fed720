import type { Analysis } from '../analysis-types';
import type { TextEdit } from '../diagnostic';
import { stepIndexAt, type Step, type StepIdText } from '../model/steps';

/** A step id under the cursor: where it is written and the step it names, if any. */
export interface StepIdAt {
  text: StepIdText;
  step: Step | undefined;
}

const within = (text: StepIdText, offset: number) => offset >= text.start && offset <= text.end;

/** The step id under `offset`, in a step's `id:` or in a `needs` list. */
export function stepIdAt(analysis: Analysis, offset: number): StepIdAt | undefined {
  // Only the step that holds the offset can have an id there (found by binary search, not by
  // reading 100,000 steps per hover).
  const at = stepIndexAt(analysis.steps, offset);
  const step = at === undefined ? undefined : analysis.steps[at];
  if (!step || offset > step.node.end) return undefined;
  if (step.id && within(step.id, offset)) return { text: step.id, step };
  const need = step.needs?.find((n) => within(n, offset));
  if (!need) return undefined;
  const index = analysis.graph.indexById.get(need.id);
  return { text: need, step: index === undefined ? undefined : analysis.steps[index] };
}

/** Where an id is defined (the first step that has it) and every `needs` entry that names it. */
export function stepIdOccurrences(
  analysis: Analysis,
  id: string,
): { definition?: StepIdText; references: StepIdText[] } {
  const index = analysis.graph.indexById.get(id);
  const definition = index === undefined ? undefined : analysis.steps[index].id;
  const references = analysis.steps.flatMap((step) =>
    (step.needs ?? []).filter((need) => need.id === id),
  );
  return { ...(definition ? { definition } : {}), references };
}

/** The pattern step ids follow (the schema's `id`). */
const STEP_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export type RenameResult = { ok: true; edits: TextEdit[] } | { ok: false; message: string };

/** Renames the step id under `offset` everywhere it is written; refuses names that break or clash. */
export function renameStepId(analysis: Analysis, offset: number, newName: string): RenameResult {
  const at = stepIdAt(analysis, offset);
  if (!at)
    return {
      ok: false,
      message: 'Put the cursor on a step id (in `id:` or in `needs`) to rename it.',
    };
  if (!STEP_ID.test(newName))
    return {
      ok: false,
      message: `"${newName}" is not a valid step id: use letters, digits, "-", "_" and ".", starting with a letter or digit.`,
    };
  if (newName !== at.text.id && analysis.graph.indexById.has(newName))
    return { ok: false, message: `A step with the id "${newName}" already exists.` };
  const renamed = analysis.steps.flatMap((step) => [
    ...(step.id?.id === at.text.id ? [step.id] : []),
    ...(step.needs ?? []).filter((need) => need.id === at.text.id),
  ]);
  return {
    ok: true,
    edits: renamed.map((text) => ({ start: text.start, end: text.end, newText: newName })),
  };
}
