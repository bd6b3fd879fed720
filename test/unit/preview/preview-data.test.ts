import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { previewData } from '../../../src/core/preview/preview-data';
import { lines } from '../helpers';

const announcement = (...rest: string[]) =>
  lines('kind: announcement', 'id: x', 'title: T', ...rest);

describe('preview/preview-data', () => {
  it('labels a zone with its name when the audience gives no label, lining labels up past invalid zones', () => {
    const text = announcement(
      'start: 2026-07-19 08:00',
      'zone: Europe/London',
      'length: 1h',
      'audience:',
      '  - Asia/Tokyo',
      '  - { zone: Mars/Olympus, label: Mars }',
      '  - { zone: America/New_York, label: Eastern }',
    );
    const data = previewData(analyze(text, 'x.announcement.yaml'));
    assert.deepEqual(
      data.zones.map((z) => [z.label, z.zone, z.day_shift]),
      [
        ['Asia/Tokyo', 'Asia/Tokyo', 0],
        ['Eastern', 'America/New_York', 0],
      ],
    );
  });

  it('gives null where the file is wrong instead of throwing, and keeps what it can', () => {
    const data = previewData(
      analyze(
        announcement(
          'start: 2026-02-30 08:00',
          'zone: Europe/London',
          'estimate: 1x',
          'safety_factor: 0.5',
          'audience: [Asia/Tokyo]',
        ),
        'x.announcement.yaml',
      ),
    );
    assert.deepEqual(data.window, { start: null, end: null, zone: 'Europe/London', minutes: null });
    assert.deepEqual(
      [data.estimate, data.safety_factor, data.planned_minutes, data.zones],
      [null, 2, null, []],
    );
    const empty = previewData(analyze('', 'x.runbook.yaml'));
    assert.deepEqual(
      [empty.kind, empty.id, empty.title, empty.window.zone],
      ['runbook', null, null, null],
    );
  });

  it('takes an ISO start without a zone as a fixed offset zone', () => {
    const data = previewData(
      analyze(
        lines(
          'kind: runbook',
          'title: T',
          'window: { start: "2026-07-19T08:00:00+05:45", length: 45s }',
          'steps: []',
        ),
        'x.runbook.yaml',
      ),
    );
    assert.deepEqual(data.window, {
      start: '2026-07-19T08:00:00+05:45',
      end: '2026-07-19T08:00:45+05:45',
      zone: 'UTC+05:45',
      minutes: 0.75,
    });
  });
});
