import { bail } from './fast-bail';
import type { YamlScalar } from './tree';

// Character codes the scanners compare against.
export const SPACE = 32;
export const HASH = 35;
export const COLON = 58;
export const DASH = 45;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;

/** Whether a plain scalar, value or key, may start with this character; indicators and reserved characters may not (or need the `yaml` package). */
const REFUSED_START = new Set('&*!%@`,[]{}#|>\'"?:'.split('').map((ch) => ch.charCodeAt(0)));

/**
 * Checks that a plain scalar may start at `pos`: no indicator, no `- ` (a sequence entry).
 * `-5` and `-x` are plain scalars.
 */
export function checkPlainStart(text: string, pos: number, end: number): void {
  const ch = text.charCodeAt(pos);
  if (REFUSED_START.has(ch)) bail();
  if (ch === DASH && (pos + 1 === end || text.charCodeAt(pos + 1) === SPACE)) bail();
}

/** A scalar node; keys and values alike. */
export function scalar(start: number, end: number, value: YamlScalar['value']): YamlScalar {
  return { type: 'scalar', start, end, value };
}

// The YAML 1.2 core schema's numeric tests, in the order the `yaml` package tries them.
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Every character a core-schema number can hold (`0x1F`, `0o17`, `-.Inf`, `.NaN`, `1e-3`). */
const NUMBER_CHARACTERS = /^[-+.0-9a-fA-FxoinIN]*$/;

/**
 * The value of a plain scalar under the YAML 1.2 core schema: null (`~`, `null`, `Null`,
 * `NULL`), booleans in three casings, ints (with `0o` and `0x`), floats (with `.inf` and
 * `.nan`), else the string itself: `2026-07-19`, `no` and `1:30` stay strings. Most values are
 * words, so the first character decides before any regular expression runs.
 */
export function plainValue(source: string): YamlScalar['value'] {
  switch (source.charCodeAt(0)) {
    case 126: // ~
      return source.length === 1 ? null : source;
    case 110: // n
    case 78: // N
      return source === 'null' || source === 'Null' || source === 'NULL' ? null : source;
    case 116: // t
    case 84: // T
      return source === 'true' || source === 'True' || source === 'TRUE' ? true : source;
    case 102: // f
    case 70: // F
      return source === 'false' || source === 'False' || source === 'FALSE' ? false : source;
    case 43: // +
    case 45: // -
    case 46: // .
      return numberValue(source);
  }
  const ch = source.charCodeAt(0);
  return ch >= 48 && ch <= 57 ? numberValue(source) : source;
}

function numberValue(source: string): YamlScalar['value'] {
  if (!NUMBER_CHARACTERS.test(source)) return source;
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source))
    return source.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : source[0] === '-'
        ? -Infinity
        : Infinity;
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

/**
 * The offset just after the closing quote of the quoted scalar opening at `pos`, found as the
 * `yaml` lexer finds it (`''` inside single quotes, an odd run of backslashes before `"`).
 * A scalar not closed on its line spans lines: that is for the `yaml` package.
 */
export function quotedEnd(text: string, pos: number, lineEnd: number): number {
  const quote = text.charCodeAt(pos);
  let end = text.indexOf(quote === SINGLE_QUOTE ? "'" : '"', pos + 1);
  if (quote === SINGLE_QUOTE) {
    while (end !== -1 && end < lineEnd && text.charCodeAt(end + 1) === SINGLE_QUOTE)
      end = text.indexOf("'", end + 2);
  } else {
    while (end !== -1 && end < lineEnd) {
      let backslashes = 0;
      while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
  }
  if (end === -1 || end >= lineEnd) bail();
  return end + 1;
}

/** The value of a one-line quoted scalar `text[start, end)`, quotes included. */
export function quotedValue(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  if (text.charCodeAt(start) === SINGLE_QUOTE)
    return inner.includes("'") ? inner.replace(/''/g, "'") : inner;
  return inner.includes('\\') ? unescape(inner) : inner;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** Double-quoted escapes, as the `yaml` package reads them; a bad escape is an error, so not ours. */
function unescape(inner: string): string {
  let result = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch !== '\\') {
      result += ch;
      continue;
    }
    const next = inner[++i];
    const simple = ESCAPES[next];
    if (simple !== undefined) {
      result += simple;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const digits = inner.substr(i + 1, length);
      if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) bail();
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) bail();
      result += String.fromCodePoint(code);
      i += length;
    } else {
      bail();
    }
  }
  return result;
}

/** The first offset at or after `pos` that is not a space, up to `end`. */
export function skipSpaces(text: string, pos: number, end: number): number {
  while (pos < end && text.charCodeAt(pos) === SPACE) pos++;
  return pos;
}

/**
 * Checks that only spaces and a comment follow `pos` on the line. A comment needs a space
 * before it (the `yaml` package reports `"x"#c`).
 */
export function expectLineEnd(text: string, pos: number, lineEnd: number): void {
  const after = skipSpaces(text, pos, lineEnd);
  if (after === lineEnd) return;
  if (text.charCodeAt(after) !== HASH || after === pos) bail();
}
