import { parseBlock, type BlockResult, type LibraryReader, type NestingCheck } from './block-parse';
import { splitBlocks, splitBlocksAfterEdit, type BlockSpan } from './block-split';
import { changedSpan, type ChangedSpan } from './changed-span';
import { shiftNode, shiftPair } from './tree-shift';
import type { YamlMap, YamlPair, YamlProblem, YamlScalar, YamlSeq } from './tree';

/** A block and how it read: what the next parse of an edited text may reuse. */
export interface ParsedBlock {
  span: BlockSpan;
  result: BlockResult;
}

export interface BlockTree {
  reader: 'fast' | 'yaml';
  root: YamlMap;
  problems: YamlProblem[];
  blocks: ParsedBlock[];
  /** How many blocks were read (the others were reused). */
  parsedCount: number;
  /** True when a block's syntax error was read with that block alone (block-parse.ts). */
  contained: boolean;
  /**
   * What the edit since the previous blocks changed, when it changed one step item and nothing
   * else (every other block reused), or nothing at all (the text they were read from).
   */
  edited?: EditedItem | 'nothing';
}

/**
 * The one step item an edit changed, when it changed nothing else: the blocks before it are
 * where they were, those after it moved by the edit's delta. Lets the analysis re-check only
 * what the item holds (analyze.ts).
 */
export interface EditedItem {
  /** The item's place in the step list (items that are not mappings counted too). */
  index: number;
  /** The item's block in the text before the edit, and in the text after it. */
  before: { start: number; end: number };
  after: { start: number; end: number };
  change: ChangedSpan;
}

/** The text a block tree was read from, with its blocks. */
export interface PreviousBlocks {
  text: string;
  blocks: readonly ParsedBlock[];
}

/**
 * Reads `text` a block at a time (block-split.ts), reusing the blocks of `previous` that the
 * edit from its text did not touch, and composes the tree a whole-text parse gives. With
 * `tooDeep`, each block read is first checked for nesting too deep (else the caller checked the
 * whole text). Undefined
 * when the text does not split, or a block's reading might depend on text outside it, or two
 * top-level keys are equal: the caller then parses the whole text.
 */
export function parseInBlocks(
  text: string,
  readLibrary: LibraryReader,
  previous?: PreviousBlocks,
  tooDeep?: NestingCheck,
): BlockTree | undefined {
  const change = previous && changedSpan(previous.text, text);
  const spans =
    (previous &&
      change &&
      splitBlocksAfterEdit(
        text,
        previous.blocks.map((block) => block.span),
        change,
      )) ??
    splitBlocks(text);
  if (!spans) return undefined;
  const reuse = previous && change ? reusable(previous, change) : undefined;
  const blocks: ParsedBlock[] = [];
  let parsedCount = 0;
  let lastParsed = -1;
  for (const span of spans) {
    let result = reuse?.(span);
    if (!result) {
      result = parseBlock(text, span, readLibrary, tooDeep);
      parsedCount++;
      lastParsed = blocks.length;
    }
    if (!result) return undefined;
    blocks.push({ span, result });
  }
  const tree = compose(blocks);
  const contained = blocks.some((block) => block.result.contained === true);
  const edited =
    previous && change
      ? editSince(previous.blocks, blocks, lastParsed, parsedCount, change)
      : undefined;
  return tree && { ...tree, blocks, parsedCount, contained, ...(edited && { edited }) };
}

/**
 * What the edit changed: nothing (an empty changed span: the very text the old blocks were read
 * from), or the step item it was confined to (the one block read again, an item before and after).
 */
function editSince(
  old: readonly ParsedBlock[],
  blocks: readonly ParsedBlock[],
  readAgain: number,
  parsedCount: number,
  change: ChangedSpan,
): EditedItem | 'nothing' | undefined {
  if (change.oldEnd === change.start && change.delta === 0) return 'nothing';
  if (parsedCount !== 1 || old.length !== blocks.length) return undefined;
  const before = old[readAgain].span;
  const after = blocks[readAgain].span;
  if (before.kind !== 'item' || after.kind !== 'item') return undefined;
  let index = 0;
  for (let i = readAgain - 1; i >= 0 && blocks[i].span.kind === 'item'; i--) index++;
  return {
    index,
    before: { start: before.start, end: before.end },
    after: { start: after.start, end: after.end },
    change,
  };
}

/** How to find an untouched block of the previous text for a block of the new one. */
function reusable(
  previous: PreviousBlocks,
  change: ChangedSpan,
): (span: BlockSpan) => BlockResult | undefined {
  // The spans are asked for in order, and the old blocks are in order: one pass finds each.
  let next = 0;
  return (span) => {
    // A block wholly before the edit is where it was; one wholly after it moved by the edit's delta.
    const before = span.end <= change.start;
    if (!before && span.start < change.newEnd) return undefined;
    const delta = before ? 0 : change.delta;
    const start = span.start - delta;
    while (next < previous.blocks.length && previous.blocks[next].span.start < start) next++;
    const old = previous.blocks[next] as ParsedBlock | undefined;
    if (old?.span.start !== start || !sameSpan(old.span, span, delta)) return undefined;
    return delta === 0 ? old.result : shiftResult(old.result, delta);
  };
}

function sameSpan(old: BlockSpan, span: BlockSpan, delta: number): boolean {
  return (
    old.kind === span.kind &&
    old.end + delta === span.end &&
    old.indent === span.indent &&
    old.follower === span.follower
  );
}

function shiftResult(result: BlockResult, delta: number): BlockResult | undefined {
  const pairs: YamlPair[] = [];
  for (const pair of result.pairs) {
    const copy = shiftPair(pair, delta);
    if (!copy) return undefined;
    pairs.push(copy);
  }
  const item = result.item ? shiftNode(result.item, delta) : null;
  if (item === undefined) return undefined;
  return {
    reader: result.reader,
    pairs,
    item,
    problems: result.problems.map((p) => ({ ...p, start: p.start + delta, end: p.end + delta })),
    rootStart: result.rootStart + delta,
    rootEnd: result.rootEnd + delta,
    stepsEnd: result.stepsEnd + delta,
  };
}

/** The document's mapping from its blocks: top-level pairs in order, the step items in `steps:`. */
function compose(
  blocks: readonly ParsedBlock[],
): Omit<BlockTree, 'blocks' | 'parsedCount' | 'contained'> | undefined {
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  const root: YamlMap = {
    type: 'map',
    start: first.result.rootStart,
    end: last.result.rootEnd,
    pairs: [],
  };
  const keys = new Set<unknown>();
  const problems: YamlProblem[] = [];
  let reader: BlockTree['reader'] = 'fast';
  let steps: { pair: YamlPair; seq: YamlSeq } | undefined;
  for (const { span, result } of blocks) {
    if (result.reader === 'yaml') reader = 'yaml';
    for (const problem of result.problems) problems.push(problem);
    if (span.kind === 'item') {
      if (!steps || !result.item) return undefined;
      if (steps.seq.items.length === 0) steps.seq.start = span.start + span.indent;
      steps.seq.items.push(result.item);
      if (span.follower !== 'item') closeSteps(steps, result.stepsEnd);
      continue;
    }
    const pairs = span.kind === 'steps' ? [stepsPair(span)] : result.pairs;
    for (const pair of pairs) {
      // The `yaml` package reports a repeated key (the fast path compares values with ===, as here).
      if (pair.key.type !== 'scalar' || keys.has(pair.key.value)) return undefined;
      keys.add(pair.key.value);
      root.pairs.push(pair);
    }
    steps = span.kind === 'steps' ? { pair: pairs[0], seq: pairs[0].value as YamlSeq } : undefined;
  }
  return { reader, root, problems };
}

/** The `steps:` key, its step list filled by the item blocks after it. */
function stepsPair(span: BlockSpan): YamlPair {
  const key: YamlScalar = {
    type: 'scalar',
    start: span.start,
    end: span.start + 5,
    value: 'steps',
  };
  const seq: YamlSeq = { type: 'seq', start: span.end, end: span.end, items: [] };
  return { key, value: seq, start: key.start, end: key.end };
}

function closeSteps(steps: { pair: YamlPair; seq: YamlSeq }, end: number): void {
  steps.seq.end = end;
  steps.pair.end = Math.max(end, steps.pair.key.end);
}
