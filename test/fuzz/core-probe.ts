// Everything the core does with one text, checked: analyse it, then call every feature at every
// node and every export, and fail on a thrown exception or a range outside the document. What
// came out is returned as one string, so that callers can check that the same input always gives
// the same output.
import type { Analysis, LinkedRunbook, RunbookResolver } from '../../src/core/analysis-types';
import { analyze } from '../../src/core/analyze';
import { codeLenses } from '../../src/core/features/code-lenses';
import { complete } from '../../src/core/features/completion';
import { hover } from '../../src/core/features/hover';
import { inlayHints } from '../../src/core/features/inlay-hints';
import { planSummary, statusLine, summaryMarkdown } from '../../src/core/features/plan-summary';
import { stepInlayHints } from '../../src/core/features/step-inlay-hints';
import { renameStepId, stepIdAt, stepIdOccurrences } from '../../src/core/features/step-references';
import { outline, type OutlineSymbol } from '../../src/core/features/symbols';
import { calibrationFixes } from '../../src/core/fixes/calibrate-estimate';
import { EXPORT_FORMATS, ExportError, exportAs } from '../../src/core/export/index';
import { previewData } from '../../src/core/preview/preview-data';
import { previewModel } from '../../src/core/preview/preview-model';
import { scheduleData } from '../../src/core/schedule/schedule-data';
import { scheduleText } from '../../src/core/schedule/schedule-text';
import { defaultSettings } from '../../src/core/settings';
import type { YamlNode } from '../../src/core/yaml/tree';

/** The present every probe analyses with: start-in-past and short-notice depend on it. */
export const PROBE_NOW = Date.UTC(2026, 6, 1, 12);

/** A broken invariant, with what broke it. */
export class ProbeFailure extends Error {}

/** The runbook every announcement links to, whatever its path says: one found, with a plan. */
const LINKED_TEXT = [
  'kind: runbook',
  'title: Linked',
  'steps:',
  '  - id: backup',
  '    estimate: 30m',
  '  - id: migrate',
  '    needs: [backup]',
  '    estimate: 1h..2h',
  '',
].join('\n');

let linkedAnalysis: Analysis | undefined;
const resolver: RunbookResolver = (path): LinkedRunbook => {
  if (path.includes('missing'))
    return { status: 'not-found', path, message: `No runbook at ${path}.` };
  linkedAnalysis ??= analyze(LINKED_TEXT, 'linked.runbook.yaml', defaultSettings, PROBE_NOW);
  return { status: 'found', path, analysis: linkedAnalysis };
};

/** Past runs for calibration fixes: every step id the examples and templates use. */
const HISTORY = new Map<string, number[]>(
  ['backup', 'migrate', 'a', 'b', 'step-1'].map((id) => [id, [600_000, 900_000, 1_200_000]]),
);

function checkRange(text: string, what: string, start: number, end: number): void {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start > end
  )
    throw new ProbeFailure(`${what}: range ${start}..${end} outside 0..${text.length}`);
}

/**
 * Offsets to ask about: the start and end of every key and value (only the start with
 * `startsOnly`), the start and end of the text.
 */
export function nodeOffsets(
  root: YamlNode | null,
  textLength: number,
  startsOnly = false,
): number[] {
  const offsets = new Set<number>([0, textLength]);
  const stack: YamlNode[] = root ? [root] : [];
  // A stack, not recursion: a fuzzed document may nest deeper than the call stack allows.
  while (stack.length > 0) {
    const node = stack.pop()!;
    offsets.add(node.start);
    if (!startsOnly) offsets.add(node.end);
    if (node.type === 'map')
      for (const pair of node.pairs) {
        stack.push(pair.key);
        if (pair.value) stack.push(pair.value);
      }
    else if (node.type === 'seq') for (const item of node.items) stack.push(item);
  }
  return [...offsets].filter((o) => o >= 0 && o <= textLength).sort((a, b) => a - b);
}

function checkOutline(text: string, symbols: readonly OutlineSymbol[]): void {
  const stack = [...symbols];
  while (stack.length > 0) {
    const symbol = stack.pop()!;
    checkRange(text, `outline ${symbol.name}`, symbol.start, symbol.end);
    checkRange(
      text,
      `outline selection ${symbol.name}`,
      symbol.selectionStart,
      symbol.selectionEnd,
    );
    for (const child of symbol.children) stack.push(child);
  }
}

/**
 * Options of one probe: how many node offsets to visit at most (all by default), spread evenly
 * over the text; offsets inside `focus` (a span of the text) are all visited whatever the cap.
 */
export interface ProbeOptions {
  maxOffsets?: number;
  focus?: { start: number; end: number };
}

/**
 * Runs the whole core on `text` and returns what came out, as one string. Throws ProbeFailure on a
 * range outside the text; any other exception is a crash of the core and escapes as it is.
 */
export function probeCore(text: string, fileName: string, options: ProbeOptions = {}): string {
  const analysis = analyze(text, fileName, defaultSettings, PROBE_NOW, resolver);
  const out: unknown[] = [];
  for (const d of analysis.diagnostics) {
    checkRange(text, `diagnostic ${d.code}`, d.start, d.end);
    for (const r of d.related ?? []) checkRange(text, `related of ${d.code}`, r.start, r.end);
    for (const fix of d.fixes ?? [])
      for (const e of fix.edits) checkRange(text, `fix "${fix.title}"`, e.start, e.end);
  }
  out.push(analysis.diagnostics);
  const symbols = outline(analysis);
  checkOutline(text, symbols);
  const lenses = codeLenses(analysis);
  for (const lens of lenses) checkRange(text, 'code lens', lens.start, lens.end);
  const hints = [...inlayHints(analysis), ...stepInlayHints(analysis)];
  for (const hint of hints) checkRange(text, `inlay hint ${hint.label}`, hint.offset, hint.offset);
  const summary = planSummary(analysis);
  out.push(symbols, lenses, hints, summary && [statusLine(summary), summaryMarkdown(summary)]);
  out.push(exportsOf(analysis));
  for (const offset of offsetsToVisit(analysis, options)) out.push(featuresAt(analysis, offset));
  return JSON.stringify(out);
}

function offsetsToVisit(analysis: Analysis, { maxOffsets, focus }: ProbeOptions): number[] {
  const offsets = nodeOffsets(analysis.parsed.root, analysis.text.length);
  if (maxOffsets === undefined || offsets.length <= maxOffsets) return offsets;
  const every = Math.ceil(offsets.length / maxOffsets);
  return offsets.filter(
    (offset, i) =>
      i % every === 0 || (focus !== undefined && offset >= focus.start && offset <= focus.end),
  );
}
function featuresAt(analysis: Analysis, offset: number): unknown {
  const { text } = analysis;
  const shown = hover(analysis, offset, HISTORY);
  if (shown) checkRange(text, 'hover', shown.start, shown.end);
  const items = complete(analysis, offset);
  for (const item of items) checkRange(text, `completion ${item.label}`, item.start, item.end);
  const at = stepIdAt(analysis, offset);
  const occurrences = at && stepIdOccurrences(analysis, at.text.id);
  for (const o of occurrences
    ? [...occurrences.references, ...(occurrences.definition ? [occurrences.definition] : [])]
    : [])
    checkRange(text, 'reference', o.start, o.end);
  const renamed = renameStepId(analysis, offset, 'renamed-step');
  if (renamed.ok) for (const e of renamed.edits) checkRange(text, 'rename', e.start, e.end);
  const fixes = calibrationFixes(analysis, offset, HISTORY);
  for (const fix of fixes)
    for (const e of fix.edits) checkRange(text, 'calibration', e.start, e.end);
  return [offset, shown, items.length, items.slice(0, 3), occurrences, renamed, fixes];
}

function exportsOf(analysis: Analysis): unknown[] {
  if (analysis.skipped || !analysis.kind) return [];
  const model = previewModel(analysis);
  const out: unknown[] = [previewData(analysis)];
  for (const format of EXPORT_FORMATS) {
    try {
      out.push(exportAs(model, format).text);
    } catch (error) {
      // Refusing an export (an .ics without a valid start) is a documented answer, not a crash.
      if (!(error instanceof ExportError)) throw error;
      out.push(`refused: ${error.message}`);
    }
  }
  if (analysis.plan) {
    out.push(scheduleData(analysis, analysis.plan));
    out.push(scheduleText(analysis, analysis.plan, 'Title'));
  }
  return out;
}

/** Probes twice and fails unless both runs gave the same output. */
export function probeCoreTwice(text: string, fileName: string, options?: ProbeOptions): void {
  const first = probeCore(text, fileName, options);
  const second = probeCore(text, fileName, options);
  if (first !== second) throw new ProbeFailure('the same input gave different output');
}
