/**
 * Escapes text for HTML and SVG, in element content and in double-quoted attributes alike:
 * whatever a file says (`<script>`, `<img onerror=…>`, quotes) is shown as text, never markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
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
  return text.replace(/[&<>"]/g, (ch) => ENTITIES[ch]);
}

/**
 * A link target from a file that may become an `href`: http(s) and mailto only. Anything else
 * (`javascript:`, `data:`, a relative path, a scheme hidden behind control characters) is not a link.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  // Browsers drop tabs and newlines inside a URL ("java\tscript:"), so a URL holding any is refused outright.
  if (/[\u0000-\u001f\u007f\s]/.test(trimmed)) return null;
  return /^(https?:\/\/[^/]|mailto:)/i.test(trimmed) ? trimmed : null;
}
