import type { Analysis } from '../analysis-types';
import type { Diagnostic } from '../diagnostic';
import type { DocumentKind } from '../document-kind';
import { sameIdsNeedsAndEstimate, stepIndexAt, type Step } from '../model/steps';
import type { Settings } from '../settings';
import { editedItemOf, type EditedItem, type ParsedYaml } from '../yaml/parse-yaml';
import { isUnshared } from '../yaml/to-value';
import { valueOf, type YamlNode } from '../yaml/tree';

/**
 * An edit confined to one step item (or none: the text analysed before, again), with what the
 * analysis before it found, rule by rule: what a rule needs to check again only what the edit
 * may have changed (recheck.ts).
 */
export interface StepEdit {
  /** The item the edit changed, and the item as it is now; undefined when the text is the one before. */
  edited?: { item: EditedItem; node: YamlNode };
  /** True when the edited step has the same id, estimate and needs as before. */
  sameFacts: boolean;
  /** True when it also has the same impact: everything the plan reads of it. */
  samePlanInputs: boolean;
  /** The previous analysis' graph and plan, for an edit that leaves them as they were. */
  before: Pick<Analysis, 'graph' | 'plan'>;
  /** True when neither version has a syntax problem or an alias: each item reads on its own. */
  plainTree: boolean;
  /** The previous analysis' diagnostics, one list per rule in the order rules run. */
  previous: readonly (readonly Diagnostic[])[];
}

/** What the analysis of the text after the edit has built before its rules run. */
export interface EditedAnalysis {
  fileName: string;
  settings: Settings;
  kind: DocumentKind | undefined;
  parsed: ParsedYaml;
  steps: readonly Step[];
}

/** An analysis' findings rule by rule, and how many rules it re-checked in one step. */
const findingsOf = new WeakMap<
  Analysis,
  { byRule: readonly (readonly Diagnostic[])[]; rechecked: number }
>();

/**
 * Keeps an analysis' diagnostics rule by rule (before sorting and capping) for the next edit,
 * and how many rules it checked again only where the edit was (`rechecked`).
 */
export function keepFindings(
  analysis: Analysis,
  byRule: readonly (readonly Diagnostic[])[],
  rechecked: number,
): void {
  findingsOf.set(analysis, { byRule, rechecked });
}

/** How many rules an analysis checked only where the edit was, rather than over the whole file. */
export function rulesRechecked(analysis: Analysis): number {
  return findingsOf.get(analysis)?.rechecked ?? 0;
}

/**
 * The edit from `previous` to the text now being analysed, when it changed one step item and
 * nothing else, or nothing at all, under the same file name, kind and settings; undefined
 * otherwise (every rule then runs whole).
 */
export function stepEditOf(
  previous: Analysis | undefined,
  now: EditedAnalysis,
): StepEdit | undefined {
  const findings = previous && findingsOf.get(previous)?.byRule;
  const item = editedItemOf(now.parsed);
  if (!previous || !findings || !item || !now.kind) return undefined;
  if (
    previous.fileName !== now.fileName ||
    previous.settings !== now.settings ||
    previous.kind !== now.kind ||
    previous.steps.length !== now.steps.length
  )
    return undefined;
  const base = {
    before: previous,
    plainTree: plain(previous.parsed) && plain(now.parsed),
    previous: findings,
  };
  if (item === 'nothing') return { ...base, sameFacts: true, samePlanInputs: true };
  const before = itemAt(previous.parsed.root, item.index);
  const after = itemAt(now.parsed.root, item.index);
  if (!before || !after) return undefined;
  const same = sameStepAt(previous.steps, before, now.steps, after);
  return same && { ...base, ...same, edited: { item, node: after } };
}

function itemAt(root: YamlNode | null, index: number): YamlNode | undefined {
  const list = valueOf(root, 'steps');
  return list?.type === 'seq' ? list.items[index] : undefined;
}

/**
 * What the step read from the edited item kept: its id, estimate and needs, and its impact too.
 * Both true when the item is a step in neither version (the model does not see it); undefined
 * when it is one in only one.
 */
function sameStepAt(
  stepsBefore: readonly Step[],
  before: YamlNode,
  stepsAfter: readonly Step[],
  after: YamlNode,
): { sameFacts: boolean; samePlanInputs: boolean } | undefined {
  if (before.type !== 'map' || after.type !== 'map')
    return before.type !== 'map' && after.type !== 'map'
      ? { sameFacts: true, samePlanInputs: true }
      : undefined;
  const old = stepOf(stepsBefore, before);
  const now = stepOf(stepsAfter, after);
  if (!old || !now) return undefined;
  const sameFacts = sameIdsNeedsAndEstimate(old, now);
  return { sameFacts, samePlanInputs: sameFacts && old.impact === now.impact };
}

function stepOf(steps: readonly Step[], node: YamlNode): Step | undefined {
  const index = stepIndexAt(steps, node.start);
  return index === undefined || steps[index].node !== node ? undefined : steps[index];
}

function plain(parsed: ParsedYaml): boolean {
  return parsed.problems.length === 0 && parsed.root !== null && isUnshared(parsed.root);
}
