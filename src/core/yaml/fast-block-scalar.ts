import { bail } from './fast-bail';
import { HASH, skipSpaces, SPACE } from './fast-scalar';
import type { YamlScalar } from './tree';

const LF = 10;
const CR = 13;

/** A block scalar read from the text, and where the line after it starts. */
export interface BlockScalar {
  node: YamlScalar;
  /** Offset after the scalar's last line (its line break included), where reading goes on. */
  next: number;
}

/**
 * Reads a literal or folded block scalar (`|`, `>`, with `-` or `+`) whose header starts at
 * `pos`; `minIndent` is the least indentation its content may have (one more than the key's
 * column, or the `-`'s). Where it ends follows the `yaml` lexer line for line, and its value the
 * `yaml` composer, so Markdown sections read the same either way. Explicit indentation
 * indicators, leading blank lines and empty block scalars are left to the `yaml` package.
 */
export function readBlockScalar(
  text: string,
  pos: number,
  headerEnd: number,
  minIndent: number,
): BlockScalar {
  let h = pos + 1;
  const chomp = text.charCodeAt(h) === 45 ? '-' : text.charCodeAt(h) === 43 ? '+' : '';
  if (chomp) h++;
  if (h < headerEnd && text.charCodeAt(h) !== SPACE) bail();
  const afterHeader = skipSpaces(text, h, headerEnd);
  if (afterHeader < headerEnd && (text.charCodeAt(afterHeader) !== HASH || afterHeader === h))
    bail();
  const lineBreak = text.indexOf('\n', headerEnd);
  if (lineBreak < 0) bail();
  const contentStart = lineBreak + 1;
  const indent = skipSpaces(text, contentStart, text.length) - contentStart;
  const first = text.charCodeAt(contentStart + indent);
  // A blank first line, or content indented too little (an empty scalar): for the `yaml` package.
  if (indent < minIndent || Number.isNaN(first) || first === LF || first === CR) bail();
  const lastBreak = contentEnd(text, contentStart, indent, chomp === '+');
  const end = Math.min(lastBreak + 1, text.length);
  const source = text.slice(contentStart, end);
  const value = blockValue(source, text.charCodeAt(pos) === 62 ? '>' : '|', chomp);
  return { node: { type: 'scalar', start: pos, end, value }, next: end };
}

/** Offset of the line break ending the scalar's last line (text.length when it has none), as the `yaml` lexer decides. */
function contentEnd(text: string, contentStart: number, indent: number, keep: boolean): number {
  let nl = text.indexOf('\n', contentStart);
  if (nl < 0) nl = text.length;
  // Blank lines and lines indented at least as much as the first go on the scalar.
  while (nl < text.length) {
    const lineStart = nl + 1;
    const spaces = skipSpaces(text, lineStart, text.length) - lineStart;
    const ch = text.charCodeAt(lineStart + spaces);
    const blank = ch === LF || (ch === CR && text.charCodeAt(lineStart + spaces + 1) === LF);
    if (!blank && spaces < indent) break;
    const next = text.indexOf('\n', lineStart + spaces);
    nl = next < 0 ? text.length : next;
  }
  if (keep) return nl;
  // Without `+`, trailing lines of no more than `indent` spaces belong to what follows.
  for (;;) {
    let i = nl - 1;
    if (text.charCodeAt(i) === CR) i--;
    const lastChar = i;
    while (text.charCodeAt(i) === SPACE) i--;
    if (text.charCodeAt(i) === LF && i >= contentStart && i + 1 + indent > lastChar) nl = i;
    else return nl;
  }
}

/** The scalar's value: the `yaml` composer's rules for auto-detected indentation, ported. */
function blockValue(source: string, mode: '|' | '>', chomp: string): string {
  const lines = splitLines(source);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === '' || content === '\r') chompStart = i;
    else break;
  }
  const trimIndent = lines[0][0].length;
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent) chompStart = i + 1;
  }
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < chompStart; ++i) {
    const indent = lines[i][0];
    let content = lines[i][1];
    if (content[content.length - 1] === '\r') content = content.slice(0, -1);
    // The lexer ends the scalar at a less indented line, so only blank lines can be less indented.
    if (content && indent.length < trimIndent) bail();
    if (mode === '|') {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i][0].slice(trimIndent);
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp !== '-') {
    value += '\n';
  }
  return value;
}

/** Lines as `[indent, content]`, split exactly as the `yaml` composer splits them. */
function splitLines(source: string): Array<[string, string]> {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const match = /^( *)/.exec(first);
  const lines: Array<[string, string]> = [
    match?.[1] ? [match[1], first.slice(match[1].length)] : ['', first],
  ];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
  return lines;
}
