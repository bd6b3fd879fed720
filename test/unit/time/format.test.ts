import { strict as assert } from 'node:assert';
import { convertWindow } from '../../../src/core/time/conversion';
import {
  formatClock,
  formatLocalDateTime,
  formatRelative,
  formatZonesList,
  formatZonesTable,
  zonesTable,
} from '../../../src/core/time/format';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SEED_000_START = Date.parse('2015-07-19T07:00:00Z');
const SEED_000_AUDIENCE = [
  { label: 'Tokyo', zone: 'Asia/Tokyo' },
  { label: 'Moscow', zone: 'Europe/Moscow' },
  { label: 'CEST', zone: 'Europe/Paris' },
  { label: 'Eastern', zone: 'America/New_York' },
  { label: 'Central', zone: 'America/Chicago' },
  { label: 'Pacific', zone: 'America/Los_Angeles' },
];

describe('time/format', () => {
  it('writes 12h times as seed 000 does, with Noon and Midnight as words', () => {
    const cases: Array<[number, number, string]> = [
      [0, 0, 'Midnight'],
      [12, 0, 'Noon'],
      [16, 0, '4pm'],
      [16, 30, '4:30pm'],
      [0, 30, '12:30am'],
      [12, 5, '12:05pm'],
      [9, 0, '9am'],
      [23, 59, '11:59pm'],
    ];
    for (const [hour, minute, text] of cases) assert.equal(formatClock(hour, minute, '12h'), text);
  });

  it('writes 24h times as 16:00', () => {
    assert.deepEqual(
      [formatClock(16, 0, '24h'), formatClock(0, 0, '24h'), formatClock(9, 5, '24h')],
      ['16:00', '00:00', '09:05'],
    );
  });

  it("writes seed 000's zones list exactly", () => {
    const conversions = convertWindow(
      SEED_000_START,
      SEED_000_START + HOUR,
      'Europe/London',
      SEED_000_AUDIENCE,
    );
    assert.deepEqual(formatZonesList(conversions, { timeFormat: '12h' }), [
      'Tokyo: 4pm',
      'Moscow: 10am',
      'CEST: 9am',
      'Eastern: 3am',
      'Central: 2am',
      'Pacific: Midnight',
    ]);
    assert.deepEqual(
      formatZonesList(conversions.slice(0, 1), { timeFormat: '24h', withEnd: true }),
      ['Tokyo: 16:00–17:00'],
    );
  });

  it("names the weekday where the local day differs from the primary zone's", () => {
    const start = Date.parse('2026-07-19T05:00:00Z');
    const conversions = convertWindow(start, start + 2 * HOUR, 'Europe/London', [
      { zone: 'America/Los_Angeles', label: 'Pacific' },
      { zone: 'Asia/Tokyo' },
    ]);
    assert.deepEqual(formatZonesList(conversions, { timeFormat: '12h', withEnd: true }), [
      'Pacific: Sat 10pm–Sun Midnight',
      'Tokyo: 2pm–4pm',
    ]);
    const late = convertWindow(start, start + 4 * HOUR, 'Europe/London', [
      { zone: 'America/Los_Angeles', label: 'Pacific' },
    ]);
    assert.deepEqual(formatZonesList(late, { timeFormat: '24h', withEnd: true }), [
      'Pacific: Sat 22:00–Sun 02:00',
    ]);
  });

  it('makes the zones table, as cells and as Markdown', () => {
    const conversions = convertWindow(SEED_000_START, SEED_000_START + HOUR, 'Europe/London', [
      SEED_000_AUDIENCE[0],
      { zone: 'Asia/Kathmandu' },
    ]);
    assert.deepEqual(zonesTable(conversions, '12h'), {
      headers: ['Zone', 'Starts', 'Ends', 'Offset'],
      rows: [
        ['Tokyo (Asia/Tokyo)', 'Sun 19 Jul 4pm', '5pm', 'JST (UTC+09:00)'],
        ['Kathmandu (Asia/Kathmandu)', 'Sun 19 Jul 12:45pm', '1:45pm', 'UTC+05:45'],
      ],
    });
    assert.equal(
      formatZonesTable(conversions.slice(0, 1), '24h'),
      '| Zone | Starts | Ends | Offset |\n| --- | --- | --- | --- |\n| Tokyo (Asia/Tokyo) | Sun 19 Jul 16:00 | 17:00 | JST (UTC+09:00) |',
    );
  });

  it('says how far away an instant is', () => {
    const now = Date.parse('2026-07-10T08:00:00Z');
    assert.equal(formatRelative(now, now + 9 * DAY), 'in 9 days');
    assert.equal(formatRelative(now, now - 3 * HOUR), '3 hours ago');
    assert.equal(formatRelative(now, now + 60_000), 'in 1 minute');
    assert.equal(formatRelative(now, now + 20_000), 'now');
    assert.equal(formatRelative(now, now - 90 * DAY), '3 months ago');
    assert.equal(formatRelative(now, now - 11 * 365 * DAY), '11 years ago');
    assert.equal(formatRelative(now, now + 30 * HOUR), 'in 30 hours');
  });

  it('writes a local date and time for messages', () => {
    assert.equal(
      formatLocalDateTime({ date: '2026-07-19', hour: 8, minute: 5 }),
      '2026-07-19 08:05',
    );
  });
});
