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

/** The path of the block a node starting at `column` on line `lineNo` belongs to. */
function parentPath(lines: string[], lineNo: number, column: number): PathSegment[] {
  const reversed: PathSegment[] = [];
  let limit = column;
  for (let l = lineNo - 1; l >= 0 && limit > 0; l--) {
    const shape = shapeOf(lines[l]);
    if (shape.blank) continue;
    if (shape.key !== undefined && shape.content < limit) {
      reversed.push(shape.key);
      limit = shape.content;
    }
    if (shape.dash !== undefined && shape.dash < limit) {
      reversed.push(0);
      limit = shape.dash + 1;
    }
  }
  return reversed.reverse();
}

/** Keys at `column` in the same mapping as line `lineNo`. */
function siblingKeys(lines: string[], lineNo: number, column: number): Set<string> {
  const keys = new Set<string>();
  const scan = (from: number, step: 1 | -1) => {
    for (let l = from; l >= 0 && l < lines.length; l += step) {
      const shape = shapeOf(lines[l]);
      if (shape.blank) continue;
      const indent = shape.dash ?? shape.content;
      if (indent < column && !(shape.dash !== undefined && shape.content === column)) return;
      if (shape.content === column && shape.key) keys.add(shape.key);
      // A `- ` at this mapping's own level starts it (going up) or starts the next item (going down).
      if (shape.dash !== undefined && shape.content === column) return;
    }
  };
  if (shapeOf(lines[lineNo]).dash === undefined) scan(lineNo - 1, -1);
  scan(lineNo + 1, 1);
  return keys;
}

/** Reads the completion context at `offset`. */
export function completionContext(text: string, offset: number): CompletionContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lines = text.split(/\r?\n/);
  const lineNo = text.slice(0, lineStart).split('\n').length - 1;
  const before = text.slice(lineStart, offset);
  const shape = shapeOf(before);
  const wordStart = offset - (/[\w.-]*$/.exec(before)?.[0].length ?? 0);
  const ownPath = parentPath(lines, lineNo, shape.content);
  if (shape.dash !== undefined) ownPath.push(0);

  if (shape.key !== undefined) {
    const afterColon = before.slice(before.indexOf(':') + 1);
    const inFlowList = afterColon.includes('[');
    return { path: [...ownPath, shape.key, ...(inFlowList ? [0] : [])], position: 'value', prefixStart: wordStart, siblings: new Set(), column: shape.content };
  }
  // `- partial` may be a new mapping's first key or a scalar list item; completion decides by schema.
  return { path: ownPath, position: 'key', prefixStart: wordStart, siblings: siblingKeys(lines, lineNo, shape.content), column: shape.content };
}
