import { strict as assert } from 'node:assert';
import { skeletonStart } from '../../../src/core/time/skeleton-start';

describe('time/skeleton-start', () => {
  it('is one week ahead at the next full hour of the zone', () => {
    assert.equal(skeletonStart(Date.parse('2026-07-01T10:20:00Z'), 'UTC'), '2026-07-08 11:00');
    assert.equal(skeletonStart(Date.parse('2026-07-01T10:00:00Z'), 'UTC'), '2026-07-08 10:00');
    assert.equal(
      skeletonStart(Date.parse('2026-07-01T10:20:00Z'), 'Europe/London'),
      '2026-07-08 12:00',
    );
    // Kolkata is +05:30: 10:20Z is 15:50 there.
    assert.equal(
      skeletonStart(Date.parse('2026-07-01T10:20:00Z'), 'Asia/Kolkata'),
      '2026-07-08 16:00',
    );
    assert.equal(
      skeletonStart(Date.parse('2026-07-01T10:20:00Z'), 'Asia/Kathmandu'),
      '2026-07-08 17:00',
    );
  });

  it('skips an hour the clocks repeat, so the start is exact', () => {
    // A week later is 00:30 GMT on 25 October 2026 in London, before the 02:00 BST → 01:00 GMT change:
    // 01:00 happens twice there, so the first full hour that happens once is 02:00.
    assert.equal(
      skeletonStart(Date.parse('2026-10-17T23:30:00Z'), 'Europe/London'),
      '2026-10-25 02:00',
    );
  });
});
