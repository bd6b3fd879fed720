import { isWebAddress } from '../schema/web-address';
import { inertText } from '../text/inert-text';

/**
 * A section's Markdown (or an FAQ answer) as written, made inert for any renderer, including one
 * that allows raw HTML (kramdown in Jekyll, markdown-it with `html: true`): every `<` outside code
 * becomes `&lt;`, so no tag, comment or `<javascript:…>` autolink survives, and the text reads the
 * same once rendered (`<script>` shows as text); a link or reference definition whose target is not
 * an https://, http:// or mailto: address loses its `]` to `\]` and reads as the brackets it was
 * written with; every `{` is escaped (kramdown's `{:` attribute lists, Jekyll's Liquid `{{ }}`);
 * control characters are made visible.
 * Emphasis, lists, safe links and code are left as written. Code is kept verbatim only where every
 * renderer agrees it is code (see `fenceEnd` and `codeSpanEnd`); anywhere else a `<` inside code
 * shows as `&lt;`, the safe way to be wrong.
 */
export function inertMarkdown(markdown: string): string {
  const lines = inertText(markdown).split('\n');
  const blocks: string[] = [];
  let prose: string[] = [];
  const flush = () => {
    if (prose.length > 0) blocks.push(inertProse(prose.join('\n')));
    prose = [];
  };
  for (let i = 0; i < lines.length;) {
    const end = fenceEnd(lines, i);
    if (end === undefined) {
      prose.push(lines[i]);
      i++;
      continue;
    }
    flush();
    blocks.push(lines.slice(i, end + 1).join('\n'));
    i = end + 1;
  }
  flush();
  return blocks.join('\n');
}

/**
 * The closing line of a fenced code block opening at `start` that is code in every renderer:
 * backticks at the first column (no container), a blank line before and after it, no blank line
 * inside and no run of as many backticks inside; a renderer without fences then reads the whole
 * block as one code span. Undefined when the lines are not such a block. Each line is looked at
 * by at most one candidate fence, since a candidate must follow a blank line and stops at one.
 */
function fenceEnd(lines: readonly string[], start: number): number | undefined {
  const open = /^(`{3,})[^`]*$/.exec(lines[start]);
  if (!open || (start > 0 && lines[start - 1].trim() !== '')) return undefined;
  const fence = open[1];
  const closing = new RegExp(`^${fence}\`*\\s*$`);
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') return undefined;
    if (closing.test(line))
      return i + 1 === lines.length || lines[i + 1].trim() === '' ? i : undefined;
    if (line.includes(fence)) return undefined;
  }
  return undefined;
}

/** ASCII punctuation: what a backslash escapes in CommonMark. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Text outside fenced code, made inert one character at a time (linear: see `CodeSpans`). */
function inertProse(text: string): string {
  const parts: string[] = [];
  const spans = new CodeSpans(text);
  for (let i = 0; i < text.length;) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length && PUNCTUATION.test(text[i + 1])) {
      // `\<` asks for a literal `<`: the entity says so in every renderer.
      parts.push(text[i + 1] === '<' ? '&lt;' : text.slice(i, i + 2));
      i += 2;
    } else if (ch === '`') {
      const end = spans.endOf(i);
      parts.push(text.slice(i, end));
      i = end;
    } else if (ch === '<') {
      const autolink = /<([^\s<>]*)>/y;
      autolink.lastIndex = i;
      const match = autolink.exec(text);
      const keep = match !== null && isWebAddress(match[1]);
      parts.push(keep ? match[0] : '&lt;');
      i += keep ? match[0].length : 1;
    } else if (ch === ']' && !linksSafely(text, i + 1)) {
      parts.push('\\]');
      i++;
    } else if (ch === '{') {
      // kramdown reads `{: onclick=…}` as attributes, and Jekyll runs `{{ }}` and `{% %}` as
      // Liquid before any Markdown; `\{` is a plain `{` once rendered.
      parts.push('\\{');
      i++;
    } else {
      parts.push(ch);
      i++;
    }
  }
  return parts.join('');
}

/**
 * Whether what follows a `]` is harmless: no link target at all, or one that is a web address.
 * A target follows `(` (a link, also after spaces as old renderers allow) or `:` (a reference
 * definition), possibly on the next line. Only the target's start is read; its scheme must be
 * written out plainly, so no entity or escape can turn it into `javascript:` once decoded.
 */
function linksSafely(text: string, from: number): boolean {
  // The target is read up to the next `]`: each `]` then reads its own stretch of text, and the
  // whole scan stays linear ("](](](…" would otherwise read the rest of the text for each).
  const opener = /[ \t]*([(:])[ \t]*(?:\n[ \t>]*)?([^\s)\]]*)/y;
  opener.lastIndex = from;
  const match = opener.exec(text);
  if (!match) return true;
  return match[2] === '' || isWebAddress(match[2]);
}

/**
 * Where a backtick run starting at an offset ends its code span, as CommonMark reads it: at the
 * next run of exactly as many backticks. Kept within one line and one table cell (a `|` ends it,
 * as GFM splits a row before it reads code), where every renderer agrees; with no such run, only
 * the run itself. Each line's runs are indexed once by length, so finding closers stays linear.
 */
class CodeSpans {
  private segmentEnd = -1;
  private readonly runs = new Map<number, { at: number[]; next: number }>();

  constructor(private readonly text: string) {}

  endOf(start: number): number {
    const length = runLength(this.text, start);
    if (start >= this.segmentEnd) this.index(start);
    const same = this.runs.get(length);
    if (same) {
      while (same.next < same.at.length && same.at[same.next] <= start) same.next++;
      if (same.next < same.at.length) return same.at[same.next] + length;
    }
    return start + length;
  }

  /** The backtick runs from `start` to the end of its line or cell, by length. */
  private index(start: number): void {
    const stop = /[\n|]/g;
    stop.lastIndex = start;
    this.segmentEnd = stop.exec(this.text)?.index ?? this.text.length;
    this.runs.clear();
    for (let i = start; i < this.segmentEnd;) {
      if (this.text[i] !== '`') {
        i++;
        continue;
      }
      const length = runLength(this.text, i);
      const same = this.runs.get(length) ?? { at: [], next: 0 };
      same.at.push(i);
      this.runs.set(length, same);
      i += length;
    }
  }
}

function runLength(text: string, start: number): number {
  let end = start;
  while (text[end] === '`') end++;
  return end - start;
}
