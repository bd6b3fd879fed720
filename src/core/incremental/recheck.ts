import type { RuleContext } from '../analysis-types';
import type { Diagnostic } from '../diagnostic';
import { markUnshared } from '../yaml/to-value';
import { pairOf, type YamlMap, type YamlNode } from '../yaml/tree';
import { shiftDiagnostics } from './shift-diagnostics';
import type { StepEdit } from './step-edit';

/**
 * What a rule reads of the steps, which decides what it must check again after an edit inside
 * one step item:
 * - `facts`: of the steps, only their ids, estimates and needs (the rest of the file as it
 *   likes). While the edited step's stay the same, its findings only move with the text.
 * - `tree`: what a step item holds, each item on its own. Only the edited item is checked again.
 */
export type StepReads = 'facts' | 'tree';

/**
 * A rule's findings after a step edit without running it over the whole file, or undefined when
 * that cannot be done safely (a finding touches the edited text, the step's facts changed): the
 * caller then runs the rule whole. `rule` is the rule, `ruleIndex` its place in the run order.
 */
export function recheck(
  rule: (context: RuleContext) => Diagnostic[],
  reads: StepReads,
  ruleIndex: number,
  context: RuleContext,
  edit: StepEdit,
): Diagnostic[] | undefined {
  const previous = edit.previous[ruleIndex];
  if (!previous) return undefined;
  // The same text, read into the same tree: the same findings.
  if (!edit.edited) return previous.slice();
  const { item, node } = edit.edited;
  if (reads === 'facts')
    return edit.sameFacts ? shiftDiagnostics(previous, item.change) : undefined;
  if (!edit.plainTree || context.parsed.root?.type !== 'map') return undefined;
  const { before, after } = item;
  const elsewhere = shiftDiagnostics(
    previous.filter((d) => !within(d, before)),
    item.change,
  );
  if (!elsewhere) return undefined;
  const root = withOneItem(context.parsed.root, node);
  if (!root) return undefined;
  for (const diagnostic of rule({ ...context, parsed: { ...context.parsed, root } }))
    if (within(diagnostic, after)) elsewhere.push(diagnostic);
  return elsewhere;
}

function within(diagnostic: Diagnostic, block: { start: number; end: number }): boolean {
  return diagnostic.start >= block.start && diagnostic.end <= block.end;
}

/**
 * The document's top level with the edited item as its only step: a rule reading each item on
 * its own finds in it what it finds in the whole file, at a cost that does not grow with the
 * number of steps.
 */
function withOneItem(root: YamlMap, item: YamlNode): YamlMap | undefined {
  const stepsPair = pairOf(root, 'steps');
  const steps = stepsPair?.value;
  if (steps?.type !== 'seq') return undefined;
  const pairs = root.pairs.map((pair) =>
    pair === stepsPair ? { ...pair, value: { ...steps, items: [item] } } : pair,
  );
  const reduced: YamlMap = { ...root, pairs };
  // Part of a tree without aliases has none either (the schema rule converts it without counting).
  markUnshared(reduced);
  return reduced;
}
