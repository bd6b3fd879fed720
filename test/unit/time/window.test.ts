import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { defaultSettings } from '../../../src/core/settings';
import { lines } from '../helpers';

const iso = (ms: number | undefined) =>
  ms === undefined ? undefined : new Date(ms).toISOString().replace('.000', '');
const runbookWindow = (...windowLines: string[]) =>
  lines('kind: runbook', 'title: T', 'window:', ...windowLines.map((l) => `  ${l}`), 'steps: []');
const windowOf = (text: string, fileName = 'x.runbook.yaml', settings = defaultSettings) =>
  analyze(text, fileName, settings).window!;

describe('time/window', () => {
  it('reads a runbook window: start in its zone, for a length', () => {
    const window = windowOf(
      runbookWindow('start: 2026-07-19 08:00', 'zone: Europe/London', 'length: 1h30m'),
    );
    assert.equal(window.primaryZone, 'Europe/London');
    assert.deepEqual(
      [iso(window.startMs), iso(window.endMs), window.lengthMs],
      ['2026-07-19T07:00:00Z', '2026-07-19T08:30:00Z', 90 * 60_000],
    );
    assert.equal(window.start?.resolution?.kind, 'exact');
    assert.equal(window.timeFormat, '24h');
  });

  it('reads an announcement window from the top level, with an end, publish and time format', () => {
    const text = lines(
      'kind: announcement',
      'title: T',
      'start: 2026-07-19 08:00',
      'end: 2026-07-19 09:15',
      'zone: Europe/London',
      'publish: 2026-07-12 09:00',
      'time_format: 12h',
    );
    const window = windowOf(text, 'x.announcement.yaml');
    assert.deepEqual(
      [iso(window.endMs), window.lengthMs, iso(window.publish?.ms), window.timeFormat],
      ['2026-07-19T08:15:00Z', 75 * 60_000, '2026-07-12T08:00:00Z', '12h'],
    );
    assert.deepEqual(
      window.times.map((t) => t.role),
      ['start', 'end', 'publish'],
    );
  });

  it('gives an announcement without a length the estimate times the safety factor', () => {
    const text = lines(
      'kind: announcement',
      'title: T',
      'start: 2026-07-19 08:00',
      'zone: UTC',
      'estimate: 20m..30m',
    );
    assert.equal(windowOf(text, 'x.announcement.yaml').lengthMs, 60 * 60_000);
    assert.equal(
      windowOf(`${text}safety_factor: 3\n`, 'x.announcement.yaml').lengthMs,
      90 * 60_000,
    );
    // With no safety_factor in the file, runbook.safetyFactor (analyze's windowEstimate reads both).
    assert.equal(
      windowOf(text, 'x.announcement.yaml', { ...defaultSettings, safetyFactor: 4 }).lengthMs,
      120 * 60_000,
    );
  });

  it('takes an ISO start with an offset as exact, and its offset as the zone when none is written', () => {
    const window = windowOf(runbookWindow('start: 2026-07-19T08:00:00+05:45', 'length: 1h'));
    assert.deepEqual(
      [iso(window.startMs), window.primaryZone, window.missingZoneFor],
      ['2026-07-19T02:15:00Z', 'UTC+05:45', undefined],
    );
  });

  it('has no instant for a wall-clock start without a zone, or with a zone that is not one', () => {
    const noZone = windowOf(runbookWindow('start: 2026-07-19 08:00', 'length: 1h'));
    assert.deepEqual(
      [noZone.startMs, noZone.missingZoneFor?.value],
      [undefined, '2026-07-19 08:00'],
    );
    const badZone = windowOf(runbookWindow('start: 2026-07-19 08:00', 'zone: BST', 'length: 1h'));
    assert.deepEqual(
      [badZone.startMs, badZone.primaryZone, badZone.zone?.check.ok],
      [undefined, undefined, false],
    );
  });

  it('records an end before the start, and an end that disagrees with the length', () => {
    const backwards = windowOf(
      runbookWindow('start: 2026-07-19 08:00', 'end: 2026-07-19 07:00', 'zone: UTC'),
    );
    assert.match(backwards.problems[0].message, /ends \(2026-07-19 07:00\) before it starts/);
    assert.equal(backwards.endMs, undefined);
    const both = windowOf(
      runbookWindow('start: 2026-07-19 08:00', 'end: 2026-07-19 10:00', 'length: 1h', 'zone: UTC'),
    );
    assert.match(
      both.problems[0].message,
      /`end` and `length` disagree: start \+ length is 2026-07-19 09:00, but `end` says 2026-07-19 10:00/,
    );
    assert.deepEqual(
      windowOf(
        runbookWindow(
          'start: 2026-07-19 08:00',
          'end: 2026-07-19 09:00',
          'length: 1h',
          'zone: UTC',
        ),
      ).problems,
      [],
    );
  });

  it("uses the file's audience, else runbook.audienceZones (invalid setting zones left out)", () => {
    const settings = {
      ...defaultSettings,
      audienceZones: ['Asia/Tokyo', 'Not/AZone', 'America/New_York'],
    };
    const bare = windowOf(
      runbookWindow('start: 2026-07-19 08:00', 'zone: Europe/London', 'length: 1h'),
      'x.runbook.yaml',
      settings,
    );
    assert.equal(bare.audienceFromSettings, true);
    assert.deepEqual(
      bare.conversions.map((c) => `${c.label} ${c.start}`),
      ['Tokyo 2026-07-19T16:00:00+09:00', 'New York 2026-07-19T03:00:00-04:00'],
    );
    const own = windowOf(
      `${runbookWindow('start: 2026-07-19 08:00', 'zone: Europe/London')}audience:\n  - { zone: Asia/Kolkata, label: India }\n  - Nope/Zone\n`,
      'x.runbook.yaml',
      settings,
    );
    assert.equal(own.audienceFromSettings, false);
    assert.deepEqual(
      own.audience.map((a) => [a.zone, a.validZone, a.label]),
      [
        ['Asia/Kolkata', 'Asia/Kolkata', 'India'],
        ['Nope/Zone', undefined, undefined],
      ],
    );
    assert.deepEqual(
      own.conversions.map((c) => [c.label, c.end]),
      [['India', null]],
    );
  });

  it('takes runbook.timeFormat when the file has no time_format', () => {
    const text = runbookWindow('start: 2026-07-19 08:00', 'zone: UTC');
    assert.equal(
      windowOf(text, 'x.runbook.yaml', { ...defaultSettings, timeFormat: '12h' }).timeFormat,
      '12h',
    );
    assert.equal(
      windowOf(`${text}time_format: 24h\n`, 'x.runbook.yaml', {
        ...defaultSettings,
        timeFormat: '12h',
      }).timeFormat,
      '24h',
    );
  });

  it('is read into the analysis, conversions and all, for runbooks and announcements only', () => {
    const analysis = analyze(
      `${runbookWindow('start: 2026-07-19 08:00', 'zone: UTC')}audience: [Asia/Tokyo]\n`,
      'x.runbook.yaml',
    );
    assert.deepEqual(
      analysis.window?.conversions.map((c) => c.start),
      ['2026-07-19T17:00:00+09:00'],
    );
    assert.equal(analyze('title: T\n', 'x.yaml').window, undefined);
    assert.deepEqual(analyze('kind: runbook\ntitle: T\nsteps: []\n', 'x.yaml').window?.times, []);
  });
});
