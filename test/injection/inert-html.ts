/**
 * What the preview's HTML may hold, read from its source: the unit twin of the checks phase 5 of
 * `npm run test:e2e` makes in the real webview. Text from a file is escaped, so every `<` left
 * starts a tag the renderer wrote; a payload that got through shows as a tag or an attribute
 * outside these lists.
 */

/** Every element the preview's renderer and Markdown (raw HTML and images off) write. */
export const RENDERED_TAGS = new Set([
  // The page and its parts (src/client/preview/preview-html.ts, src/core/export/html*.ts).
  ...['html', 'head', 'meta', 'link', 'style', 'body', 'script', 'main', 'header', 'section'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'span', 'code', 'dl', 'dt', 'dd', 'ul', 'ol', 'li'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'a', 'div'],
  // Markdown's own.
  ...['em', 'strong', 's', 'pre', 'blockquote', 'hr', 'br'],
  // The timeline (src/core/export/timeline-svg.ts).
  ...['svg', 'g', 'rect', 'line', 'text', 'title', 'desc', 'path', 'tspan', 'circle'],
]);

/** Attributes whose value is an address: only these schemes may appear, never `javascript:` or `data:`. */
const ADDRESS_ATTRIBUTE =
  /^(href|src|xlink:href|action|formaction|data|srcset|poster|background)$/i;
const SAFE_ADDRESS = /^(https?:\/\/|mailto:|#)/i;

/** The tags of an HTML text, each with its name and attributes (values unescaped enough to judge). */
function tagsOf(
  html: string,
): Array<{ tag: string; name: string; attributes: Map<string, string> }> {
  return [...html.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)].map(
    ([tag, name, rest]) => {
      const attributes = new Map<string, string>();
      for (const [, attribute, d, s, bare] of rest.matchAll(
        /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
      ))
        attributes.set(attribute.toLowerCase(), (d ?? s ?? bare ?? '').replace(/&amp;/g, '&'));
      return { tag, name: name.toLowerCase(), attributes };
    },
  );
}

/**
 * The reasons `html` is not inert, empty when it is: an element outside `RENDERED_TAGS`, an
 * event handler or style attribute, an address that is not http(s), mailto or a fragment, a
 * script or stylesheet beyond `allowed` (the page's own, by their opening tags).
 */
export function notInert(html: string, allowed: { scripts: number; styles: number }): string[] {
  const reasons: string[] = [];
  let scripts = 0;
  let styles = 0;
  for (const { tag, name, attributes } of tagsOf(html)) {
    if (!RENDERED_TAGS.has(name)) reasons.push(`an element the renderer never writes: ${tag}`);
    if (name === 'script') scripts++;
    if (name === 'style' || (name === 'link' && attributes.get('rel') === 'stylesheet')) styles++;
    if (
      name === 'meta' &&
      attributes.has('http-equiv') &&
      !/^content-security-policy$/i.test(attributes.get('http-equiv') ?? '')
    )
      reasons.push(`a meta http-equiv other than the CSP: ${tag}`);
    for (const [attribute, value] of attributes) {
      if (attribute.startsWith('on')) reasons.push(`an event handler: ${tag}`);
      if (attribute === 'style' || attribute === 'srcdoc')
        reasons.push(`a ${attribute} attribute: ${tag}`);
      if (ADDRESS_ATTRIBUTE.test(attribute) && !SAFE_ADDRESS.test(value.trim()))
        reasons.push(`an address that is not http(s), mailto or #: ${tag}`);
    }
  }
  if (scripts > allowed.scripts) reasons.push(`${scripts} scripts, ${allowed.scripts} expected`);
  if (styles > allowed.styles) reasons.push(`${styles} stylesheets, ${allowed.styles} expected`);
  return reasons;
}

/** The text a reader sees: tags removed, the five entities the renderer writes turned back. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
