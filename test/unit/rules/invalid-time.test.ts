import { strict as assert } from 'node:assert';
import { analyzeAt, announcement, found, runbookWindow } from './time-fixtures';

const startOf = (start: string) =>
  runbookWindow([`start: ${start}`, 'zone: Europe/London', 'length: 1h']);

describe('rules/invalid-time', () => {
  it('reports a start that cannot be a date-time, as an error on the value', () => {
    const cases: Array<[string, RegExp]> = [
      ['9999-07-19 08:00', /year 9999 is out of range/],
      ['0001-07-19 08:00', /year 1 is out of range/],
      ['2026-07-19 24:00', /no hour 24/],
      ['2026-07-19 25:00', /no hour 25/],
      ['2027-02-29 08:00', /2027 is not a leap year/],
      ['2026-07-19T08:00:00+25:00', /\+25:00 is not a UTC offset/],
      ['next Sunday', /is not a date and time/],
      ['2026-07-19', /no time of day/],
    ];
    for (const [start, message] of cases) {
      const [diagnostic, ...rest] = found(startOf(start), 'invalid-time');
      assert.equal(rest.length, 0, start);
      assert.equal(diagnostic.text, start);
      assert.equal(diagnostic.severity, 'error');
      assert.match(diagnostic.message, message);
    }
  });

  it('still analyses the rest of the file', () => {
    const text = runbookWindow(
      ['start: 2026-07-19 25:00', 'zone: Europe/Londn', 'length: soon'],
      'audience:',
      '  - BST',
    );
    const codes = analyzeAt(text).diagnostics.map((d) => d.code);
    assert.deepEqual(codes, [
      'invalid-time',
      'unknown-zone',
      'invalid-duration',
      'zone-abbreviation',
    ]);
  });

  it('reports an end and a publish time the same way', () => {
    const text = announcement(
      'start: 2026-07-19 08:00',
      'end: 2026-07-19 08:61',
      'zone: UTC',
      'publish: 2026-02-30 09:00',
    );
    assert.deepEqual(
      found(text, 'invalid-time').map((d) => d.text),
      ['2026-07-19 08:61', '2026-02-30 09:00'],
    );
  });

  it('reports an end at or before the start, and an end that disagrees with the length', () => {
    const before = runbookWindow(['start: 2026-07-19 08:00', 'end: 2026-07-19 08:00', 'zone: UTC']);
    assert.match(
      found(before, 'invalid-time')[0].message,
      /ends \(2026-07-19 08:00\) when it starts/,
    );
    const both = runbookWindow([
      'start: 2026-07-19 08:00',
      'end: 2026-07-19 10:00',
      'zone: UTC',
      'length: 1h',
    ]);
    assert.deepEqual(
      found(both, 'invalid-time').map((d) => d.text),
      ['2026-07-19 10:00'],
    );
  });

  it('leaves values of the wrong type to the schema rule, and accepts good times', () => {
    const number = runbookWindow(['start: 1563523200', 'zone: UTC']);
    assert.deepEqual(found(number, 'invalid-time'), []);
    assert.deepEqual(found(startOf('2026-07-19 08:00'), 'invalid-time'), []);
    assert.deepEqual(found(startOf('2026-07-19T08:00:00+01:00'), 'invalid-time'), []);
  });
});
