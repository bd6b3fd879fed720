import { isWebAddress } from '../schema/web-address';
import { inertText } from '../text/inert-text';

/**
 * Escapes text for HTML and SVG, in element content and in double-quoted attributes alike:
 * whatever a file says (`<script>`, `<img onerror=…>`, quotes) is shown as text, never markup, and
 * a control character (ESC, NUL, a bidi override) as its visible escape (`\u001b`).
 */
export function escapeHtml(text: string): string {
  return inertText(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** For a double-quoted attribute whose value holds single quotes on purpose, as a CSP does: they stay readable. */
export function escapeAttribute(text: string): string {
  return inertText(text).replace(/[&<>"]/g, (ch) => ENTITIES[ch]);
}

/**
 * A link target from a file that may become an `href` or be printed as a link: an https://,
 * http:// or mailto: address (`isWebAddress`, the schema's own rule). Anything else (`javascript:`,
 * `data:`, a relative path, a scheme hidden behind spaces or control characters, which browsers
 * drop: "java\tscript:") is not a link, and every export leaves it out.
 */
export function safeHref(url: string | null | undefined): string | null {
  return url && isWebAddress(url) ? url : null;
}
