import { CST, Lexer } from 'yaml';
import type { BlockSpan } from './block-split';
import { fastParseYaml } from './fast-parse';
import type { YamlNode, YamlPair, YamlProblem } from './tree';
import { moveFreshNode } from './tree-shift';

/** One block read on its own, every offset already in the whole text's terms. */
export interface BlockResult {
  reader: 'fast' | 'yaml';
  /** A top-level block's key-value pairs (one, or more when a key line is not plain). */
  pairs: YamlPair[];
  /** A step item's node. */
  item: YamlNode | null;
  problems: YamlProblem[];
  /** Where the whole document's mapping starts (read from the first block). */
  rootStart: number;
  /** Where the whole document's mapping ends (the last block only). */
  rootEnd: number;
  /** Where the step list ends (its last item only). */
  stepsEnd: number;
  /**
   * True when a syntax error in the block was read with the block alone, which the whole text's
   * parser would have let run on into the next blocks: its problems are the block's own.
   */
  contained?: true;
}

/** Reads a whole text with the `yaml` package, offsets as in that text. */
export type LibraryReader = (text: string) => {
  root: YamlNode | null;
  problems: YamlProblem[];
  documentCount: number;
};

/** The nesting pre-scan (nesting.ts): the offset where a text nests too deep, if it does. */
export type NestingCheck = (text: string) => number | undefined;

/**
 * The text around a block that puts its parser where the whole text's parser would be: for a
 * step item, a mapping key holding a step list; after it, the start of what follows (another
 * item's dash at the same column, or a key at column 0). Nothing more of the context matters to
 * the block (block-split.ts cuts only where that holds).
 */
const ITEM_PREFIX = 's:\n';
const KEY_AFTER = 'zz9: 0\n';

/**
 * Reads one block: the fast path first, else the `yaml` package on the block alone. Returns
 * undefined when the block's reading might depend on text outside it (an anchor, alias, tag or
 * document marker; a quoted scalar or flow collection running past its end; a problem or a node
 * outside it; a shape other than one entry), so that the caller parses the whole text instead.
 */
export function parseBlock(
  text: string,
  span: BlockSpan,
  readLibrary: LibraryReader,
  tooDeep?: NestingCheck,
): BlockResult | undefined {
  // `steps:` alone on its line: its key is all there is to read (block-tree.ts adds the list).
  if (span.kind === 'steps') return emptyResult(span.start);
  const prefix = span.kind === 'item' ? ITEM_PREFIX : '';
  const body = text.slice(span.start, span.end);
  const suffix =
    span.follower === 'item'
      ? `${' '.repeat(span.indent)}- 0\n`
      : span.follower === 'top'
        ? KEY_AFTER
        : '';
  const source = prefix + body + suffix;
  const bodyEnd = prefix.length + body.length;
  if (tooDeep?.(source) !== undefined) return undefined;
  let root: YamlNode | null | undefined;
  try {
    root = fastParseYaml(source);
  } catch {
    root = undefined;
  }
  let reader: BlockResult['reader'] = 'fast';
  let problems: YamlProblem[] = [];
  if (!root) {
    if (readsPastItself(source, bodyEnd)) return undefined;
    const read = readLibrary(source);
    if (read.documentCount !== 1) return undefined;
    reader = 'yaml';
    root = read.root;
    problems = read.problems;
  }
  if (root?.type !== 'map') return undefined;
  const result = resultOf(root, span, reader, problems, prefix.length, bodyEnd);
  if (result || problems.length === 0 || suffix === '') return result;
  // A block with a syntax error (a tab as indentation) may make the parser swallow the stand-in
  // after it; read alone, its errors stay its own, and one mistyped line does not cost a parse of
  // the whole text. The blocks around it are read as they are.
  const alone = readLibrary(prefix + body);
  if (alone.documentCount !== 1 || alone.root?.type !== 'map' || alone.problems.length === 0)
    return undefined;
  // The parser's recovery may lift an item's later lines to the top level: the item is what the
  // first entry holds, and the problems say the rest.
  const aloneRoot =
    span.kind === 'item' ? { ...alone.root, pairs: alone.root.pairs.slice(0, 1) } : alone.root;
  const contained = resultOf(
    aloneRoot,
    { ...span, follower: 'end' },
    'yaml',
    alone.problems,
    prefix.length,
    bodyEnd,
  );
  return contained && { ...contained, contained: true };
}

/** How far past its own text a block's nodes may end: to the dash of the item after an item. */
export function reachPast(span: BlockSpan): number {
  return span.kind === 'item' && span.follower === 'item' ? span.indent : 0;
}

function emptyResult(start: number): BlockResult {
  return {
    reader: 'fast',
    pairs: [],
    item: null,
    problems: [],
    rootStart: start,
    rootEnd: start,
    stepsEnd: start,
  };
}

function resultOf(
  root: YamlNode & { type: 'map' },
  span: BlockSpan,
  reader: BlockResult['reader'],
  problems: YamlProblem[],
  bodyStart: number,
  bodyEnd: number,
): BlockResult | undefined {
  const delta = span.start - bodyStart;
  // An item whose last lines are comments as deep as it ends where the next item's dash is.
  const inside = { min: bodyStart, max: bodyEnd + reachPast(span) };
  if (problems.some((p) => p.start < bodyStart || p.end > bodyEnd)) return undefined;
  const shiftedProblems = problems.map((p) => ({
    ...p,
    start: p.start + delta,
    end: p.end + delta,
  }));
  const pairs = span.follower === 'top' ? withoutSentinel(root.pairs, bodyEnd) : root.pairs;
  if (!pairs) return undefined;
  const result: BlockResult = {
    ...emptyResult(root.start + delta),
    reader,
    problems: shiftedProblems,
    rootEnd: root.end + delta,
  };
  if (span.kind !== 'item') {
    if (pairs.length === 0) return undefined;
    // The block's tree is ours alone: its offsets move in place.
    for (const pair of pairs) {
      if (pair.start < bodyStart || pair.end > bodyEnd) return undefined;
      if (!moveFreshNode(pair.key, delta, inside)) return undefined;
      if (pair.value && !moveFreshNode(pair.value, delta, inside)) return undefined;
      pair.start += delta;
      pair.end += delta;
      result.pairs.push(pair);
    }
    return result;
  }
  const steps = pairs.length === 1 ? pairs[0].value : null;
  if (steps?.type !== 'seq') return undefined;
  const items = span.follower === 'item' ? withoutSentinel(steps.items, bodyEnd) : steps.items;
  if (items?.length !== 1) return undefined;
  if (!moveFreshNode(items[0], delta, inside)) return undefined;
  result.item = items[0];
  result.stepsEnd = steps.end + delta;
  return result;
}

/** The entries before the sentinel the block was followed by, or undefined if it is not there as written. */
function withoutSentinel<T extends { start: number }>(
  entries: T[],
  bodyEnd: number,
): T[] | undefined {
  const last = entries[entries.length - 1];
  if (!last || last.start < bodyEnd) return undefined;
  return entries.slice(0, -1);
}

/** Tokens that tie a block to text elsewhere (anchors, aliases, tags, directives, document markers, complex keys). */
const FAR_REACHING = new Set([
  'anchor',
  'alias',
  'tag',
  'directive-line',
  'doc-start',
  'doc-end',
  'byte-order-mark',
  'explicit-key-ind',
]);

/** The lexer's markers for a plain scalar, a document and an unterminated flow collection: no text of their own. */
const ZERO_WIDTH = new Set(['scalar', 'doc-mode', 'flow-error-end']);

/**
 * Whether the `yaml` package's lexer, reading the block with what follows it, finds a token that
 * ties the block to other text, or is inside a quoted scalar or a flow collection where the
 * block's own text ends (the whole text might then read on into the next block).
 */
function readsPastItself(source: string, bodyEnd: number): boolean {
  let offset = 0;
  let flowDepth = 0;
  for (const token of new Lexer().lex(source)) {
    const type = CST.tokenType(token);
    if (type === 'flow-error-end') flowDepth = 0;
    if (type && ZERO_WIDTH.has(type)) continue;
    const start = offset;
    offset += token.length;
    if (type && FAR_REACHING.has(type)) return true;
    if (start < bodyEnd && offset > bodyEnd && type !== 'space' && type !== 'newline') return true;
    if (start >= bodyEnd && type !== 'space' && type !== 'newline') return flowDepth > 0;
    if (type === 'flow-map-start' || type === 'flow-seq-start') flowDepth++;
    else if (type === 'flow-map-end' || type === 'flow-seq-end') flowDepth--;
  }
  return flowDepth > 0;
}
