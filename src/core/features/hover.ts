import type { Analysis } from '../analysis-types';
import { formatDurationRange, parseDuration } from '../duration';
import type { Step } from '../model/steps';
import { schemaAt } from '../schema/schema-lookup';
import type { JsonSchema } from '../schema/schemas';
import { escapeMarkdown, inlineCode } from '../text/markdown';
import { nodeAtOffset, type PathSegment } from '../yaml/tree';
import type { StepHistory } from './calibration';
import { estimateHover } from './estimate-hover';
import { stepIdAt } from './step-references';
import type { Hover } from './feature-results';
import { timeHover } from './time-hover';

/**
 * What to show under `offset`: the step a step id names, the plan on an estimate or `length`, the
 * window on a time, a zone's offsets on a zone name, or the schema's word on a key or value.
 * `history` (past runs' step durations) adds how long a step took to the hover on its estimate.
 */
export function hover(
  analysis: Analysis,
  offset: number,
  history?: StepHistory,
): Hover | undefined {
  const stepId = stepIdAt(analysis, offset);
  if (stepId) {
    const markdown = stepId.step
      ? describeStep(stepId.step, analysis)
      : `No step has the id ${inlineCode(stepId.text.id)}.`;
    return { markdown, start: stepId.text.start, end: stepId.text.end };
  }
  // On `length` both speak: the verdict first (what people hover it for), then the window's table.
  const planned = estimateHover(analysis, offset, history);
  const time = timeHover(analysis, offset);
  if (planned && time) return { ...time, markdown: joinHovers(planned.markdown, time.markdown) };
  if (time) return time;
  const key = keyHover(analysis, offset);
  // On the `estimate` key, what the key means comes first, as on every key; then the plan.
  if (planned && key?.onKey)
    return { ...planned, markdown: joinHovers(key.markdown, planned.markdown) };
  if (planned) return planned;
  return key && { markdown: key.markdown, start: key.start, end: key.end };
}

function joinHovers(first: string, second: string): string {
  return `${first}\n\n---\n\n${second}`;
}

/** The schema's word on the key under `offset`, or on the key of the value under it. */
function keyHover(analysis: Analysis, offset: number): (Hover & { onKey: boolean }) | undefined {
  const at = nodeAtOffset(analysis.parsed.root, offset);
  if (!at || !analysis.kind) return undefined;
  const path = at.onKey ? at.path : keyPathOf(at.path);
  const schema = schemaAt(analysis.kind, path);
  if (!schema?.description || path.length === 0) return undefined;
  return {
    markdown: describeKey(path, schema),
    start: at.node.start,
    end: at.node.end,
    onKey: at.onKey,
  };
}

/** A value inside a list is described by the list's key (`needs`, `audience`). */
function keyPathOf(path: PathSegment[]): PathSegment[] {
  const copy = [...path];
  while (copy.length > 0 && typeof copy[copy.length - 1] === 'number') copy.pop();
  return copy;
}

function describeKey(path: PathSegment[], schema: JsonSchema): string {
  const name = String(path[path.length - 1]);
  const lines = [`**${escapeMarkdown(name)}**: ${schema.description}`];
  if (schema.enum)
    lines.push(`Values: ${schema.enum.map((value) => inlineCode(String(value))).join(', ')}`);
  const examples = (schema.examples ?? []).filter(
    (example) => typeof example !== 'object' || example === null,
  );
  if (examples.length > 0)
    lines.push(
      `Example: ${examples.map((example) => inlineCode(`${name}: ${String(example)}`)).join(', ')}`,
    );
  return lines.join('\n\n');
}

function describeStep(step: Step, analysis: Analysis): string {
  const title = step.title ? ` — ${escapeMarkdown(step.title)}` : '';
  const facts: string[] = [];
  if (step.estimate) {
    const estimate = parseDuration(step.estimate.value);
    facts.push(
      `Estimate: ${estimate.ok ? formatDurationRange(estimate) : `${inlineCode(String(step.estimate.value))} (not a valid duration)`}`,
    );
  } else {
    facts.push('Estimate: none yet');
  }
  const waitsFor = analysis.graph.predecessors[step.index].map((index) =>
    inlineCode(analysis.steps[index].id?.id ?? `step ${index + 1}`),
  );
  facts.push(
    waitsFor.length > 0 ? `After: ${waitsFor.join(', ')}` : "Starts at the window's start",
  );
  return [
    `**Step ${inlineCode(step.id?.id ?? String(step.index + 1))}**${title}`,
    facts.join(' · '),
  ].join('\n\n');
}
