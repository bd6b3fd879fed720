import { bail, FAST_PATH_BAIL } from './fast-bail';
import { LineReader } from './fast-line';
import { DASH, expectLineEnd, HASH, scalar, skipSpaces, SPACE } from './fast-scalar';
import { Trivia } from './fast-trivia';
import { MAX_DEPTH } from './nesting';
import type { YamlMap, YamlNode, YamlPair, YamlScalar, YamlSeq } from './tree';

const CR = 13;

/**
 * Characters whose reading the fast path does not model (tabs, control characters, a byte-order
 * mark, Unicode line breaks): their files go to the `yaml` package. A plain character class, so
 * the test runs at memory speed; a carriage return is checked apart (hasLoneCarriageReturn).
 */
const REFUSED_CHARACTERS =
  /[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/;

/** A block collection still open: its node, its column and what its last entry is waiting for. */
interface Frame {
  node: YamlMap | YamlSeq;
  indent: number;
  depth: number;
  /** The pair whose value this collection is; it ends when the collection does. */
  parentPair: YamlPair | null;
  /** The last entry's value is empty so far (`key:` or `-` alone): a nested collection may follow. */
  pending: Pending | null;
  /** A mapping's key values, once it has too many to compare one by one. */
  keys: Set<unknown> | null;
}

interface Pending {
  node: YamlScalar;
  pair: YamlPair | null;
  /** A comment came after the entry's indicator; the `yaml` package then stretches the empty value over it. */
  hasComment: boolean;
}

/**
 * Reads the block-YAML subset runbooks and announcements use, in one pass over the lines,
 * into the same tree the `yaml` package's path builds, offsets included; or returns undefined
 * the moment the text leaves that subset or might hold an error, so that the `yaml` package
 * reads it and reports its problems exactly as before. The subset: block mappings and
 * sequences, one-line plain, quoted and flow values, literal and folded block scalars,
 * comments, blank lines and one leading `---`. Anchors, aliases, tags, directives, complex
 * keys, multi-line plain, quoted or flow values, tabs, duplicate keys and second documents are
 * not in it. Block nesting is a stack, not recursion, and depth is capped as the tree builder
 * caps it.
 */
export function fastParseYaml(text: string): YamlNode | undefined {
  if (REFUSED_CHARACTERS.test(text) || hasLoneCarriageReturn(text)) return undefined;
  try {
    return new FastParser(text).parse();
  } catch (error) {
    if (error === FAST_PATH_BAIL) return undefined;
    throw error;
  }
}

class FastParser {
  private readonly frames: Frame[] = [];
  private readonly trivia = new Trivia();
  private readonly reader: LineReader;
  private root: YamlNode | undefined;
  private documentStarted = false;

  constructor(private readonly text: string) {
    this.reader = new LineReader(text);
  }

  parse(): YamlNode {
    const text = this.text;
    const length = text.length;
    let lineStart = 0;
    while (lineStart < length) {
      let eol = text.indexOf('\n', lineStart);
      if (eol < 0) eol = length;
      const lineEnd = eol > lineStart && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
      const next = eol < length ? eol + 1 : length;
      const first = skipSpaces(text, lineStart, lineEnd);
      if (first === lineEnd || text.charCodeAt(first) === HASH) {
        this.triviaLine(first - lineStart, first < lineEnd, next);
        lineStart = next;
      } else {
        lineStart = this.contentLine(lineStart, first, lineEnd, next);
      }
    }
    while (this.frames.length > 0) this.closeFrame(length);
    return this.root ?? bail();
  }

  /** A blank or comment-only line: it goes to the open entry, or waits for the next content. */
  private triviaLine(indent: number, isComment: boolean, next: number): void {
    const top = this.frames[this.frames.length - 1];
    if (!top) return;
    if (top.pending) top.pending.hasComment ||= isComment;
    else this.trivia.line(indent, isComment, top.indent, next);
  }

  /** A line with content at `first`; returns where the next unread line starts. */
  private contentLine(lineStart: number, first: number, lineEnd: number, next: number): number {
    const text = this.text;
    const column = first - lineStart;
    if (column === 0 && isDocumentMarker(text, first, lineEnd))
      return this.documentMarker(first, lineEnd, next);
    const isDash =
      text.charCodeAt(first) === DASH &&
      (first + 1 === lineEnd || text.charCodeAt(first + 1) === SPACE);
    if (!this.root) {
      if (column !== 0) bail();
      const node: YamlMap | YamlSeq = isDash
        ? { type: 'seq', start: first, end: 0, items: [] }
        : { type: 'map', start: first, end: 0, pairs: [] };
      this.root = node;
      this.frames.push({ node, indent: 0, depth: 0, parentPair: null, pending: null, keys: null });
    }
    while (this.top().indent > column) this.closeFrame(first);
    let top = this.top();
    if (top.indent === column && top.node.type === 'seq' && !isDash) {
      // A key after a sequence written at its parent key's column ends the sequence.
      this.closeFrame(first);
      top = this.frames[this.frames.length - 1] ?? bail();
      if (top.indent !== column) bail();
    }
    if (top.indent < column || (isDash && top.node.type === 'map'))
      top = this.openNested(top, column, isDash, first);
    else top.pending = null;
    if (top.node.type === 'seq') return this.seqEntry(top, first, lineStart, lineEnd, next);
    return this.mapEntry(
      top,
      this.reader.readKey(first, lineStart, lineEnd) ?? bail(),
      lineEnd,
      next,
    );
  }

  /** `---` may open the document once, before any content; `...` and later `---` are for the `yaml` package. */
  private documentMarker(first: number, lineEnd: number, next: number): number {
    if (this.root || this.documentStarted || this.text.charCodeAt(first) !== DASH) bail();
    this.documentStarted = true;
    expectLineEnd(this.text, first + 3, lineEnd);
    return next;
  }

  /** A collection nested under the pending entry of `parent`, starting at `column`. */
  private openNested(parent: Frame, column: number, isDash: boolean, start: number): Frame {
    const pending = parent.pending ?? bail();
    if (this.trivia.holdsTokens()) bail();
    const node: YamlMap | YamlSeq = isDash
      ? { type: 'seq', start, end: 0, items: [] }
      : { type: 'map', start, end: 0, pairs: [] };
    const depth = parent.depth + 1;
    if (depth > MAX_DEPTH) bail();
    if (pending.pair) pending.pair.value = node;
    else (parent.node as YamlSeq).items[(parent.node as YamlSeq).items.length - 1] = node;
    parent.pending = null;
    const frame: Frame = {
      node,
      indent: column,
      depth,
      parentPair: pending.pair,
      pending: null,
      keys: null,
    };
    this.frames.push(frame);
    return frame;
  }

  /** `- …`: an empty entry, a compact mapping (`- id: x`) or a value. */
  private seqEntry(
    frame: Frame,
    dash: number,
    lineStart: number,
    lineEnd: number,
    next: number,
  ): number {
    const text = this.text;
    const seq = frame.node as YamlSeq;
    const commentBefore = this.trivia.takeStart();
    const depth = frame.depth + 1;
    if (depth > MAX_DEPTH) bail();
    const pos = skipSpaces(text, dash + 1, lineEnd);
    if (pos === lineEnd || text.charCodeAt(pos) === HASH) {
      const node = scalar(pos, pos, null);
      seq.items.push(node);
      frame.pending = { node, pair: null, hasComment: commentBefore || pos < lineEnd };
      return next;
    }
    if (
      text.charCodeAt(pos) === DASH &&
      (pos + 1 === lineEnd || text.charCodeAt(pos + 1) === SPACE)
    )
      bail();
    const key = this.reader.readKey(pos, lineStart, lineEnd);
    if (key) {
      const map: YamlMap = { type: 'map', start: pos, end: 0, pairs: [] };
      seq.items.push(map);
      const inner: Frame = {
        node: map,
        indent: pos - lineStart,
        depth,
        parentPair: null,
        pending: null,
        keys: null,
      };
      this.frames.push(inner);
      return this.mapEntry(inner, key, lineEnd, next);
    }
    seq.items.push(this.reader.readValue(pos, lineEnd, next, frame.indent + 1, depth));
    return this.afterValue();
  }

  /** `key: value` or `key:` in a block mapping, its key just read by the line reader. */
  private mapEntry(frame: Frame, key: YamlScalar, lineEnd: number, next: number): number {
    const text = this.text;
    const map = frame.node as YamlMap;
    this.trivia.takeStart();
    if (frame.depth + 1 > MAX_DEPTH) bail();
    if (hasKey(frame, key.value)) bail();
    const pos = skipSpaces(text, this.reader.colon + 1, lineEnd);
    if (pos === lineEnd || text.charCodeAt(pos) === HASH) {
      const node = scalar(pos, pos, null);
      const pair: YamlPair = { key, value: node, start: key.start, end: Math.max(pos, key.end) };
      map.pairs.push(pair);
      frame.pending = { node, pair, hasComment: pos < lineEnd };
      return next;
    }
    const value = this.reader.readValue(pos, lineEnd, next, frame.indent + 1, frame.depth + 1);
    map.pairs.push({ key, value, start: key.start, end: Math.max(value.end, key.end) });
    return this.afterValue();
  }

  /** After a value: its trailing tokens start afresh; returns where reading goes on. */
  private afterValue(): number {
    const { next, block } = this.reader;
    // A block scalar's end is its last line break; other values end their line's tokens.
    this.trivia.afterValue(next, !block);
    return next;
  }

  /**
   * Ends the innermost collection when content at `contentStart` (or the end of the text) is
   * less indented. Its end is where its last value's trailing comments and line breaks end, as
   * the `yaml` package reckons them; see Trivia.
   */
  private closeFrame(contentStart: number): void {
    const frame = this.frames.pop() ?? bail();
    let end: number;
    let extendedEnd: number;
    if (frame.pending) {
      // The empty value stretches over the comments after it, up to the next content.
      end = frame.pending.hasComment ? contentStart : frame.pending.node.end;
      extendedEnd = end;
    } else {
      end = this.trivia.lastValueEnd;
      extendedEnd = this.trivia.closeCollection(frame.indent, end, contentStart);
    }
    frame.node.end = end;
    if (frame.parentPair) frame.parentPair.end = Math.max(end, frame.parentPair.key.end);
    this.trivia.lastValueEnd = extendedEnd;
  }

  private top(): Frame {
    return this.frames[this.frames.length - 1];
  }
}

/** A CR not followed by LF: a line break to the `yaml` package in some places and not in others. */
function hasLoneCarriageReturn(text: string): boolean {
  for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== 10) return true;
  }
  return false;
}

function isDocumentMarker(text: string, pos: number, lineEnd: number): boolean {
  const ch = text.charCodeAt(pos);
  if (
    (ch !== DASH && ch !== 46) ||
    text.charCodeAt(pos + 1) !== ch ||
    text.charCodeAt(pos + 2) !== ch
  )
    return false;
  return pos + 3 === lineEnd || text.charCodeAt(pos + 3) === SPACE;
}

/** Few keys are compared one by one; a set takes over beyond this (it also calls NaN a duplicate: a safe bail). */
const KEY_SET_THRESHOLD = 16;

/** Whether a mapping already has a key of this value (the `yaml` package compares values with ===). */
function hasKey(frame: Frame, value: YamlScalar['value']): boolean {
  const pairs = (frame.node as YamlMap).pairs;
  if (pairs.length < KEY_SET_THRESHOLD) {
    for (let i = 0; i < pairs.length; i++)
      if ((pairs[i].key as YamlScalar).value === value) return true;
    return false;
  }
  frame.keys ??= new Set(pairs.map((pair) => (pair.key as YamlScalar).value));
  if (frame.keys.has(value)) return true;
  frame.keys.add(value);
  return false;
}
