import { bail } from './fast-bail';
import { readBlockScalar } from './fast-block-scalar';
import { readFlowCollection } from './fast-flow';
import {
  checkPlainStart,
  COLON,
  expectLineEnd,
  HASH,
  plainValue,
  quotedEnd,
  quotedValue,
  scalar,
  skipSpaces,
  SPACE,
} from './fast-scalar';
import type { YamlNode, YamlScalar } from './tree';

/**
 * The `yaml` package reports an implicit key whose `:` is more than 1024 characters after where
 * the key's entry starts; counting from the line's start stays safely below that.
 */
const MAX_KEY_SPAN = 1000;

/**
 * Reads keys and values on one line. Results other than the node are left in fields rather than
 * returned in a fresh object: a 3 MB file has 60,000 lines, and the garbage of a small object per
 * line costs more than the reading.
 */
export class LineReader {
  /** After readKey: the offset of the key's `:`. */
  colon = 0;
  /** After readValue: where the next unread line starts (after a block scalar, the line after its content). */
  next = 0;
  /** After readValue: whether the value was a block scalar (it takes no trailing comments). */
  block = false;

  constructor(private readonly text: string) {}

  /**
   * The key of an implicit `key: value` entry starting at `pos`, or undefined when the line holds
   * a value instead (`- just a value`). Keys are one plain or quoted scalar followed by `:` and a
   * space or the line's end.
   */
  readKey(pos: number, lineStart: number, lineEnd: number): YamlScalar | undefined {
    const text = this.text;
    const first = text.charCodeAt(pos);
    if (first === 34 || first === 39) {
      const end = quotedEnd(text, pos, lineEnd);
      const colon = skipSpaces(text, end, lineEnd);
      if (!isIndicatorColon(text, colon, lineEnd)) return undefined;
      if (colon - lineStart > MAX_KEY_SPAN) bail();
      this.colon = colon;
      return scalar(pos, end, quotedValue(text, pos, end));
    }
    // A flow collection or block scalar is a value here; as a key it is for the `yaml` package.
    if (first === 91 || first === 123 || first === 124 || first === 62) return undefined;
    let end = pos;
    for (let i = pos; i < lineEnd; i++) {
      const ch = text.charCodeAt(i);
      if (ch === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) return undefined;
        continue;
      }
      if (ch === COLON && isIndicatorColon(text, i, lineEnd)) {
        checkPlainStart(text, pos, lineEnd);
        if (i - lineStart > MAX_KEY_SPAN) bail();
        this.colon = i;
        return scalar(pos, end, plainValue(text.slice(pos, end)));
      }
      end = i + 1;
    }
    return undefined;
  }

  /**
   * The value starting at `pos` on a line ending at `lineEnd` (whose next line starts at `next`):
   * a block scalar, a one-line flow collection, a one-line quoted scalar or a plain scalar.
   * `minIndent` is the least indentation a block scalar's content may have; `depth` is the
   * value's depth in the tree.
   */
  readValue(
    pos: number,
    lineEnd: number,
    next: number,
    minIndent: number,
    depth: number,
  ): YamlNode {
    const text = this.text;
    const ch = text.charCodeAt(pos);
    this.next = next;
    this.block = false;
    if (ch === 124 || ch === 62) {
      const block = readBlockScalar(text, pos, lineEnd, minIndent);
      this.next = block.next;
      this.block = true;
      return block.node;
    }
    if (ch === 91 || ch === 123) {
      const flow = readFlowCollection(text, pos, lineEnd, depth);
      expectLineEnd(text, flow.next, lineEnd);
      return flow.node;
    }
    if (ch === 34 || ch === 39) {
      const end = quotedEnd(text, pos, lineEnd);
      expectLineEnd(text, end, lineEnd);
      return scalar(pos, end, quotedValue(text, pos, end));
    }
    checkPlainStart(text, pos, lineEnd);
    const end = plainEnd(text, pos, lineEnd);
    return scalar(pos, end, plainValue(text.slice(pos, end)));
  }
}

/** A `:` followed by a space or the end of the line: the block mapping indicator. */
function isIndicatorColon(text: string, pos: number, lineEnd: number): boolean {
  return (
    pos < lineEnd &&
    text.charCodeAt(pos) === COLON &&
    (pos + 1 === lineEnd || text.charCodeAt(pos + 1) === SPACE)
  );
}

/**
 * Where a one-line plain scalar in block context ends: before ` #` or trailing spaces. A `: `
 * inside (`a: b: c`) is a nested mapping the `yaml` package reports as an error.
 */
function plainEnd(text: string, pos: number, lineEnd: number): number {
  let end = pos;
  for (let i = pos; i < lineEnd; i++) {
    const ch = text.charCodeAt(i);
    if (ch === SPACE) {
      if (text.charCodeAt(i + 1) === HASH) return end;
      continue;
    }
    if (ch === COLON && isIndicatorColon(text, i, lineEnd)) bail();
    end = i + 1;
  }
  return end;
}
