// What is read of a text before any YAML reader sees it: its line ends and its encoding.
import type { YamlProblem } from './tree';

const LONE_CR = /\r(?!\n)/g;

/**
 * The text with each lone carriage return (old Mac line ends) as a line feed. YAML counts a lone
 * CR as a line break, and so do the editor and LineIndex, but the `yaml` package reads such a
 * file as one long line; the same length keeps every offset.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(LONE_CR, '\n') : text;
}

/** How much of the text is looked at for UTF-16: its start says enough, whatever its size. */
const SAMPLE = 4096;

/**
 * A problem when the text looks like UTF-16 read as UTF-8: ASCII in UTF-16 is every other byte
 * zero, so at least a quarter of the characters are NUL, nearly all at even or all at odd
 * offsets. A byte-order mark, if there was one, arrives as U+FFFD and keeps the pattern.
 */
export function utf16Problem(text: string): YamlProblem | undefined {
  const sample = Math.min(text.length, SAMPLE);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i++) {
    if (text.charCodeAt(i) !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const nul = even + odd;
  if (nul < 2 || nul * 4 < sample || Math.min(even, odd) * 10 > nul) return undefined;
  const order = odd > even ? 'little-endian' : 'big-endian';
  const lineEnd = text.indexOf('\n');
  return {
    start: 0,
    end: Math.min(lineEnd < 0 ? text.length : lineEnd, 200),
    message: `This file looks like UTF-16 (${order}): every other byte is zero. Runbooks and announcements are read as UTF-8: save the file as UTF-8. Nothing in it is checked until then.`,
  };
}
