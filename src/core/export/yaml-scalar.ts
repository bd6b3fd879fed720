import { inertText } from '../text/inert-text';

/**
 * A string as a YAML scalar that every reader takes for that same string: Jekyll reads data files
 * with Ruby's YAML 1.1 (where `no`, `on` and `1:30` are not strings) and this project with YAML 1.2.
 * Plain when nothing in it could mean anything else, else double-quoted with JSON's escapes, which
 * both versions read alike.
 */
export function yamlString(text: string): string {
  // JSON's `\u009b` is YAML's too: control characters become escapes that read back as themselves.
  return isPlainSafe(text) ? text : inertText(JSON.stringify(text));
}

/** Words YAML 1.1 or 1.2 read as booleans or null. */
const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;

function isPlainSafe(text: string): boolean {
  if (text === '' || text !== text.trim() || RESERVED.test(text)) return false;
  // Starts with a letter or digit, holds no line break, control character or quote, and no ": " or " #" that would end the value.
  if (!/^[\p{L}\p{N}][^\u0000-\u001f\u007f"'\\]*$/u.test(text) || /:\s|\s#|:$/.test(text))
    return false;
  // A C1 control or a bidi override would be written raw in a plain scalar.
  if (inertText(text) !== text) return false;
  // Anything number-like (12, 1e3, 0x1F, 1:30 sexagesimal in YAML 1.1, a date) stays quoted.
  return !/^[-+]?[\d._:]+(?:e[-+]?\d+)?$|^0[xob]|^\d{4}-\d\d?-\d\d?/i.test(text);
}
