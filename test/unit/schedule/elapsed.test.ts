import { strict as assert } from 'node:assert';
import {
  clockAfter,
  clockRange,
  formatElapsed,
  formatElapsedRange,
  tPlus,
} from '../../../src/core/schedule/elapsed';

const MIN = 60;
const HOUR = 3600;
/** Seed 003's window: Monday 10 April 2017, 10:00 PDT. */
const SEED_003 = {
  startMs: Date.parse('2017-04-10T17:00:00Z'),
  zone: 'America/Los_Angeles',
  format: '24h' as const,
};

describe('schedule/elapsed', () => {
  it('writes time since the window opened as h:mm, hours never wrapping into days', () => {
    assert.equal(formatElapsed(0), '0:00');
    assert.equal(formatElapsed(35 * MIN), '0:35');
    assert.equal(formatElapsed(12 * HOUR + 30 * MIN), '12:30');
    assert.equal(formatElapsed(25 * HOUR), '25:00');
  });

  it('keeps seconds only when there are any, rounded to the whole second', () => {
    assert.equal(formatElapsed(45), '0:00:45');
    assert.equal(formatElapsed(HOUR + 5), '1:00:05');
    assert.equal(formatElapsed(59.6), '0:01');
    assert.equal(formatElapsed(1.25 * 25 * MIN), '0:31:15');
  });

  it('writes a range low..high, and once when both ends read the same', () => {
    assert.equal(formatElapsedRange({ low: 35 * MIN, high: 50 * MIN }), '0:35..0:50');
    assert.equal(formatElapsedRange({ low: 35 * MIN, high: 35 * MIN + 0.2 }), '0:35');
    assert.equal(tPlus({ low: 35 * MIN, high: 35 * MIN }), 'T+0:35');
    assert.equal(tPlus({ low: 6 * HOUR + 30 * MIN, high: 13 * HOUR }), 'T+6:30..13:00');
  });

  it('reads elapsed time on the clock of the window zone, with the weekday once the day changes', () => {
    assert.equal(clockAfter(SEED_003, 0), '10:00');
    assert.equal(clockAfter(SEED_003, 25 * HOUR), 'Tue 11:00');
    assert.equal(
      clockRange(SEED_003, { low: 12 * HOUR + 30 * MIN, high: 25 * HOUR }),
      '22:30..Tue 11:00',
    );
    assert.equal(
      clockRange({ ...SEED_003, format: '12h' }, { low: 30 * MIN, high: HOUR }),
      '10:30am..11am',
    );
  });

  it('counts real time across a clock change: an hour after 00:30 GMT on 29 March 2026 is 02:30 BST', () => {
    const london = {
      startMs: Date.parse('2026-03-29T00:30:00Z'),
      zone: 'Europe/London',
      format: '24h' as const,
    };
    assert.equal(clockAfter(london, HOUR), '02:30');
  });
});
