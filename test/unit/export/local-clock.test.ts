import { strict as assert } from 'node:assert';
import { clockWriter } from '../../../src/core/export/local-clock';
import type { PreviewWindow } from '../../../src/core/preview/preview-model';
import { clockAfter } from '../../../src/core/schedule/elapsed';

const MINUTE = 60_000;

describe('export/local-clock', () => {
  it('writes the same clock as the schedule, minute by minute across DST changes and days', () => {
    const cases: Array<[string, string, '12h' | '24h']> = [
      ['Europe/London', '2099-03-28T23:00:00Z', '24h'],
      ['Europe/London', '2099-10-24T23:30:00Z', '12h'],
      ['America/Los_Angeles', '2017-04-10T17:00:00Z', '12h'],
      ['Asia/Kathmandu', '2026-07-19T02:15:00Z', '24h'],
      ['UTC+05:45', '2026-07-19T02:15:00Z', '24h'],
      ['Australia/Lord_Howe', '2026-04-04T14:00:00Z', '24h'],
    ];
    for (const [zone, start, format] of cases) {
      const startMs = Date.parse(start);
      const window = { zone, startMs } as PreviewWindow;
      const write = clockWriter(window, startMs + 3000 * MINUTE, format);
      for (let minute = 0; minute <= 3000; minute += 7) {
        assert.equal(
          write(startMs + minute * MINUTE),
          clockAfter({ startMs, zone, format }, minute * 60),
          `${zone} +${minute}m`,
        );
      }
    }
  });
});
