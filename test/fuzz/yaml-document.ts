// A tiny block-YAML writer for generated documents: a tree of maps, sequences and raw scalar
// texts, where any node can be swapped for a value written in any YAML form (a block scalar, a
// block sequence, an alias, a tagged value…). The type-confusion tests and the fuzz generators
// build their files with it.

/** A node of a generated document. `raw` is written as it is, after `key:` or `- `. */
export type DocNode =
  | { map: Array<[string, DocNode]> }
  | { seq: DocNode[] }
  | { raw: string }
  | { block: YamlValue }
  /** Left out of its map or sequence: the field is not written at all. */
  | { omit: true };

/** A value written in one YAML form: text after `key:`, and lines below it (indented by `indent`). */
export interface YamlValue {
  name: string;
  head: string;
  /** Lines under the key, without their indentation. */
  lines?: readonly string[];
}

export const raw = (text: string): DocNode => ({ raw: text });
export const map = (...pairs: Array<[string, DocNode]>): DocNode => ({ map: pairs });
export const seq = (...items: DocNode[]): DocNode => ({ seq: items });

const pad = (n: number) => ' '.repeat(n);

/** What follows `key:` on its line, and the lines below, for a value nested at `indent`. */
function emitValue(node: DocNode, indent: number): { head: string; lines: string[] } {
  if ('omit' in node) return { head: '', lines: [] };
  if ('raw' in node) return { head: node.raw === '' ? '' : ` ${node.raw}`, lines: [] };
  if ('block' in node) {
    const { head, lines = [] } = node.block;
    return {
      head: head === '' ? '' : ` ${head}`,
      lines: lines.map((line) => pad(indent + 2) + line),
    };
  }
  if ('map' in node) {
    const pairs = node.map.filter(([, value]) => !('omit' in value));
    if (pairs.length === 0) return { head: ' {}', lines: [] };
    return { head: '', lines: emitPairs(pairs, indent + 2) };
  }
  const items = node.seq.filter((item) => !('omit' in item));
  if (items.length === 0) return { head: ' []', lines: [] };
  return { head: '', lines: items.flatMap((item) => emitItem(item, indent + 2)) };
}

function emitPairs(pairs: ReadonlyArray<[string, DocNode]>, indent: number): string[] {
  return pairs.flatMap(([key, value]) => {
    if ('omit' in value) return [];
    const { head, lines } = emitValue(value, indent);
    return [`${pad(indent)}${key}:${head}`, ...lines];
  });
}

function emitItem(item: DocNode, indent: number): string[] {
  const lines = 'map' in item ? emitPairs(item.map, indent + 2) : [];
  if (lines.length > 0) return [`${pad(indent)}- ${lines[0].slice(indent + 2)}`, ...lines.slice(1)];
  const value = emitValue(item, indent);
  return [`${pad(indent)}-${value.head}`, ...value.lines];
}

/** The document's text: a top-level map, one line per scalar, LF line ends. */
export function emitDocument(root: DocNode): string {
  if (!('map' in root)) throw new Error('a document is a map');
  const lines = emitPairs(root.map, 0);
  return lines.length === 0 ? '{}\n' : `${lines.join('\n')}\n`;
}

/** Whether `path` leads to a node of `root`. */
export function hasPath(root: DocNode, path: ReadonlyArray<string | number>): boolean {
  let node: DocNode | undefined = root;
  for (const segment of path) {
    if (!node) return false;
    if (typeof segment === 'number') node = 'seq' in node ? node.seq[segment] : undefined;
    else node = 'map' in node ? node.map.find(([key]) => key === segment)?.[1] : undefined;
  }
  return node !== undefined;
}

/** A copy of `root` with the node at each path replaced (paths that do not exist are ignored). */
export function withValues(
  root: DocNode,
  replacements: ReadonlyArray<[ReadonlyArray<string | number>, DocNode]>,
): DocNode {
  return replacements.reduce((doc, [path, value]) => replaceAt(doc, path, value), root);
}

function replaceAt(node: DocNode, path: ReadonlyArray<string | number>, value: DocNode): DocNode {
  if (path.length === 0) return value;
  const [segment, ...rest] = path;
  if (typeof segment === 'number' && 'seq' in node)
    return {
      seq: node.seq.map((item, index) => (index === segment ? replaceAt(item, rest, value) : item)),
    };
  if (typeof segment === 'string' && 'map' in node)
    return {
      map: node.map.map(([key, child]): [string, DocNode] =>
        key === segment ? [key, replaceAt(child, rest, value)] : [key, child],
      ),
    };
  return node;
}
