import { bail } from './fast-bail';
import {
  checkPlainStart,
  COLON,
  DASH,
  HASH,
  plainValue,
  quotedEnd,
  quotedValue,
  scalar,
  skipSpaces,
  SPACE,
} from './fast-scalar';
import { MAX_DEPTH } from './nesting';
import type { YamlMap, YamlNode, YamlSeq } from './tree';

const OPEN_SEQ = 91; // [
const CLOSE_SEQ = 93; // ]
const OPEN_MAP = 123; // {
const CLOSE_MAP = 125; // }
const COMMA = 44;

function isFlowIndicator(ch: number): boolean {
  return ch === COMMA || ch === OPEN_SEQ || ch === CLOSE_SEQ || ch === OPEN_MAP || ch === CLOSE_MAP;
}

/** A node read from a flow collection, and the offset just after it. */
interface Read {
  node: YamlNode;
  next: number;
}

/**
 * Reads a flow collection (`[a, b]`, `{ zone: X, label: Y }`) that opens at `pos` and closes on
 * the same line, ending before `lineEnd`. `depth` is the collection's depth in the tree, as the
 * tree builder counts it. Trailing commas, empty entries, pairs inside `[…]`, comments and
 * anything spanning lines are left to the `yaml` package.
 */
export function readFlowCollection(
  text: string,
  pos: number,
  lineEnd: number,
  depth: number,
): Read {
  if (depth > MAX_DEPTH) bail();
  const isMap = text.charCodeAt(pos) === OPEN_MAP;
  const close = isMap ? CLOSE_MAP : CLOSE_SEQ;
  const node: YamlMap | YamlSeq = isMap
    ? { type: 'map', start: pos, end: 0, pairs: [] }
    : { type: 'seq', start: pos, end: 0, items: [] };
  let i = skipSpaces(text, pos + 1, lineEnd);
  // A line break is never `close`, so an unclosed `[` goes on into the loop and bails there.
  if (text.charCodeAt(i) !== close) {
    for (;;) {
      if (node.type === 'map') i = readFlowPair(text, i, lineEnd, depth + 1, node);
      else {
        const item = readFlowItem(text, i, lineEnd, depth + 1, false);
        node.items.push(item.node);
        i = item.next;
      }
      i = skipSpaces(text, i, lineEnd);
      const ch = text.charCodeAt(i);
      if (i >= lineEnd) bail();
      if (ch === close) break;
      if (ch !== COMMA) bail();
      i = skipSpaces(text, i + 1, lineEnd);
      if (text.charCodeAt(i) === close) bail();
    }
  }
  node.end = i + 1;
  return { node, next: i + 1 };
}

/** `key: value` in a flow mapping, added to `map`; returns the offset after the value. */
function readFlowPair(
  text: string,
  pos: number,
  lineEnd: number,
  depth: number,
  map: YamlMap,
): number {
  const key = readFlowItem(text, pos, lineEnd, depth, true);
  if (key.node.type !== 'scalar') bail();
  const colon = skipSpaces(text, key.next, lineEnd);
  // `{a:b}` and `{"a":b}` are read differently by YAML and JSON habits; only `a: b` is ours.
  if (
    text.charCodeAt(colon) !== COLON ||
    text.charCodeAt(colon + 1) !== SPACE ||
    colon + 1 >= lineEnd
  )
    bail();
  const value = readFlowItem(text, skipSpaces(text, colon + 1, lineEnd), lineEnd, depth, false);
  for (const pair of map.pairs)
    if (pair.key.type === 'scalar' && pair.key.value === key.node.value) bail();
  map.pairs.push({
    key: key.node,
    value: value.node,
    start: key.node.start,
    end: Math.max(value.node.end, key.node.end),
  });
  return value.next;
}

/** A flow entry: a nested collection, a quoted scalar or a plain scalar. */
function readFlowItem(
  text: string,
  pos: number,
  lineEnd: number,
  depth: number,
  asKey: boolean,
): Read {
  if (depth > MAX_DEPTH || pos >= lineEnd) bail();
  const ch = text.charCodeAt(pos);
  if (ch === OPEN_SEQ || ch === OPEN_MAP) {
    if (asKey) bail();
    return readFlowCollection(text, pos, lineEnd, depth);
  }
  if (ch === 34 || ch === 39) {
    const end = quotedEnd(text, pos, lineEnd);
    return { node: scalar(pos, end, quotedValue(text, pos, end)), next: end };
  }
  checkPlainStart(text, pos, lineEnd);
  if (ch === DASH && isFlowIndicator(text.charCodeAt(pos + 1))) bail();
  const end = plainEnd(text, pos, lineEnd, asKey);
  const source = text.slice(pos, end);
  return { node: scalar(pos, end, plainValue(source)), next: end };
}

/**
 * Where a plain scalar inside a flow collection ends: before `,[]{}`, before `: ` (a key's end;
 * in a value it would be a nested pair) and before trailing spaces. A comment or the end of the
 * line means the collection goes on below.
 */
function plainEnd(text: string, pos: number, lineEnd: number, asKey: boolean): number {
  let end = pos;
  for (let i = pos; i < lineEnd; i++) {
    const ch = text.charCodeAt(i);
    if (ch === SPACE) {
      if (text.charCodeAt(i + 1) === HASH) bail();
      continue;
    }
    if (isFlowIndicator(ch)) return end;
    if (ch === COLON) {
      const next = text.charCodeAt(i + 1);
      if (i + 1 >= lineEnd || next === SPACE || isFlowIndicator(next)) {
        if (asKey) return end;
        bail();
      }
    }
    end = i + 1;
  }
  return bail();
}
