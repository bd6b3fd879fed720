import { strict as assert } from 'node:assert';
import { EXPORT_FORMATS, exportAs } from '../../../src/core/export/index';
import { analyzeText } from '../helpers';
import { textModel } from './export-fixtures';

const announcement = (statusPage: string, bannerUrl: string) =>
  [
    'kind: announcement',
    'title: T',
    'start: "2026-07-19T08:00:00Z"',
    'zone: UTC',
    'length: 1h',
    `channels: { status_page: ${JSON.stringify(statusPage)}, banner: { text: Read more, url: ${JSON.stringify(bannerUrl)} } }`,
    'sections: { why: "See [the page](https://example.com/why)." }',
    '',
  ].join('\n');

const NOT_WEB = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '/relative/path',
  'https://ok.example/\u001b[31m',
  'https://ok.example/\u202egnp.exe',
  'https:///no-host',
  'mailto:',
];

describe('export: every URL field holds only an https://, http:// or mailto: address', () => {
  for (const url of NOT_WEB)
    it(`flags ${JSON.stringify(url)} in status_page and banner.url, and every export leaves it out`, () => {
      const text = announcement(url, url);
      const problems = analyzeText(text, 'x.announcement.yaml').diagnostics.filter(
        (d) =>
          d.code === 'schema' &&
          /is not valid: An https:\/\/, http:\/\/ or mailto:/.test(d.message),
      );
      assert.equal(problems.length, 2, `one diagnostic per field for ${JSON.stringify(url)}`);
      const model = textModel(text);
      const needle = url.trim().slice(0, 10).toLowerCase();
      for (const format of EXPORT_FORMATS) {
        const output = exportAs(model, format).text;
        // The diagnostic itself, listed at the top of some exports, names the schemes.
        const shown = output.toLowerCase().replace(/or mailto: address/g, '');
        assert.ok(
          !shown.includes(needle) || needle.startsWith('https://ok'),
          `${format} holds ${JSON.stringify(url)}:\n${output}`,
        );
        assert.doesNotMatch(output, /href="(?!https:\/\/example\.com\/why")/, `${format}: a link`);
        assert.doesNotMatch(output, /\u001b|\u202e/, `${format}: a raw control character`);
      }
    });

  it('takes https, http and mailto addresses, and the exports link to them', () => {
    for (const url of [
      'https://status.example.com',
      'HTTP://x.example/a?b=1&c#d',
      'mailto:ops@example.com',
    ]) {
      const text = announcement(url, url);
      const problems = analyzeText(text, 'x.announcement.yaml').diagnostics.filter(
        (d) => d.code === 'schema',
      );
      assert.deepEqual(problems, [], url);
      const model = textModel(text);
      assert.ok(exportAs(model, 'banner').text.includes(`url: ${url}`), url);
      assert.ok(exportAs(model, 'text').text.includes(`More: ${url}`), url);
      assert.ok(exportAs(model, 'html').text.includes(`href="${url.replace(/&/g, '&amp;')}"`), url);
      assert.ok(exportAs(model, 'tweet').text.includes(url), url);
    }
  });
});
