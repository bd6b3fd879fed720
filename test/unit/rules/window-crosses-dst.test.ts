import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../../src/core/settings';
import { found, runbookWindow, NOW } from './time-fixtures';

describe('rules/window-crosses-dst', () => {
  it('names the first five clock changes of a window of decades in each zone, not all 148', () => {
    const text = runbookWindow(
      ['start: 2026-07-19 08:00', 'zone: Europe/London', 'end: 2100-07-19 08:00'],
      'audience:',
      '  - America/New_York',
    );
    const changes = found(text, 'window-crosses-dst');
    assert.equal(changes.filter((c) => c.text === 'Europe/London').length, 5);
    assert.equal(changes.filter((c) => c.text === 'America/New_York').length, 5);
    assert.match(changes[0].message, /at 02:00 on 2026-10-25, Europe\/London goes from BST/);
  });

  it("notes a change in the window's own zone, on the zone", () => {
    const text = runbookWindow(['start: 2026-03-29 00:30', 'zone: Europe/London', 'length: 1h']);
    const [change] = found(text, 'window-crosses-dst');
    assert.equal(change.text, 'Europe/London');
    assert.equal(change.severity, 'info');
    assert.equal(
      change.message,
      'The window crosses a clock change in its own zone: at 01:00 on 2026-03-29, Europe/London goes from GMT (+00:00) to BST (+01:00), so there the window runs 00:30–02:30 on the clock, for 1h of real time.',
    );
  });

  it('notes a change in an audience zone, on that entry: the weeks when US and EU clocks disagree', () => {
    const text = runbookWindow(
      ['start: 2026-03-08 06:00', 'zone: UTC', 'length: 2h'],
      'audience:',
      '  - Europe/London',
      '  - { zone: America/New_York, label: Eastern }',
    );
    const [change, ...rest] = found(text, 'window-crosses-dst');
    assert.equal(rest.length, 0);
    assert.equal(change.text, 'America/New_York');
    assert.match(
      change.message,
      /this audience zone: at 02:00 on 2026-03-08, America\/New_York goes from EST \(-05:00\) to EDT \(-04:00\), so there the window runs 01:00–04:00 on the clock, for 2h of real time/,
    );
  });

  it("knows the southern hemisphere, Lord Howe's half hour and zones from the settings", () => {
    const settings = { ...defaultSettings, audienceZones: ['Australia/Lord_Howe'] };
    const text = runbookWindow(['start: 2026-04-04 14:00', 'zone: UTC', 'length: 2h']);
    const [lordHowe] = found(text, 'window-crosses-dst', NOW, settings);
    assert.equal(lordHowe.text, '2026-04-04 14:00');
    assert.match(
      lordHowe.message,
      /Australia\/Lord_Howe \(from runbook\.audienceZones\): at 02:00 on 2026-04-05, Australia\/Lord_Howe goes from LHDT \(\+11:00\) to LHST \(\+10:30\), so there the window runs 01:00–02:30 on the clock/,
    );
    const sydney = runbookWindow([
      'start: 2026-10-04 01:30',
      'zone: Australia/Sydney',
      'length: 1h',
    ]);
    assert.match(
      found(sydney, 'window-crosses-dst')[0].message,
      /from AEST \(\+10:00\) to AEDT \(\+11:00\)/,
    );
  });

  it('says nothing for a window that stays on one side, or ends right at the change', () => {
    assert.deepEqual(
      found(
        runbookWindow(['start: 2026-07-19 08:00', 'zone: Europe/London', 'length: 25h']),
        'window-crosses-dst',
      ),
      [],
    );
    assert.deepEqual(
      found(
        runbookWindow(['start: 2026-03-29 00:00', 'zone: Europe/London', 'length: 1h']),
        'window-crosses-dst',
      ),
      [],
    );
    assert.deepEqual(
      found(
        runbookWindow(['start: 2026-03-29 00:00', 'zone: Europe/London']),
        'window-crosses-dst',
      ),
      [],
    );
  });
});
