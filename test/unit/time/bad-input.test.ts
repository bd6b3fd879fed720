import { defaultSettings } from '../../../src/core/settings';
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { lines } from '../helpers';

const NOW = Date.parse('2026-07-01T00:00:00Z');
const STARTS = [
  '9999-07-19 08:00',
  '0001-01-01 00:00',
  '2026-07-19 24:00',
  '2026-07-19 25:00',
  '2027-02-29 08:00',
  '2026-07-19T08:00:00+25:00',
  '',
  '~',
  '[]',
  '{a: 1}',
  '12',
  'true',
  '"2026-07-19 08:00"',
  '2026-07-19 08:00 BST',
  '2026-03-29 01:30',
  '2026-10-25 01:30',
  '\u0000',
  '2099-12-31 23:59',
];
const ZONES = [
  'Europe/London',
  'BST',
  'Europe/Londn',
  'europe/london',
  'UTC+25',
  'Etc/GMT+14',
  '',
  '~',
  '[]',
  '12',
  '../../etc/passwd',
  'Z',
  '\u00e9',
  'IST',
  'Asia/Calcutta',
  'UTC',
];
const LENGTHS = ['1h', '-1h', '0m', 'soon', '9999w', '~', '366d'];

describe('time: bad input is reported, never thrown', () => {
  it('analyses every combination of broken starts, zones and lengths, in both kinds', function () {
    // Known heavy: hundreds of whole analyses; it once ran past mocha's old 2 s default under load.
    this.timeout(120_000);
    for (const start of STARTS) {
      for (const zone of ZONES) {
        const length = LENGTHS[(start.length + zone.length) % LENGTHS.length];
        const runbook = lines(
          'kind: runbook',
          'title: T',
          'window:',
          `  start: ${start}`,
          `  zone: ${zone}`,
          `  length: ${length}`,
          `  end: ${start}`,
          'audience:',
          `  - ${zone}`,
          `  - { zone: ${zone}, label: ${start || 'EST'} }`,
          'steps: []',
        );
        const announcement = lines(
          'kind: announcement',
          'title: T',
          `start: ${start}`,
          `zone: ${zone}`,
          `publish: ${start}`,
          'audience:',
          `  - { zone: ${zone}, label: CEST }`,
          'sections:',
          `  a: "at ${start} ${zone}, Tokyo: 4pm, 25:00 BST, 13pm EST"`,
        );
        for (const text of [runbook, announcement])
          assert.doesNotThrow(() => analyze(text, 'x.yaml', undefined, NOW), text);
      }
    }
  });

  it('reports each impossible start and the rest of the file still gets analysed', () => {
    for (const start of [
      '9999-07-19 08:00',
      '0001-01-01 00:00',
      '2026-07-19 24:00',
      '2026-07-19 25:00',
      '2027-02-29 08:00',
      '2026-07-19T08:00:00+25:00',
    ]) {
      const text = lines(
        'kind: runbook',
        'title: T',
        'window:',
        `  start: ${start}`,
        '  zone: Europe/Londn',
        'audience: [BST]',
        'steps:',
        '  - id: a',
        '    needs: [b]',
        '    estimate: 5m',
      );
      const codes = analyze(text, 'x.yaml', undefined, NOW).diagnostics.map((d) => d.code);
      assert.deepEqual(
        codes,
        ['invalid-time', 'unknown-zone', 'zone-abbreviation', 'unknown-step'],
        start,
      );
    }
  });

  it('ignores junk in the settings', () => {
    const settings = {
      ...defaultSettings,
      maxFileSizeBytes: 1e6,
      audienceZones: ['Nope/Zone', '', 'BST', 'Asia/Tokyo'],
    };
    const window = analyze(
      lines(
        'kind: runbook',
        'title: T',
        'window: { start: 2026-07-19 08:00, zone: UTC }',
        'steps: []',
      ),
      'x.yaml',
      settings,
      NOW,
    ).window!;
    assert.deepEqual(
      window.conversions.map((c) => c.zone),
      ['Asia/Tokyo'],
    );
  });
});
