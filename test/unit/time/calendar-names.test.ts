import { strict as assert } from 'node:assert';
import {
  monthAbbreviation,
  monthName,
  weekdayAbbreviation,
} from '../../../src/core/time/calendar-names';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

// Hovers, exports and messages print these: they are English on every machine, byte for byte.
describe('time/calendar-names', () => {
  it('names the months in English', () => {
    assert.deepEqual(range(12).map(monthAbbreviation), [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    assert.equal(monthName(1), 'January');
    assert.equal(monthName(9), 'September');
    assert.equal(monthName(12), 'December');
  });

  it('names the ISO weekdays, Monday first', () => {
    assert.deepEqual(range(7).map(weekdayAbbreviation), [
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
  });
});
