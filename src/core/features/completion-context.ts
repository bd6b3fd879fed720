import { LineIndex } from '../text/line-index';
import { keyName, nodeAtOffset, type PathSegment, type YamlNode } from '../yaml/tree';

/**
 * Where the cursor is, read from the text around it rather than from the parsed tree: while a
 * person types, the line under the cursor is rarely valid YAML yet (`  imp`, `needs: [ba`).
 */
export interface CompletionContext {
  /** Path of the mapping (for a key) or of the value being written; list items as index 0. */
  path: PathSegment[];
  position: 'key' | 'value';
  /** The partial word before the cursor, replaced by the chosen item. */
  prefixStart: number;
  /** Keys already written beside the cursor (for `key` positions). */
  siblings: Set<string>;
  /** Column of the key being written, for indenting what is inserted after it. */
  column: number;
}

interface LineShape {
  /** Column of the `- ` of a list item, if the line starts with one. */
  dash?: number;
  /** Column where the content starts (after any `- `). */
  content: number;
  /** The key at the content column, if the line is `key:` or `key: value`. */
  key?: string;
  blank: boolean;
}

const SHAPE = /^( *)(?:(- +))?(?:([A-Za-z_][\w.-]*)\s*:(?:\s|$))?/;

function shapeOf(line: string): LineShape {
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- SHAPE matches every line: all its parts are optional
  const match = SHAPE.exec(line)!;
  const indent = match[1].length;
  const dash = match[2] ? indent : undefined;
  const content = indent + (match[2]?.length ?? 0);
  const blank = line.trim() === '' || line.trimStart().startsWith('#');
  return {
    ...(dash !== undefined ? { dash } : {}),
    content,
    ...(match[3] ? { key: match[3] } : {}),
    blank,
  };
}

/**
 * The path of the block a node on line `lineNo` belongs to; the node starts at `column`, with a
 * `- ` there when `isDash`. A parent key may sit at a `- `'s own column (`needs:` above `- a`),
 * but a `- ` at that column is an earlier sibling item, never a parent: hence two limits.
 */
function parentPath(
  lines: LineIndex,
  lineNo: number,
  column: number,
  isDash: boolean,
  root: YamlNode | null,
): PathSegment[] {
  const reversed: PathSegment[] = [];
  let keyLimit = isDash ? column + 1 : column;
  let dashLimit = column;
  for (let l = lineNo - 1; l >= 0 && keyLimit > 0; l--) {
    const shape = shapeOf(lines.lineText(l));
    if (shape.blank) continue;
    if (shape.key !== undefined && shape.content < keyLimit) {
      reversed.push(shape.key);
      keyLimit = dashLimit = shape.content;
    }
    if (shape.dash !== undefined && shape.dash < dashLimit) {
      // The parsed tree knows where this list item sits: no need to walk back over the items
      // before it (a cursor in step 10,000 would otherwise read 60,000 lines).
      const itemPath = listItemPath(root, lines.lineStart(l) + shape.content);
      if (itemPath) return [...itemPath, ...reversed.reverse()];
      reversed.push(0);
      keyLimit = shape.dash + 1;
      dashLimit = shape.dash;
    }
  }
  return reversed.reverse();
}

/** The tree path of the list item whose content starts at `offset`, when the tree has one there. */
function listItemPath(root: YamlNode | null, offset: number): PathSegment[] | undefined {
  const at = nodeAtOffset(root, offset);
  if (!at || at.node.start !== offset) return undefined;
  const lastIndex = at.path.map((segment) => typeof segment).lastIndexOf('number');
  return lastIndex < 0
    ? undefined
    : at.path.slice(0, lastIndex + 1).map((segment) => (typeof segment === 'number' ? 0 : segment));
}

/** Top-level keys come from the tree: scanning for them would read every line of the file. */
function rootKeys(
  root: YamlNode | null,
  lineStart: number,
  lineEnd: number,
): Set<string> | undefined {
  if (root?.type !== 'map') return undefined;
  const keys = root.pairs
    .filter((pair) => pair.key.end < lineStart || pair.key.start > lineEnd)
    .map(keyName);
  return new Set(keys.filter((key): key is string => key !== undefined));
}

/** Keys at `column` in the same mapping as line `lineNo`. */
function siblingKeys(lines: LineIndex, lineNo: number, column: number): Set<string> {
  const keys = new Set<string>();
  const scan = (from: number, step: 1 | -1) => {
    for (let l = from; l >= 0 && l < lines.lineCount; l += step) {
      const shape = shapeOf(lines.lineText(l));
      if (shape.blank) continue;
      const indent = shape.dash ?? shape.content;
      if (indent < column && !(shape.dash !== undefined && shape.content === column)) return;
      if (shape.content === column && shape.key) keys.add(shape.key);
      // A `- ` at this mapping's own level starts it (going up) or starts the next item (going down).
      if (shape.dash !== undefined && shape.content === column) return;
    }
  };
  if (shapeOf(lines.lineText(lineNo)).dash === undefined) scan(lineNo - 1, -1);
  scan(lineNo + 1, 1);
  return keys;
}

const WORD_CHAR = /[\w.-]/;

/**
 * The run of characters matching `char` that ends `text`, read from its end: a regex ending in
 * `*$` tries every start, quadratic on a line of thousands of word characters before a `:`.
 */
export function trailingRun(text: string, char: RegExp): string {
  let start = text.length;
  while (start > 0 && char.test(text[start - 1])) start--;
  return text.slice(start);
}

/** Reads the completion context at `offset`; pass the text's line index and tree when at hand. */
export function completionContext(
  text: string,
  offset: number,
  lines = new LineIndex(text),
  root: YamlNode | null = null,
): CompletionContext {
  const lineNo = lines.at(offset).line - 1;
  const lineStart = lines.lineStart(lineNo);
  const before = text.slice(lineStart, offset);
  const shape = shapeOf(before);
  const wordStart = offset - trailingRun(before, WORD_CHAR).length;
  const ownPath = parentPath(
    lines,
    lineNo,
    shape.dash ?? shape.content,
    shape.dash !== undefined,
    root,
  );
  if (shape.dash !== undefined) ownPath.push(0);

  if (shape.key !== undefined) {
    const afterColon = before.slice(before.indexOf(':') + 1);
    const inFlowList = afterColon.includes('[');
    return {
      path: [...ownPath, shape.key, ...(inFlowList ? [0] : [])],
      position: 'value',
      prefixStart: wordStart,
      siblings: new Set(),
      column: shape.content,
    };
  }
  // `- partial` may be a new mapping's first key or a scalar list item; completion decides by schema.
  const topLevel =
    ownPath.length === 0
      ? rootKeys(root, lineStart, lineStart + lines.lineText(lineNo).length)
      : undefined;
  const siblings = topLevel ?? siblingKeys(lines, lineNo, shape.content);
  return {
    path: ownPath,
    position: 'key',
    prefixStart: wordStart,
    siblings,
    column: shape.content,
  };
}
