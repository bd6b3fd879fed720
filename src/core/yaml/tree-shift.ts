import { MAX_DEPTH, PARSE_DEPTH_LIMIT } from './nesting';
import type { YamlNode, YamlPair } from './tree';

/** Offsets a copy must keep within, in the source it was read from. */
export interface OffsetBounds {
  min: number;
  max: number;
}

/** Deeper than either reader builds: such a tree is not copied (the caller parses the whole text). */
const COPY_DEPTH_LIMIT = Math.max(MAX_DEPTH, PARSE_DEPTH_LIMIT) + 2;

/**
 * A copy of `node` with every offset moved by `delta`, new objects throughout, so that a tree
 * another analysis holds is never changed. Recursion is bounded by the readers' depth limits
 * (undefined past them).
 */
export function shiftNode(node: YamlNode, delta: number, depth = 0): YamlNode | undefined {
  if (depth > COPY_DEPTH_LIMIT) return undefined;
  const start = node.start + delta;
  const end = node.end + delta;
  switch (node.type) {
    case 'scalar':
      return { type: 'scalar', start, end, value: node.value };
    case 'seq': {
      const items: YamlNode[] = [];
      for (const item of node.items) {
        const copy = shiftNode(item, delta, depth + 1);
        if (!copy) return undefined;
        items.push(copy);
      }
      return { type: 'seq', start, end, items };
    }
    case 'map': {
      const pairs: YamlPair[] = [];
      for (const pair of node.pairs) {
        const copy = shiftPair(pair, delta, depth + 1);
        if (!copy) return undefined;
        pairs.push(copy);
      }
      return { type: 'map', start, end, pairs };
    }
  }
}

/** A moved copy of a pair; see shiftNode. */
export function shiftPair(pair: YamlPair, delta: number, depth = 0): YamlPair | undefined {
  const key = shiftNode(pair.key, delta, depth);
  if (!key) return undefined;
  const value = pair.value ? shiftNode(pair.value, delta, depth) : null;
  if (value === undefined) return undefined;
  return { key, value, start: pair.start + delta, end: pair.end + delta };
}

function within(range: { start: number; end: number }, bounds: OffsetBounds): boolean {
  return range.start >= bounds.min && range.end <= bounds.max;
}

/**
 * Moves every offset of a tree just read, in place, by `delta`: for nodes no one else holds yet
 * (a block's fresh parse), where a copy would only cost time. False, with the tree half moved,
 * when an offset (before the move) falls outside `bounds`: the caller then drops the tree.
 */
export function moveFreshNode(node: YamlNode, delta: number, bounds: OffsetBounds): boolean {
  const stack: YamlNode[] = [node];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (!within(next, bounds)) return false;
    next.start += delta;
    next.end += delta;
    if (next.type === 'seq') for (const item of next.items) stack.push(item);
    else if (next.type === 'map') {
      for (const pair of next.pairs) {
        if (!within(pair, bounds)) return false;
        pair.start += delta;
        pair.end += delta;
        stack.push(pair.key);
        if (pair.value) stack.push(pair.value);
      }
    }
  }
  return true;
}
