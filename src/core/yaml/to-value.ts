import type { YamlNode } from './tree';

/** Thrown when aliases would expand a small text into a huge value ("billion laughs"). */
export class ExpansionLimitError extends Error {}

/**
 * Converts a tree into plain JSON-like data for the schema validator. Aliases share nodes in the
 * tree, so expanding them here is where a "billion laughs" file would explode: every node
 * produced counts against `budget`, and going over it throws ExpansionLimitError.
 */
export function toValue(root: YamlNode | null, budget: number): unknown {
  let produced = 0;
  const convert = (node: YamlNode): unknown => {
    if (++produced > budget)
      throw new ExpansionLimitError(`expanding aliases would produce more than ${budget} values`);
    switch (node.type) {
      case 'scalar':
        return node.value;
      case 'seq':
        return node.items.map(convert);
      case 'map': {
        const result: Record<string, unknown> = {};
        for (const pair of node.pairs) {
          const key =
            pair.key.type === 'scalar' ? String(pair.key.value) : JSON.stringify(convert(pair.key));
          const value = pair.value ? convert(pair.value) : null;
          // A `__proto__:` key must stay data, never a prototype: only it needs defineProperty,
          // which costs a descriptor object per key (a third of the conversion in large files).
          if (key === '__proto__')
            Object.defineProperty(result, key, {
              value,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          else result[key] = value;
        }
        return result;
      }
    }
  };
  return root ? convert(root) : null;
}

/** Trees known to hold each node once (read without aliases): counting them needs no set. */
const unshared = new WeakSet<YamlNode>();

/** Records that no node of the tree under `root` is reachable twice, as in any tree read without aliases. */
export function markUnshared(root: YamlNode): void {
  unshared.add(root);
}

/** True when the tree under `root` was read without aliases: converting it cannot expand. */
export function isUnshared(root: YamlNode): boolean {
  return unshared.has(root);
}

/** How many distinct nodes a tree holds, aliases counted once. */
export function countNodes(root: YamlNode | null): number {
  if (root && unshared.has(root)) return countTree(root);
  const seen = new Set<YamlNode>();
  const stack: YamlNode[] = root ? [root] : [];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    // One push per node: spreading a list of 300,000 items overflows the call stack.
    if (node.type === 'seq') for (const item of node.items) stack.push(item);
    if (node.type === 'map')
      for (const pair of node.pairs) {
        stack.push(pair.key);
        if (pair.value) stack.push(pair.value);
      }
  }
  return seen.size;
}

/** Counts the nodes of a tree without shared nodes: a walk, no set of the ones seen. */
function countTree(root: YamlNode): number {
  let count = 0;
  const stack: YamlNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    count++;
    if (node.type === 'seq') for (const item of node.items) stack.push(item);
    else if (node.type === 'map') {
      for (const pair of node.pairs) {
        stack.push(pair.key);
        if (pair.value) stack.push(pair.value);
      }
    }
  }
  return count;
}
