import type { TextEdit } from '../diagnostic';
import type { YamlMap, YamlNode, YamlPair } from '../yaml/tree';

/** Replaces a node's text (a scalar's value, quotes included, or a whole flow list). */
export function replaceNode(node: YamlNode, newText: string): TextEdit {
  return { start: node.start, end: node.end, newText };
}

/**
 * Adds `key: value` to a map, right after `after` (one of its pairs): on a line of its own with
 * the pair's indentation in a block map, or as `, key: value` in a flow map (`{ start: …, zone: … }`).
 * The line's comment and line ending (LF or CRLF) are kept.
 */
export function insertPairAfter(
  text: string,
  map: YamlMap,
  after: YamlPair,
  key: string,
  value: string,
): TextEdit {
  if (text[map.start] === '{')
    return { start: after.end, end: after.end, newText: `, ${key}: ${value}` };
  const lineStart = text.lastIndexOf('\n', after.key.start - 1) + 1;
  // The first key of a list item sits after "- ": its followers line up under it.
  const indent = text.slice(lineStart, after.key.start).replace(/\S/g, ' ');
  const newline = text.indexOf('\n', after.end);
  if (newline < 0)
    return { start: text.length, end: text.length, newText: `\n${indent}${key}: ${value}` };
  const crlf = text[newline - 1] === '\r';
  const at = crlf ? newline - 1 : newline;
  return { start: at, end: at, newText: `${crlf ? '\r\n' : '\n'}${indent}${key}: ${value}` };
}

/** A list as a flow sequence, quoting the items plain YAML would misread. */
export function flowList(items: readonly string[]): string {
  return `[${items.map((item) => (isPlain(item) ? item : JSON.stringify(item))).join(', ')}]`;
}

/** Text that reads back as the same string when written without quotes inside `[…]`. */
function isPlain(item: string): boolean {
  return (
    /^\w[\w .'/@+-]*$/.test(item) &&
    item.trim() === item &&
    !/^(?:true|false|null|~|[-+]?[\d.]+(?:e[-+]?\d+)?)$/i.test(item)
  );
}
