import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { EXPORT_FORMATS, exportAs } from '../../../src/core/export/index';
import { textModel } from './export-fixtures';

/** ESC (colours, titles), BEL, NUL, backspace, a lone CR, DEL, C1's CSI and a right-to-left override. */
const HOSTILE = '\u001b[31mred\u001b]0;owned\u0007\u0000\u0008x\ry\u007f\u009b2J\u202eevil';
const RAW =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

const yaml = JSON.stringify(HOSTILE); // double-quoted YAML with JSON's escapes
const RUNBOOK = [
  'kind: runbook',
  `title: ${yaml}`,
  'window: { start: "2026-07-19 08:00", zone: UTC, length: 2h }',
  'steps:',
  `  - { id: ${JSON.stringify(`a${HOSTILE}`)}, title: ${yaml}, estimate: 5m }`,
  `  - { id: b, title: ${yaml}, estimate: 5m, needs: [${JSON.stringify(`missing${HOSTILE}`)}] }`,
  `rollback: { plan: ${yaml} }`,
  '',
].join('\n');
const ANNOUNCEMENT = [
  'kind: announcement',
  `id: ${yaml}`,
  `title: ${yaml}`,
  'start: "2026-07-19 08:00"',
  'zone: UTC',
  'length: 1h',
  'reminders: [1h]',
  `affected: [${yaml}]`,
  'impact: outage',
  `audience: [{ zone: Asia/Tokyo, label: ${yaml} }]`,
  `channels: { twitter: ${yaml}, banner: { text: ${yaml} } }`,
  `sections: { why: ${yaml}, faq: [{ q: ${yaml}, a: ${yaml} }] }`,
  '',
].join('\n');

describe('export: control characters from the file are made visible in every format', () => {
  for (const [name, text] of [
    ['x.runbook.yaml', RUNBOOK],
    ['x.announcement.yaml', ANNOUNCEMENT],
  ])
    it(`no raw ESC, BEL, NUL, C1 or bidi override in any export of ${name}`, () => {
      const model = textModel(text, name);
      for (const format of EXPORT_FORMATS) {
        const output = exportAs(model, format).text;
        const raw = RAW.exec(output);
        assert.equal(raw, null, `${format}: raw U+${raw?.[0].charCodeAt(0).toString(16)}`);
        if (['text', 'md', 'html', 'tweet'].includes(format))
          assert.ok(output.includes('\\u001b'), `${format} shows ESC as \\u001b`);
      }
    });

  it('keeps what reads back the same: JSON and YAML escapes give the characters back', () => {
    const model = textModel(ANNOUNCEMENT, 'x.announcement.yaml');
    const banner = parse(exportAs(model, 'banner').text) as { text: string };
    assert.equal(banner.text, HOSTILE);
    const json = JSON.parse(exportAs(model, 'json').text) as { title: string };
    assert.equal(json.title, HOSTILE);
    const ics = exportAs(model, 'ics').text;
    assert.match(ics, /^SUMMARY:\\\\u001b\[31mred/m, 'the escape is itself escaped as ICS TEXT');
    assert.ok(
      ics.split('\r\n').every((line) => !line.includes('\n')),
      'CRLF line ends only',
    );
  });
});
