import { strict as assert } from 'node:assert';
import { scheduleData } from '../../../src/core/schedule/schedule-data';
import { scheduleText } from '../../../src/core/schedule/schedule-text';
import { analyzeAt, runbookOf, SEED_003 } from '../features/plan-fixtures';

function schedule(text: string) {
  const analysis = analyzeAt(text);
  assert.ok(analysis.plan, 'a runbook has a plan');
  return {
    data: scheduleData(analysis, analysis.plan),
    text: scheduleText(analysis, analysis.plan, 'T'),
  };
}

describe('schedule: data and text', () => {
  it("gives seed 003's steps in minutes from the window's start, as the JSON contract", () => {
    const { data } = schedule(SEED_003);
    assert.deepEqual(
      data.steps.map(({ id, start, end, critical }) => ({ id, start, end, critical })),
      [
        {
          id: 'copy-databases',
          start: { low: 0, high: 0 },
          end: { low: 30, high: 60 },
          critical: true,
        },
        {
          id: 'convert-schema',
          start: { low: 30, high: 60 },
          end: { low: 390, high: 780 },
          critical: true,
        },
        {
          id: 'catch-up',
          start: { low: 390, high: 780 },
          end: { low: 750, high: 1500 },
          critical: true,
        },
      ],
    );
    assert.deepEqual(data.estimate, { low: 750, high: 1500 });
    assert.equal(data.planned_minutes, 1500);
    assert.deepEqual(data.steps[2].clock, {
      start: { low: '2017-04-10T16:30:00-07:00', high: '2017-04-10T23:00:00-07:00' },
      end: { low: '2017-04-10T22:30:00-07:00', high: '2017-04-11T11:00:00-07:00' },
    });
    assert.deepEqual(
      data.phases.map((p) => [p.impact, p.start, p.end, p.steps]),
      [
        ['outage', { low: 0, high: 0 }, { low: 30, high: 60 }, ['copy-databases']],
        [
          'degraded',
          { low: 30, high: 60 },
          { low: 750, high: 1500 },
          ['convert-schema', 'catch-up'],
        ],
      ],
    );
  });

  it('marks only the longest branch critical, and lists steps a cycle holds back apart', () => {
    const { data } = schedule(
      runbookOf(['a 10m', 'b 1h a', 'c 20m a', 'd 5m b c', 'x 5m y', 'y 5m x']),
    );
    assert.deepEqual(
      data.steps.map((s) => [s.id, s.start.high, s.critical]),
      [
        ['a', 0, true],
        ['b', 10, true],
        ['c', 10, false],
        ['d', 70, true],
      ],
    );
    assert.deepEqual(data.critical_path, ['a', 'b', 'd']);
    assert.deepEqual(data.unschedulable, ['x', 'y']);
  });

  it('has no clock times without a valid start and zone, and gives fractions of a minute as they are', () => {
    const { data } = schedule(runbookOf(['a 45s', 'b 90s'], []));
    assert.equal(data.steps[0].clock, null);
    assert.deepEqual(data.steps[1].end, { low: 2.25, high: 2.25 });
    assert.deepEqual(data.window, { start: null, end: null, zone: null, minutes: 4.5 });
  });

  it('writes seed 003 as a table on the clock, the day where it changes, then the phases and the sum', () => {
    const { text } = schedule(SEED_003);
    assert.deepEqual(text, [
      'T',
      'Window: Mon 2017-04-10 10:00–Tue 2017-04-11 11:00 America/Los_Angeles (PDT, UTC-07:00)',
      '        Mon 2017-04-10 17:00–Tue 2017-04-11 18:00 UTC',
      '',
      '   Step            Impact    Estimate  Starts         Ends            Starts at     Ends at',
      '*  copy-databases  outage    30m–1h    T+0:00         T+0:30..1:00    10:00         10:30..11:00',
      '*  convert-schema  degraded  6h–12h    T+0:30..1:00   T+6:30..13:00   10:30..11:00  16:30..23:00',
      '*  catch-up        degraded  6h–12h    T+6:30..13:00  T+12:30..25:00  16:30..23:00  22:30..Tue 11:00',
      '* on the critical path; clock times in America/Los_Angeles',
      '',
      'Phases',
      '  outage    T+0:00–0:30..1:00          10:00–10:30..11:00             copy-databases',
      '  degraded  T+0:30..1:00–12:30..25:00  10:30..11:00–22:30..Tue 11:00  convert-schema, catch-up',
      '',
      'Critical path: copy-databases → convert-schema → catch-up',
      'Σ 12h 30m–1d 1h × 1 = 1d 1h · window 1d 1h ✓',
    ]);
  });

  it('gives a start after a step with no estimate as a lower bound on both clocks, never a guess', () => {
    const { text } = schedule(runbookOf(['a -', 'b 30m a', 'c 15m b']));
    const row = (id: string) =>
      text
        .find((line) => line.includes(` ${id} `))
        ?.trim()
        .split(/\s+/);
    // * id estimate starts ends starts-at ends-at
    assert.deepEqual(row('a'), ['*', 'a', 'none', 'T+0:00', 'T+?', '08:00', '?'], text.join('\n'));
    assert.deepEqual(row('b'), ['*', 'b', '30m', 'T+?', 'T+≥0:30', '?', '≥08:30'], text.join('\n'));
    assert.deepEqual(
      row('c'),
      ['*', 'c', '15m', 'T+≥0:30', 'T+≥0:45', '≥08:30', '≥08:45'],
      text.join('\n'),
    );
  });

  it('says what it cannot schedule and why the sum is a lower bound', () => {
    const { text } = schedule(runbookOf(['a 10m', 'b -', 'x 5m y', 'y 5m x'], []));
    assert.ok(
      text.includes('Not scheduled (in or after a dependency cycle): x, y'),
      text.join('\n'),
    );
    assert.ok(
      text.includes('1 step has no estimate: the total is a lower bound.'),
      text.join('\n'),
    );
    assert.ok(
      text.includes('2 steps in or after a dependency cycle are not counted.'),
      text.join('\n'),
    );
  });
});
