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
    if (++produced > budget) throw new ExpansionLimitError(`expanding aliases would produce more than ${budget} values`);
    switch (node.type) {
      case 'scalar':
        return node.value;
      case 'seq':
        return node.items.map(convert);
      case 'map': {
        const result: Record<string, unknown> = {};
        for (const pair of node.pairs) {
          const key = pair.key.type === 'scalar' ? String(pair.key.value) : JSON.stringify(convert(pair.key));
          // defineProperty, not assignment: a `__proto__:` key must stay data, never a prototype.
          Object.defineProperty(result, key, { value: pair.value ? convert(pair.value) : null, enumerable: true, writable: true, configurable: true });
        }
        return result;
      }
    }
  };
  return root ? convert(root) : null;
}

/** How many distinct nodes a tree holds, aliases counted once. */
export function countNodes(root: YamlNode | null): number {
  const seen = new Set<YamlNode>();
  const stack: YamlNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.type === 'seq') stack.push(...node.items);
    if (node.type === 'map') for (const pair of node.pairs) stack.push(pair.key, ...(pair.value ? [pair.value] : []));
  }
  return seen.size;
}
