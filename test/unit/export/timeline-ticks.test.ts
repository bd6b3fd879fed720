import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { clockTicks, elapsedTicks } from '../../../src/core/export/timeline-ticks';
import type { PreviewWindow } from '../../../src/core/preview/preview-model';
import { MINUTES_PER_DAY } from '../../../src/core/time/units';

function windowFrom(start: string, zone: string, minutes: number): PreviewWindow {
  const startMs = DateTime.fromISO(start, { zone }).toMillis();
  return {
    zone,
    start,
    end: null,
    startMs,
    endMs: startMs + minutes * 60_000,
    minutes,
    lines: [],
    relative: null,
  };
}

/** Every local midnight in the window, found the slow, obvious way: quarter hour by quarter hour. */
function midnightsByQuarter(window: PreviewWindow, minutes: number): number[] {
  const found: number[] = [];
  const quarter = 15 * 60_000;
  const endMs = window.startMs + minutes * 60_000;
  for (let ms = Math.ceil(window.startMs / quarter) * quarter; ms <= endMs; ms += quarter) {
    const local = DateTime.fromMillis(ms, { zone: window.zone });
    if (local.hour === 0 && local.minute === 0) found.push((ms - window.startMs) / 60_000);
  }
  return found;
}

describe('export/timeline-ticks', () => {
  it('puts the midnights of a long window where the clock shows them, across DST changes both ways', () => {
    for (const zone of [
      'Europe/London',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ]) {
      const minutes = 400 * MINUTES_PER_DAY;
      const window = windowFrom('2026-01-10T13:00', zone, minutes);
      const expected = midnightsByQuarter(window, minutes);
      const every = Math.ceil(expected.length / 10);
      const ticks = clockTicks(window, minutes, '24h');
      assert.deepEqual(
        ticks.map((t) => t.minute),
        expected.filter((_, i) => i % every === 0),
        zone,
      );
    }
  });

  it('gives at most ten ticks for a window that runs to 2100 (years stop there)', () => {
    const minutes = (Date.UTC(2100, 11, 31) - Date.UTC(2026, 6, 19)) / 60_000;
    const ticks = clockTicks(
      windowFrom('2026-07-19T08:00', 'Europe/London', minutes),
      minutes,
      '12h',
    );
    assert.ok(ticks.length > 0 && ticks.length <= 10, `${ticks.length} ticks`);
    assert.ok(
      ticks.every((t) => /Midnight|12am|12:00/i.test(t.label)),
      ticks.map((t) => t.label).join(', '),
    );
  });
});

describe('export/timeline-ticks: a plan of absurd length', () => {
  it('marks at most about ten ticks on 10^31 minutes (a safety factor of 10^29), with and without a window', () => {
    const minutes = 1e31;
    assert.ok(elapsedTicks(minutes).length <= 11);
    const ticks = clockTicks(windowFrom('2026-07-19T08:00', 'Europe/London', 60), minutes, '24h');
    assert.ok(ticks.length > 0 && ticks.length <= 11, `${ticks.length} ticks`);
  });
});
