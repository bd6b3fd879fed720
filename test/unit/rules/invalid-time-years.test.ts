import { strict as assert } from 'node:assert';
import { LAST_YEAR } from '../../../src/core/time/date-time-text';
import { announcement, found, runbookWindow } from './time-fixtures';

describe('rules/invalid-time: a window must end by the last year too', () => {
  it('reports a length that takes the window past 2100, on the length', () => {
    const text = runbookWindow(['start: 2100-12-31 23:00', 'zone: UTC', 'length: 2h']);
    const [diagnostic, ...rest] = found(text, 'invalid-time');
    assert.equal(rest.length, 0);
    assert.equal(diagnostic.text, '2h');
    assert.equal(
      diagnostic.message,
      `The window would end 2101-01-01 01:00 (start + \`length\`), after ${LAST_YEAR}: a maintenance window falls between 1970 and ${LAST_YEAR}. Start earlier or make it shorter.`,
    );
  });

  it('counts the year in the window zone, and reports a planned length on the start', () => {
    // 23:30 in Tokyo on 31 December 2100 plus the planned 2 × estimate 30m.
    const planned = found(
      announcement('start: 2100-12-31 23:30', 'zone: Asia/Tokyo', 'estimate: 30m'),
      'invalid-time',
    );
    assert.deepEqual(
      planned.map((d) => d.text),
      ['2100-12-31 23:30'],
    );
    assert.match(planned[0].message, /would end 2101-01-01 00:30 \(start \+ the planned length\)/);
    // The same instant is still 2100 in New York: nothing to say.
    const west = runbookWindow(['start: 2100-12-31 20:00', 'zone: America/New_York', 'length: 2h']);
    assert.deepEqual(found(west, 'invalid-time'), []);
  });

  it('says nothing of a window ending on the last day', () => {
    const text = runbookWindow(['start: 2100-12-31 21:00', 'zone: UTC', 'length: 2h']);
    assert.deepEqual(found(text, 'invalid-time'), []);
  });
});
