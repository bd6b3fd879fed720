/**
 * The YAML tree every rule and feature reads. It is our own small shape, not the `yaml`
 * package's classes, so that parsing stays behind one module boundary (parse-yaml.ts) and can
 * later re-parse only an edited region without any rule changing.
 * All positions are offsets into the document text (UTF-16 code units, as in JS strings).
 */
export type YamlNode = YamlMap | YamlSeq | YamlScalar;

/** A problem found while reading the YAML text itself. */
export interface YamlProblem {
  start: number;
  end: number;
  message: string;
}

interface NodeBase {
  /** Offset of the node's first character. */
  start: number;
  /** Offset just after the node's value (comments after it excluded). */
  end: number;
}

export interface YamlMap extends NodeBase {
  type: 'map';
  pairs: YamlPair[];
}

export interface YamlPair {
  key: YamlNode;
  /** null when the key has no value (`key:` alone). */
  value: YamlNode | null;
  start: number;
  end: number;
}

export interface YamlSeq extends NodeBase {
  type: 'seq';
  items: YamlNode[];
}

export interface YamlScalar extends NodeBase {
  type: 'scalar';
  /** The value under the YAML 1.2 core schema: `2026-07-19` and `no` stay strings. */
  value: string | number | boolean | null;
}

/** A step along a path into the tree: a map key or a sequence index. */
export type PathSegment = string | number;

/** The pair of a map whose key is the scalar `name`. */
export function pairOf(map: YamlNode | null | undefined, name: string): YamlPair | undefined {
  if (!map || map.type !== 'map') return undefined;
  return map.pairs.find((pair) => pair.key.type === 'scalar' && String(pair.key.value) === name);
}

/** The value node of `name` in a map, if any. */
export function valueOf(map: YamlNode | null | undefined, name: string): YamlNode | undefined {
  return pairOf(map, name)?.value ?? undefined;
}

/** The scalar text of `name` in a map, when it is a scalar. */
export function scalarOf(map: YamlNode | null | undefined, name: string): YamlScalar | undefined {
  const node = valueOf(map, name);
  return node?.type === 'scalar' ? node : undefined;
}

/** The key text of a pair (non-scalar keys have none). */
export function keyName(pair: YamlPair): string | undefined {
  return pair.key.type === 'scalar' && pair.key.value !== null ? String(pair.key.value) : undefined;
}

/** Where a path leads: the node, and the pair that holds it when the last segment is a key. */
export interface PathTarget {
  node: YamlNode | null;
  pair?: YamlPair;
}

/** Follows a path from the root; undefined when a segment does not exist. */
export function nodeAtPath(
  root: YamlNode | null,
  path: readonly PathSegment[],
): PathTarget | undefined {
  let target: PathTarget = { node: root };
  for (const segment of path) {
    const node = target.node;
    if (typeof segment === 'number') {
      if (node?.type !== 'seq' || segment >= node.items.length) return undefined;
      target = { node: node.items[segment] };
    } else {
      const pair = pairOf(node, segment);
      if (!pair) return undefined;
      target = { node: pair.value, pair };
    }
  }
  return target;
}

/** What sits under an offset: the path to it and whether the offset is on a key or a value. */
export interface NodeAtOffset {
  path: PathSegment[];
  node: YamlNode;
  /** True when the offset is on a map key; `path` then ends with that key. */
  onKey: boolean;
}

/** The innermost node containing `offset` (end inclusive, so a cursor after a word counts). */
export function nodeAtOffset(root: YamlNode | null, offset: number): NodeAtOffset | undefined {
  if (!root || offset < root.start || offset > root.end) return undefined;
  const path: PathSegment[] = [];
  let node: YamlNode = root;
  for (;;) {
    if (node.type === 'map') {
      const pair = node.pairs[spanAt(node.pairs, offset)];
      if (!pair) return { path, node, onKey: false };
      const name = keyName(pair) ?? '';
      if (offset >= pair.key.start && offset <= pair.key.end) {
        return { path: [...path, name], node: pair.key, onKey: true };
      }
      if (!pair.value || offset < pair.value.start || offset > pair.value.end) {
        return { path, node, onKey: false };
      }
      path.push(name);
      node = pair.value;
    } else if (node.type === 'seq') {
      const index = spanAt(node.items, offset);
      if (index < 0) return { path, node, onKey: false };
      path.push(index);
      node = node.items[index];
    } else {
      return { path, node, onKey: false };
    }
  }
}

/**
 * The index of the first of `spans` that holds `offset` (end inclusive), or -1. Spans are in file
 * order, so a binary search finds it (a hover in a list of 100,000 steps reads 17 of them); an
 * alias shares its anchor's span, out of order, so a miss is checked by reading them all.
 */
function spanAt(spans: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (spans[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  const found = spans[low];
  if (found && offset >= found.start && offset <= found.end) {
    // The first that holds it, as a reading in order would find: an alias repeats its anchor's span.
    while (low > 0 && spans[low - 1].start <= offset && spans[low - 1].end >= offset) low--;
    return low;
  }
  return spans.findIndex((span) => offset >= span.start && offset <= span.end);
}
