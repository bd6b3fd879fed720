import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderPreviewHtml } from '../../../src/core/export/html';
import { renderMarkdown } from '../../../src/core/export/markdown';
import { renderTimelineSvg } from '../../../src/core/export/timeline-svg';
import { previewModel } from '../../../src/core/preview/preview-model';
import { analyzeFile, ROOT } from './export-fixtures';

const FIXTURES = resolve(ROOT, 'test/unit/export/fixtures');
const model = (name: string) =>
  previewModel(analyzeFile(resolve(FIXTURES, name), readFileSync(resolve(FIXTURES, name), 'utf8')));

/**
 * Markup that would run: a script element, any `on…=` attribute in a real tag, a link or source
 * that is not http(s), mailto or a fragment, and elements that load or embed. Text from the file
 * is escaped, so every `<` left in the output starts a tag the exporter wrote.
 */
function assertInert(output: string, what: string): void {
  assert.doesNotMatch(output, /<script/i, `${what}: <script`);
  assert.doesNotMatch(
    output,
    /<(img|iframe|object|embed|link|meta http-equiv="refresh"|base|form)\b/i,
    `${what}: a loading element`,
  );
  for (const [tag] of output.matchAll(/<[a-z][^>]*>/gi)) {
    assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `${what}: event handler in ${tag}`);
    for (const [, url] of tag.matchAll(/\s(?:href|src|xlink:href|action)="([^"]*)"/gi))
      assert.match(url, /^(https?:\/\/|mailto:|#)/i, `${what}: ${tag}`);
  }
  assert.doesNotMatch(output, /href="\s*javascript:/i, `${what}: javascript: link`);
  assert.equal(
    output.match(/<style\b/gi)?.length ?? 0,
    what.includes('svg') ? 0 : 1,
    `${what}: only the preview's own stylesheet`,
  );
}

describe('export: nothing from the file runs in the HTML or the SVG', () => {
  for (const name of ['injection.runbook.yaml', 'injection.announcement.yaml']) {
    it(`shows every script, handler and javascript: link of ${name} as text`, () => {
      const m = model(name);
      const standalone = renderPreviewHtml(m, { standalone: true });
      assertInert(standalone, `${name} html`);
      assertInert(
        renderPreviewHtml(m, { standalone: false, nonce: 'n0nce', cspSource: 'vscode-resource:' }),
        `${name} body`,
      );
      assertInert(renderTimelineSvg(m), `${name} svg`);
      assert.ok(
        standalone.includes('&lt;script&gt;alert(1)&lt;/script&gt;'),
        'the title is shown as text',
      );
      assert.ok(standalone.includes('&lt;img src=x onerror=alert('), 'an img tag is shown as text');
    });
  }

  it('renders the sections as Markdown with raw HTML as text, only http(s) links, and no images', () => {
    const html = renderPreviewHtml(model('injection.announcement.yaml'), { standalone: true });
    assert.ok(
      html.includes('<a href="https://example.com/ok" rel="noopener noreferrer nofollow">ok</a>'),
      'an https link stays a link',
    );
    assert.ok(
      html.includes('&lt;a href=&quot;javascript:alert(14)&quot;&gt;raw&lt;/a&gt;'),
      'raw HTML is text',
    );
    assert.ok(
      html.includes('[click](javascript:alert(10))'),
      'a javascript: link is left as its text',
    );
    // With images off, `![tracker](…)` is a "!" and a link, which loads nothing until clicked.
    assert.ok(
      html.includes(
        '!<a href="https://evil.example/pixel.png" rel="noopener noreferrer nofollow">tracker</a>',
      ),
      'no remote image',
    );
    assert.ok(
      html.includes('&lt;style&gt;body{display:none}&lt;/style&gt;'),
      'a style element in an answer is text',
    );
  });

  it('keeps the steps, labels and rollback plan of the runbook as text in the timeline and tables', () => {
    const m = model('injection.runbook.yaml');
    const svg = renderTimelineSvg(m);
    assert.match(
      svg,
      /<title>&lt;svg onload=alert\(5\)&gt;: &lt;img src=x onerror=alert\(6\)&gt; &quot; onmouseover=&quot;alert\(7\)/,
    );
    assert.match(svg, /class="step critical impact--b-onmouseover-alert-10-"/);
    const html = renderPreviewHtml(m, { standalone: true });
    assert.ok(html.includes('&lt;iframe src=javascript:alert(11)&gt;&lt;/iframe&gt;'));
    assert.ok(html.includes('&quot;&gt;&lt;svg onload=alert(3)&gt;'), 'an audience label is text');
  });

  it('escapes Markdown in the md export so that titles and labels are not markup', () => {
    const md = renderMarkdown(model('injection.runbook.yaml'));
    assert.match(
      md,
      /^# &lt;script\\>alert\(1\)&lt;\/script\\> & &lt;img src=x onerror=alert\(1\)\\>$/m,
    );
    assert.doesNotMatch(md, /<(script|img|svg|iframe)/i);
  });
});
