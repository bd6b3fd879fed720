/** Escapes text from a file so that Markdown shows it as written (no links, no emphasis, no HTML). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (ch) => `\\${ch}`);
}

/** Inline code that survives backticks inside it. */
export function inlineCode(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ` ${text} ` : text}${fence}`;
}

/** Control characters and the Unicode line and paragraph separators: each would break a line. */
const LINE_BREAKERS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;
/** What Markdown reads anywhere in a line: emphasis, code, links, HTML, tables, entities. */
const INLINE_SIGNIFICANT = /[\\`*_[\]()!|<>~&]/g;
/** What it reads only at the start of a line (a list item's text counts): headings, lists, quotes. */
const LEADING_MARKER = /^(?:[#=+-]|\d+[.)])/;

/**
 * Text from a file (an id, a title, a message) as one line of Markdown that shows it as written:
 * line breaks become spaces and the ends are trimmed, so a table row or list item stays whole
 * (four leading spaces would make code); `|`, backticks, `<`, `&`
 * and the rest are escaped, and a leading `#`, `-` or `1.`; text longer than `maxLength`
 * characters is cut with "…", so that one value cannot swell a bounded document. Lighter than
 * escapeMarkdown, so that `db-1.example` stays readable in the Markdown file itself.
 */
export function markdownLine(text: string, maxLength = 200): string {
  const flat = text.replace(LINE_BREAKERS, ' ').trim();
  // By code points, so that a cut never splits a surrogate pair; only the head is spread.
  const head = Array.from(flat.slice(0, 2 * maxLength + 2));
  const clipped = head.length > maxLength ? `${head.slice(0, maxLength - 1).join('')}…` : flat;
  const escaped = clipped.replace(INLINE_SIGNIFICANT, (ch) => `\\${ch}`);
  return escaped.replace(LEADING_MARKER, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}
