import { strict as assert } from 'node:assert';
import {
  hoursToMinutes,
  MINUTES_PER_DAY,
  minutesToMs,
  minutesToSeconds,
  MS_PER_DAY,
  MS_PER_HOUR,
  msToMinutes,
  msToSeconds,
  NOON_MINUTES,
  SECONDS_PER_DAY,
  SECONDS_PER_WEEK,
  secondsToMinutes,
  secondsToMs,
} from '../../../src/core/time/units';

describe('time/units', () => {
  it('names each conversion, and each undoes its partner', () => {
    assert.equal(secondsToMs(90), 90_000);
    assert.equal(msToSeconds(90_000), 90);
    assert.equal(minutesToMs(2.5), 150_000);
    assert.equal(msToMinutes(150_000), 2.5);
    assert.equal(minutesToSeconds(35), 2100);
    assert.equal(secondsToMinutes(2100), 35);
    assert.equal(hoursToMinutes(-12), -720);
  });

  it('has the lengths of an hour, a day and a week', () => {
    assert.deepEqual(
      [MS_PER_HOUR, MS_PER_DAY, SECONDS_PER_DAY, SECONDS_PER_WEEK, MINUTES_PER_DAY, NOON_MINUTES],
      [3_600_000, 86_400_000, 86_400, 604_800, 1440, 720],
    );
  });
});
