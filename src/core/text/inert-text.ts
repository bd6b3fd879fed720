/**
 * Characters a terminal or a viewer obeys instead of showing: the C0 controls but tab and line
 * feed (ESC starts colour and title sequences, BEL rings, NUL and BS hide what follows, a lone CR
 * lets a line overwrite itself), DEL, the C1 controls (U+009B is a one-byte ESC [) and the bidi
 * embeddings, overrides and isolates (text that reads in a different order than it is stored).
 * A CR that ends a CRLF line is left alone: an .ics file on stdout is written that way.
 */
const OBEYED =
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * User text made inert for a terminal or an export: each character above becomes the visible
 * escape `\uXXXX` (ESC → `\u001b`). That form is also valid inside a JSON string, where it reads
 * back as the character itself, so the CLI can pass its JSON output through here unchanged in
 * meaning. Everything else is left as written.
 */
export function inertText(text: string): string {
  return text.replace(OBEYED, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
