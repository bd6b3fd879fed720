import type { ChangedSpan } from './changed-span';

/**
 * Where a runbook's text splits into blocks that parse on their own: one per top-level key (with
 * everything under it and the comments after it), and inside `steps:` one per step item. Each
 * block starts at the start of a line and ends where the next one starts. A layout is offered
 * only when the lines leave no doubt about it; otherwise the whole text is parsed at once.
 */

/** `top`: a top-level key and what is under it; `steps`: the `steps:` line alone; `item`: one step item. */
export type BlockKind = 'top' | 'steps' | 'item';

/** What follows a block, which is all a block's parse needs to know of the text after it. */
export type BlockFollower = 'top' | 'item' | 'end';

export interface BlockSpan {
  kind: BlockKind;
  /** Offset of the block's first line (0 for the first block, leading comments included). */
  start: number;
  /** Offset where the next block starts, or the text's length. */
  end: number;
  /** The column of the step items' dashes (items only; 0 otherwise). */
  indent: number;
  follower: BlockFollower;
}

/**
 * Characters whose reading may depend on more than their line (a lone or paired carriage
 * return, Unicode line breaks, a byte-order mark, control characters): such texts are read whole.
 */
const WHOLE_TEXT_CHARACTERS =
  /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/;

/** A key a block may start with: a plain word at column 0 (quoted, flow or complex keys are not). */
const PLAIN_START = /[A-Za-z0-9_]/;

const STEPS_LINE = /^steps: *$/;

/**
 * The blocks of `text`, in order, covering it without gap; undefined when the text should be
 * parsed whole: no top-level key at column 0, a directive or a document marker (`---` after
 * the first line, `...`), a step-list line less indented than its items, or a character
 * whose line structure is not plain line feeds.
 */
export function splitBlocks(text: string): BlockSpan[] | undefined {
  if (WHOLE_TEXT_CHARACTERS.test(text)) return undefined;
  const scanned = scanLines(text, 0, text.length, -1, true);
  if (!scanned || scanned.spans.length === 0) return undefined;
  return withEnds(scanned.spans, text.length, undefined);
}

/**
 * The blocks of `text` after an edit, from the blocks of the text before it (`old`, as
 * splitBlocks gave them) and the span the edit changed: the lines from the block before the
 * first one touched to the end of the last one touched are split again, the blocks before them
 * are kept and those after them moved. The same as splitBlocks(text), or undefined when the edit
 * reaches the first block or leaves the blocks after it in another state (the caller then
 * splits the whole text).
 */
export function splitBlocksAfterEdit(
  text: string,
  old: readonly BlockSpan[],
  change: ChangedSpan,
): BlockSpan[] | undefined {
  if (WHOLE_TEXT_CHARACTERS.test(text.slice(change.start, change.newEnd))) return undefined;
  let first = 0;
  while (first < old.length && old[first].end < change.start) first++;
  first--;
  let last = first;
  while (last + 1 < old.length && old[last + 1].start <= change.oldEnd) last++;
  if (first < 1) return undefined;
  const from = old[first];
  const after = old[last + 1];
  const to = after ? after.start + change.delta : text.length;
  const indent = from.kind === 'item' ? from.indent : -1;
  const scanned = scanLines(text, from.start, to, indent, false);
  if (!scanned) return undefined;
  // The blocks after the edit were split in a state the lines before them must still leave.
  if (after?.kind === 'item' && scanned.itemIndent !== after.indent) return undefined;
  const spans = old.slice(0, first);
  for (const fresh of withEnds(scanned.spans, to, after)) spans.push(fresh);
  for (let i = last + 1; i < old.length; i++) {
    const { kind, start, end, indent, follower } = old[i];
    // Written out, not spread: this runs for every block after the edit, at every keystroke.
    spans.push({ kind, start: start + change.delta, end: end + change.delta, indent, follower });
  }
  return spans;
}

/**
 * Reads the lines from `from` to `to` into the blocks they start. `itemIndent` is the step
 * items' column when the lines are inside the step list (else -1); `atStart` says the lines
 * open the text. Undefined when a line makes the text one to read whole.
 */
function scanLines(
  text: string,
  from: number,
  to: number,
  itemIndent: number,
  atStart: boolean,
): { spans: BlockSpan[]; itemIndent: number } | undefined {
  const spans: BlockSpan[] = [];
  let lineStart = from;
  while (lineStart < to) {
    let eol = text.indexOf('\n', lineStart);
    if (eol < 0) eol = text.length;
    const next = eol < text.length ? eol + 1 : eol;
    const shape = lineShape(text, lineStart, eol);
    if (shape === 'refused') return undefined;
    const opening = atStart && spans.length === 0;
    if (shape === 'key') {
      itemIndent = -1;
      const stepsHead = STEPS_LINE.test(text.slice(lineStart, eol)) && isItemLine(text, next);
      if (stepsHead && (!opening || lineStart === 0)) {
        itemIndent = firstNonSpace(text, next) - next;
        spans.push(span('steps', lineStart, 0));
      } else spans.push(span('top', opening ? 0 : lineStart, 0));
    } else if (itemIndent >= 0 && shape === 'content') {
      const column = firstNonSpace(text, lineStart) - lineStart;
      // A tab where a step's indentation should be is the step's own syntax error: its block
      // reports it, and one mistyped line does not cost a parse of the whole text.
      if (text[lineStart + column] === '\t') {
        lineStart = next;
        continue;
      }
      if (column < itemIndent) return undefined;
      if (column === itemIndent && isItemLine(text, lineStart))
        spans.push(span('item', lineStart, itemIndent));
    } else if (opening && shape === 'content') {
      // Content before the first key at column 0: not a layout to split.
      return undefined;
    }
    lineStart = next;
  }
  return { spans, itemIndent };
}

/** Sets each block's end and follower: up to the next block, or to `end` and the block `after` it. */
function withEnds(spans: BlockSpan[], end: number, after: BlockSpan | undefined): BlockSpan[] {
  for (let i = 0; i < spans.length; i++) {
    const next = spans[i + 1] ?? after;
    spans[i].end = spans[i + 1] ? spans[i + 1].start : end;
    spans[i].follower = !next ? 'end' : next.kind === 'item' ? 'item' : 'top';
  }
  return spans;
}

function span(kind: BlockKind, start: number, indent: number): BlockSpan {
  return { kind, start, end: start, indent, follower: 'end' };
}

type LineShape = 'key' | 'content' | 'trivia' | 'refused';

/** What a line is to the splitter: a top-level key, other content, blank or comment, or a reason to read the text whole. */
function lineShape(text: string, lineStart: number, eol: number): LineShape {
  const first = firstNonSpace(text, lineStart);
  if (first >= eol || text[first] === '#') return 'trivia';
  if (first > lineStart) return 'content';
  const ch = text[first];
  if (ch === '%') return 'refused';
  if (isDocumentMarker(text, first, eol))
    return lineStart === 0 && ch === '-' ? 'content' : 'refused';
  return PLAIN_START.test(ch) ? 'key' : 'content';
}

function isDocumentMarker(text: string, pos: number, eol: number): boolean {
  const marker = text.slice(pos, pos + 3);
  if (marker !== '---' && marker !== '...') return false;
  return pos + 3 >= eol || text[pos + 3] === ' ';
}

/** A step item's first line: `- ` then a plain word (`- id: x`), at whatever column. */
function isItemLine(text: string, lineStart: number): boolean {
  const dash = firstNonSpace(text, lineStart);
  return text[dash] === '-' && text[dash + 1] === ' ' && PLAIN_START.test(text[dash + 2] ?? '');
}

function firstNonSpace(text: string, from: number): number {
  let pos = from;
  while (text.charCodeAt(pos) === 32) pos++;
  return pos;
}
