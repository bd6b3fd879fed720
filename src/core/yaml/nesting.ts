/**
 * Nesting deeper than this is refused before the YAML parser sees it. The parser recurses once per
 * level, and near the end of the stack V8 may abort the whole process (a regular expression
 * compiled there fails as "out of memory"), which no try/catch can stop: a 10,000-deep file
 * would take the language server down. Real files nest a few levels.
 */
export const PARSE_DEPTH_LIMIT = 256;

/** Deeper nesting than this is reported, not walked: no runbook needs it and it guards the stack. */
export const MAX_DEPTH = 64;

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const DASH = 45;
const HASH = 35;
const BACKSLASH = 92;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const OPEN_SEQ = 91;
const OPEN_MAP = 123;
const CLOSE_SEQ = 93;
const CLOSE_MAP = 125;
const COLON = 58;
const COMMA = 44;

/** Characters after which a quote opens a quoted scalar (`don't` holds no quote). */
function opensQuote(previous: number): boolean {
  return (
    previous === SPACE ||
    previous === TAB ||
    previous === LF ||
    previous === CR ||
    previous === OPEN_SEQ ||
    previous === OPEN_MAP ||
    previous === COMMA ||
    previous === COLON
  );
}

/** Characters that matter outside quotes (beyond line starts); everything else is skipped in a tight loop. */
const MATTERS = new Uint8Array(65536);
for (const ch of [
  LF,
  CR,
  HASH,
  DOUBLE_QUOTE,
  SINGLE_QUOTE,
  OPEN_SEQ,
  OPEN_MAP,
  CLOSE_SEQ,
  CLOSE_MAP,
])
  MATTERS[ch] = 1;

/**
 * The offset where nesting first passes `limit` levels, estimated without parsing: a block level
 * takes at least one column of indentation (the columns of `- ` count too), a flow level one
 * unclosed `[` or `{` (outside quotes and comments). It overestimates (a `- ` counts twice, a
 * file indented hundreds of columns looks deep) but never misses a deep file.
 * It runs on every analysis before any parsing, so ordinary characters are skipped in a tight
 * loop; the character before a `#` or a quote is read back from the text.
 */
export function excessiveNestingAt(text: string, limit = PARSE_DEPTH_LIMIT): number | undefined {
  const length = text.length;
  let flow = 0;
  let indent = 0;
  let atLineStart = true;
  let quote = 0;
  for (let i = 0; i < length; i++) {
    let ch = text.charCodeAt(i);
    if (ch === LF || ch === CR) {
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (atLineStart) {
      if (ch === SPACE || ch === TAB || ch === DASH) {
        if (++indent + flow > limit) return i;
        continue;
      }
      atLineStart = false;
    }
    if (quote !== 0) {
      if (ch === BACKSLASH && quote === DOUBLE_QUOTE) i++;
      else if (
        ch === SINGLE_QUOTE &&
        quote === SINGLE_QUOTE &&
        text.charCodeAt(i + 1) === SINGLE_QUOTE
      )
        i++;
      else if (ch === quote) quote = 0;
      continue;
    }
    // Outside quotes, skip to the next character that matters; a line break is handled above.
    while (MATTERS[ch] === 0) {
      if (++i >= length) return undefined;
      ch = text.charCodeAt(i);
    }
    if (ch === LF || ch === CR) {
      atLineStart = true;
      indent = 0;
      continue;
    }
    // Within a line the character before is the one last looked at (skips happen inside quotes).
    const previous = i === 0 ? LF : text.charCodeAt(i - 1);
    if (ch === HASH) {
      if (previous === SPACE || previous === TAB || previous === LF || previous === CR) {
        while (i + 1 < length && text.charCodeAt(i + 1) !== LF && text.charCodeAt(i + 1) !== CR)
          i++;
      }
    } else if (ch === DOUBLE_QUOTE || ch === SINGLE_QUOTE) {
      if (opensQuote(previous)) quote = ch;
    } else if (ch === OPEN_SEQ || ch === OPEN_MAP) {
      if (++flow + indent > limit) return i;
    } else if (flow > 0) {
      flow--;
    }
  }
  return undefined;
}
