import { strict as assert } from 'node:assert';
import { checkProseTime, formatLike, type ProseWindow } from '../../../src/core/time/prose-check';
import type { ZoneLabel } from '../../../src/core/time/prose-labels';
import { findProseTimes, type ClockStyle } from '../../../src/core/time/prose-times';

const HOUR = 3_600_000;

/** The mismatches in `text` against a window, as "wrong words → right words". */
function check(text: string, window: ProseWindow, labels: ZoneLabel[] = []): string[] {
  return findProseTimes(text, 0, text.length, labels).flatMap((prose) => {
    const mismatch = checkProseTime(prose, window, text);
    return mismatch
      ? [`${text.slice(mismatch.start, mismatch.end)} → ${mismatch.replacement}`]
      : [];
  });
}

const london = (iso: string, hours = 1): ProseWindow => ({
  startMs: Date.parse(iso),
  endMs: Date.parse(iso) + hours * HOUR,
  zones: ['Europe/London'],
});
const style = (overrides: Partial<ClockStyle>): ClockStyle => ({
  clock: '12h',
  upper: false,
  minutes: false,
  pad: false,
  space: false,
  dots: false,
  ...overrides,
});

describe('time/prose-check', () => {
  it('accepts times that agree, however they are written', () => {
    const window = london('2015-07-19T07:00:00Z');
    assert.deepEqual(
      check(
        'at 8:00AM BST, 08:00 BST, 8am BST, 07:00 UTC, 07:00 GMT, 9am CEST, 16:00 JST, 4pm UTC+9, ends 9am BST',
        window,
      ),
      [],
    );
  });

  it('marks only the wrong words, and writes the right ones in the same style', () => {
    const window = london('2015-07-19T07:00:00Z');
    assert.deepEqual(check('at 9:00AM BST', window), ['9:00AM → 8:00AM']);
    assert.deepEqual(check('from 08:00 to 10:00 BST', window), ['10:00 → 09:00']);
    assert.deepEqual(check('at 8am GMT', window), ['8am → 7am']);
  });

  it('reads a single time as the start, unless words before it say it is the end', () => {
    const window = london('2015-07-19T07:00:00Z');
    assert.deepEqual(check('starting 9am BST', window), ['9am → 8am']);
    assert.deepEqual(check('we will be back by 9am BST, done until 9am BST', window), []);
    assert.deepEqual(check('back by 10am BST', window), ['10am → 9am']);
  });

  it('marks an abbreviation the zone was not on (seed 004: EST in March 2019)', () => {
    const window: ProseWindow = {
      startMs: Date.parse('2019-03-24T04:00:00Z'),
      endMs: Date.parse('2019-03-24T05:00:00Z'),
      zones: ['UTC', 'America/New_York'],
    };
    assert.deepEqual(check('04:00am - 05:00am UTC (00:00am - 01:00am EST)', window), ['EST → EDT']);
    assert.deepEqual(check('(11:00pm - 12:00am EST)', window), [
      '11:00pm - 12:00am EST → 12:00am - 1:00am EDT',
    ]);
  });

  it("checks labels against their zone's clock", () => {
    const window = london('2015-07-19T07:00:00Z');
    const labels = [
      { label: 'Tokyo', zone: 'Asia/Tokyo' },
      { label: 'Pacific', zone: 'America/Los_Angeles' },
    ];
    assert.deepEqual(check('Tokyo: 4pm\nPacific: Midnight', window, labels), []);
    assert.deepEqual(check('Tokyo: 5pm\nPacific: 1am', window, labels), [
      '5pm → 4pm',
      '1am → Midnight',
    ]);
  });

  it('reads an abbreviation no file zone uses in each of its meanings', () => {
    const window: ProseWindow = {
      startMs: Date.parse('2026-07-19T07:00:00Z'),
      endMs: Date.parse('2026-07-19T08:00:00Z'),
      zones: ['UTC'],
    };
    // India 12:30, Ireland (on IST in summer) 08:00; Israel was on IDT, so no IST time fits it.
    assert.deepEqual(check('12:30 IST, 08:00 IST', window), []);
    assert.deepEqual(check('11:00 IST', window), ['11:00 → 12:30']);
    assert.deepEqual(check('10:00 IST', window), ['10:00 → 12:30']);
    assert.deepEqual(check('3am EST', window), ['EST → EDT']);
  });

  it('explains the mismatch with the zone, the offsets and the window', () => {
    const text = '00:00am - 01:00am EST';
    const window: ProseWindow = {
      startMs: Date.parse('2019-03-24T04:00:00Z'),
      endMs: Date.parse('2019-03-24T05:00:00Z'),
      zones: ['UTC', 'America/New_York'],
    };
    const [prose] = findProseTimes(text, 0, text.length, []);
    assert.equal(
      checkProseTime(prose, window, text)?.message,
      '"00:00am - 01:00am EST" disagrees with the window: America/New_York was on EDT (-04:00) at 2019-03-24 00:00, not EST (-05:00); in America/New_York the window is 00:00–01:00 on 2019-03-24. Write "EDT" instead of "EST".',
    );
  });

  it('writes times like the original', () => {
    assert.equal(formatLike(540, style({ upper: true, minutes: true })), '9:00AM');
    assert.equal(formatLike(0, style({ minutes: true, pad: true })), '12:00am');
    assert.equal(formatLike(60, style({ minutes: true, pad: true })), '01:00am');
    assert.equal(formatLike(0, style({ word: 'Midnight' })), 'Midnight');
    assert.equal(formatLike(720, style({ word: 'MIDNIGHT' })), 'NOON');
    assert.equal(formatLike(720, style({ word: 'midday' })), 'midday');
    assert.equal(formatLike(60, style({ word: 'Midnight' })), '1am');
    assert.equal(formatLike(0, style({})), 'Midnight');
    assert.equal(formatLike(720, style({ upper: true })), 'Noon');
    assert.equal(formatLike(990, style({ space: true, dots: true })), '4:30 p.m.');
    assert.equal(formatLike(990, style({ clock: '24h', minutes: true, pad: true })), '16:30');
  });
});
