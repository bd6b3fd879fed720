/**
 * Nesting deeper than this is refused before the YAML parser sees it. The parser recurses once per
 * level, and near the end of the stack V8 may abort the whole process (a regular expression
 * compiled there fails as "out of memory"), which no try/catch can stop: a 10,000-deep file
 * would take the language server down. Real files nest a few levels.
 */
export const PARSE_DEPTH_LIMIT = 256;

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const DASH = 45;
const HASH = 35;
const BACKSLASH = 92;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
/** Characters after which a quote opens a quoted scalar (`don't` holds no quote). */
const QUOTE_OPENERS = new Set([SPACE, TAB, LF, CR, 91 /* [ */, 123 /* { */, 44 /* , */, 58 /* : */]);

/**
 * The offset where nesting first passes `limit` levels, estimated without parsing: a block level
 * takes at least one column of indentation (the columns of `- ` count too), a flow level one
 * unclosed `[` or `{` (outside quotes and comments). It overestimates (a `- ` counts twice, a
 * file indented hundreds of columns looks deep) but never misses a deep file.
 */
export function excessiveNestingAt(text: string, limit = PARSE_DEPTH_LIMIT): number | undefined {
  let flow = 0;
  let indent = 0;
  let atLineStart = true;
  let quote = 0;
  let previous = LF;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === LF || ch === CR) {
      atLineStart = true;
      indent = 0;
      previous = ch;
      continue;
    }
    if (atLineStart && (ch === SPACE || ch === TAB || ch === DASH)) {
      if (++indent + flow > limit) return i;
      previous = ch;
      continue;
    }
    atLineStart = false;
    if (quote !== 0) {
      if (ch === BACKSLASH && quote === DOUBLE_QUOTE) i++;
      else if (ch === SINGLE_QUOTE && quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE) i++;
      else if (ch === quote) quote = 0;
    } else if (ch === HASH && (previous === SPACE || previous === TAB || previous === LF || previous === CR)) {
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== LF && text.charCodeAt(i + 1) !== CR) i++;
    } else if ((ch === DOUBLE_QUOTE || ch === SINGLE_QUOTE) && QUOTE_OPENERS.has(previous)) {
      quote = ch;
    } else if (ch === 91 || ch === 123) {
      if (++flow + indent > limit) return i;
    } else if ((ch === 93 || ch === 125) && flow > 0) {
      flow--;
    }
    previous = ch;
  }
  return undefined;
}
