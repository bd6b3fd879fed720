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
 * another analysis holds is never changed. With `bounds`, undefined when an offset (before the
 * move) falls outside them. Recursion is bounded by the readers' depth limits.
 */
export function shiftNode(
  node: YamlNode,
  delta: number,
  bounds?: OffsetBounds,
  depth = 0,
): YamlNode | undefined {
  if (depth > COPY_DEPTH_LIMIT || !within(node, bounds)) return undefined;
  const start = node.start + delta;
  const end = node.end + delta;
  switch (node.type) {
    case 'scalar':
      return { type: 'scalar', start, end, value: node.value };
    case 'seq': {
      const items: YamlNode[] = [];
      for (const item of node.items) {
        const copy = shiftNode(item, delta, bounds, depth + 1);
        if (!copy) return undefined;
        items.push(copy);
      }
      return { type: 'seq', start, end, items };
    }
    case 'map': {
      const pairs: YamlPair[] = [];
      for (const pair of node.pairs) {
        const copy = shiftPair(pair, delta, bounds, depth + 1);
        if (!copy) return undefined;
        pairs.push(copy);
      }
      return { type: 'map', start, end, pairs };
    }
  }
}

/** A moved copy of a pair; see shiftNode. */
export function shiftPair(
  pair: YamlPair,
  delta: number,
  bounds?: OffsetBounds,
  depth = 0,
): YamlPair | undefined {
  if (!within(pair, bounds)) return undefined;
  const key = shiftNode(pair.key, delta, bounds, depth);
  if (!key) return undefined;
  const value = pair.value ? shiftNode(pair.value, delta, bounds, depth) : null;
  if (value === undefined) return undefined;
  return { key, value, start: pair.start + delta, end: pair.end + delta };
}

function within(range: { start: number; end: number }, bounds: OffsetBounds | undefined): boolean {
  return !bounds || (range.start >= bounds.min && range.end <= bounds.max);
}
