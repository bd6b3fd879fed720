import { LineIndex } from '../text/line-index';
import type { PathSegment } from '../yaml/tree';

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
  const match = SHAPE.exec(line)!;
  const indent = match[1].length;
  const dash = match[2] ? indent : undefined;
  const content = indent + (match[2]?.length ?? 0);
  const blank = line.trim() === '' || line.trimStart().startsWith('#');
  return { ...(dash !== undefined ? { dash } : {}), content, ...(match[3] ? { key: match[3] } : {}), blank };
}

/**
 * The path of the block a node on line `lineNo` belongs to; the node starts at `column`, with a
 * `- ` there when `isDash`. A parent key may sit at a `- `'s own column (`needs:` above `- a`),
 * but a `- ` at that column is an earlier sibling item, never a parent: hence two limits.
 */
function parentPath(lines: LineIndex, lineNo: number, column: number, isDash: boolean): PathSegment[] {
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
      reversed.push(0);
      keyLimit = shape.dash + 1;
      dashLimit = shape.dash;
    }
  }
  return reversed.reverse();
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

/** Reads the completion context at `offset`; pass the text's line index when one is at hand. */
export function completionContext(text: string, offset: number, lines = new LineIndex(text)): CompletionContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineNo = lines.at(offset).line - 1;
  const before = text.slice(lineStart, offset);
  const shape = shapeOf(before);
  const wordStart = offset - (/[\w.-]*$/.exec(before)?.[0].length ?? 0);
  const ownPath = parentPath(lines, lineNo, shape.dash ?? shape.content, shape.dash !== undefined);
  if (shape.dash !== undefined) ownPath.push(0);

  if (shape.key !== undefined) {
    const afterColon = before.slice(before.indexOf(':') + 1);
    const inFlowList = afterColon.includes('[');
    return { path: [...ownPath, shape.key, ...(inFlowList ? [0] : [])], position: 'value', prefixStart: wordStart, siblings: new Set(), column: shape.content };
  }
  // `- partial` may be a new mapping's first key or a scalar list item; completion decides by schema.
  return { path: ownPath, position: 'key', prefixStart: wordStart, siblings: siblingKeys(lines, lineNo, shape.content), column: shape.content };
}
