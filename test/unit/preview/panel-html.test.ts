import { strict as assert } from 'node:assert';
import { bodyHtml } from '../../../src/client/preview/preview-body';
import {
  createNonce,
  panelCsp,
  shellHtml,
  unavailableHtml,
} from '../../../src/client/preview/preview-html';
import { defaultSettings } from '../../../src/core/settings';
import { previewOf } from '../../../src/server/handlers/preview';
import { analyzeText, lines } from '../helpers';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const ATTACK = '<script>alert(1)</script><img src=x onerror=alert(1)>';

const announcement = lines(
  'kind: announcement',
  `title: "${ATTACK}"`,
  'start: 2099-07-19 08:00',
  'zone: Europe/London',
  'estimate: 30m',
  'audience:',
  `  - { label: "${ATTACK}", zone: Asia/Tokyo }`,
  'sections:',
  '  why: |',
  `    ${ATTACK}`,
);

describe("the preview panel's page", () => {
  it('allows nothing by default, one nonced script, styles from the extension or the nonce, no remote images', () => {
    assert.equal(
      panelCsp(CSP_SOURCE, 'abc'),
      `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-abc'; script-src 'nonce-abc'; img-src ${CSP_SOURCE} data:; base-uri 'none'; form-action 'none'`,
    );
  });

  it('draws a fresh nonce each time, long enough not to be guessed', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    assert.equal(nonces.size, 100);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9+/]{24}$/);
  });

  it('wraps the body with its CSP, the stylesheet and the script, and escapes the document URI', () => {
    const page = shellHtml('<main class="runbook-preview"></main>', {
      cspSource: CSP_SOURCE,
      nonce: 'n0nce',
      scriptUri: `${CSP_SOURCE}/ext/media/preview.js`,
      styleUri: `${CSP_SOURCE}/ext/media/preview.css`,
      documentUri: 'file:///w/"><script>x</script>.runbook.yaml',
      seq: 7,
    });
    assert.ok(
      page.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src ${CSP_SOURCE} &#39;nonce-n0nce&#39;;`,
      ),
      page,
    );
    assert.ok(
      page.includes(`<script nonce="n0nce" src="${CSP_SOURCE}/ext/media/preview.js"></script>`),
    );
    assert.ok(
      page.includes(
        `<link rel="stylesheet" href="${CSP_SOURCE}/ext/media/preview.css" nonce="n0nce">`,
      ),
    );
    assert.ok(
      page.includes(
        'data-uri="file:///w/&quot;&gt;&lt;script&gt;x&lt;/script&gt;.runbook.yaml" data-seq="7"',
      ),
    );
    assert.equal(page.match(/<script/g)?.length, 1, 'only the nonced script');
  });

  it('renders a model with the nonce on its stylesheet, every string from the file escaped', () => {
    const html = bodyHtml(previewOf(analyzeText(announcement, 'x.announcement.yaml')), {
      nonce: 'n0nce',
      cspSource: CSP_SOURCE,
    });
    assert.ok(html.startsWith('<style nonce="n0nce">'), html.slice(0, 80));
    assert.ok(!/<script|<img/i.test(html), html);
    // The title, the zone's label (list and table) and the section.
    assert.ok(
      html.split('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;').length -
        1 >=
        4,
      html,
    );
  });

  it('says why there is no preview, escaped, in the same <main> the page swaps', () => {
    const large = bodyHtml(
      { ok: false, reason: 'too-large', message: 'Too <b>large</b>' },
      { nonce: 'n', cspSource: CSP_SOURCE },
    );
    assert.equal(large, unavailableHtml('Too <b>large</b>'));
    assert.equal(
      large,
      '<main class="runbook-preview runbook-unavailable">\n<p>Too &lt;b&gt;large&lt;/b&gt;</p>\n</main>\n',
    );
  });

  it('gives a reason for a file of no known kind, and one too large to analyse', () => {
    assert.deepEqual(previewOf(analyzeText('title: T\n', 'notes.yaml')).ok, false);
    const large = previewOf(
      analyzeText(`kind: runbook\n# ${'x'.repeat(200)}\n`, 'x.runbook.yaml', {
        ...defaultSettings,
        maxFileSizeBytes: 100,
      }),
    );
    assert.equal(large.ok ? 'a model' : large.reason, 'too-large');
  });
});
