import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/analysis-types';
import { formatZonesList } from '../../../src/core/time/format';
import { repoRoot } from '../helpers';

/** An example file, analysed without a "now" (the seeds are all in the past). */
function example(path: string): Analysis {
  return analyze(readFileSync(join(repoRoot(), 'examples', path), 'utf8'), path);
}

const utc = (ms: number | undefined) => new Date(ms!).toISOString().replace('.000', '');

describe('time: every time in the five seeds', () => {
  it('seed 000: 8:00AM BST → Tokyo 4pm, Moscow 10am, CEST 9am, Eastern 3am, Central 2am, Pacific Midnight', () => {
    for (const path of [
      'gitter-2015/scheduled-maintenance-19-july.announcement.yaml',
      'gitter-2015/restructure.runbook.yaml',
    ]) {
      const { window, diagnostics } = example(path);
      assert.deepEqual(diagnostics, [], path);
      assert.deepEqual(
        [utc(window?.startMs), utc(window?.endMs)],
        ['2015-07-19T07:00:00Z', '2015-07-19T08:00:00Z'],
      );
      assert.deepEqual(formatZonesList(window!.conversions, { timeFormat: window!.timeFormat }), [
        'Tokyo: 4pm',
        'Moscow: 10am',
        'CEST: 9am',
        'Eastern: 3am',
        'Central: 2am',
        'Pacific: Midnight',
      ]);
      assert.deepEqual(
        window!.conversions.map((c) => [c.start, c.abbreviation, c.dayShift]),
        [
          ['2015-07-19T16:00:00+09:00', 'JST', 0],
          ['2015-07-19T10:00:00+03:00', 'MSK', 0],
          ['2015-07-19T09:00:00+02:00', 'CEST', 0],
          ['2015-07-19T03:00:00-04:00', 'EDT', 0],
          ['2015-07-19T02:00:00-05:00', 'CDT', 0],
          ['2015-07-19T00:00:00-07:00', 'PDT', 0],
        ],
      );
    }
  });

  it('seed 001: Sunday 19:00 in Oslo (CEST) to Monday 06:00', () => {
    const { window, diagnostics } = example('itslearning-3-2/upgrade.runbook.yaml');
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(
      [utc(window?.startMs), utc(window?.endMs)],
      ['2009-09-06T17:00:00Z', '2009-09-07T04:00:00Z'],
    );
  });

  it('seed 002: 5:00pm NZDT, as the banner and the post say, is 04:00 in London and Monday evening in California', () => {
    for (const path of [
      'cloudcannon-2018/scheduled-maintenance.announcement.yaml',
      'cloudcannon-2018/postgres-upgrade.runbook.yaml',
    ]) {
      const { window, diagnostics } = example(path);
      // Its only problem is the one that made it three hours: a 2h window for 2 × 1h 30m.
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['window-shorter-than-planned'],
        path,
      );
      assert.equal(utc(window?.startMs), '2018-11-13T04:00:00Z');
      assert.deepEqual(formatZonesList(window!.conversions, { timeFormat: '12h' }), [
        'Sydney: 3pm',
        'London: 4am',
        'Pacific: Mon 8pm',
      ]);
    }
  });

  it('seed 003: 10am PDT on Monday 10 April 2017, for 25 hours', () => {
    const { window, diagnostics } = example('metrics-2017/maintenance-monday.announcement.yaml');
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(
      [utc(window?.startMs), utc(window?.endMs)],
      ['2017-04-10T17:00:00Z', '2017-04-11T18:00:00Z'],
    );
    assert.deepEqual(
      window!.conversions.map((c) => `${c.label} ${c.start} ${c.abbreviation}`),
      [
        'Eastern 2017-04-10T13:00:00-04:00 EDT',
        'UK 2017-04-10T18:00:00+01:00 BST',
        'Central Europe 2017-04-10T19:00:00+02:00 CEST',
      ],
    );
  });

  it("seed 004: 04:00 UTC is 00:00 EDT, not EST: the post's label and prose are warned about, the runbook is clean", () => {
    assert.deepEqual(example('campaign-app-2019/database-upgrade.runbook.yaml').diagnostics, []);
    const announcement = example('campaign-app-2019/planned-maintenance.announcement.yaml');
    assert.deepEqual(
      announcement.window!.conversions.map((c) => `${c.label} ${c.start} ${c.abbreviation}`),
      ['EST 2019-03-24T00:00:00-04:00 EDT'],
    );
    assert.deepEqual(
      announcement.diagnostics.map((d) => [
        d.code,
        d.severity,
        announcement.text.slice(d.start, d.end),
        d.fixes?.[0].edits[0].newText,
      ]),
      [
        ['label-mismatch', 'warning', 'EST', 'EDT'],
        ['prose-time-mismatch', 'warning', 'EST', 'EDT'],
      ],
    );
  });
});
