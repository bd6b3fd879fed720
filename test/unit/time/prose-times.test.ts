import { strict as assert } from 'node:assert';
import type { ZoneLabel } from '../../../src/core/time/prose-labels';
import { findProseTimes, type ProseTime } from '../../../src/core/time/prose-times';

const LABELS: ZoneLabel[] = [
  { label: 'Tokyo', zone: 'Asia/Tokyo' },
  { label: 'Pacific', zone: 'America/Los_Angeles' },
  { label: 'Eastern', zone: 'America/New_York' },
  { label: 'Central', zone: 'America/Chicago' },
  { label: 'Central Europe', zone: 'Europe/Paris' },
];

/** Each found time as "clock text[–clock text] @ zone reference text (kind)". */
function found(text: string, labels = LABELS): string[] {
  return findProseTimes(text, 0, text.length, labels).map((p: ProseTime) => {
    const clocks = p.times.map((t) => `${text.slice(t.start, t.end)}=${t.minutes}`).join('–');
    return `${clocks} @ ${text.slice(p.ref.start, p.ref.end)} (${p.ref.kind}${p.ref.kind === 'label' ? ` ${p.ref.zone}` : ''})`;
  });
}

describe('time/prose-times', () => {
  it("finds the seeds' times with their zones", () => {
    assert.deepEqual(found('will take place at 8:00AM BST on Sunday.'), [
      '8:00AM=480 @ BST (abbreviation)',
    ]);
    assert.deepEqual(found('Tokyo: 4pm\n\nMoscow: 10am\n\nPacific: Midnight\n'), [
      '4pm=960 @ Tokyo (label Asia/Tokyo)',
      'Midnight=0 @ Pacific (label America/Los_Angeles)',
    ]);
    assert.deepEqual(found('At 10am PDT on Monday'), ['10am=600 @ PDT (abbreviation)']);
    assert.deepEqual(found('Scheduled Maintanence today at 5:00pm NZDT'), [
      '5:00pm=1020 @ NZDT (abbreviation)',
    ]);
  });

  it('reads ranges, each with the zone written after it (seed 004)', () => {
    assert.deepEqual(found('between 04:00am - 05:00am UTC (00:00am - 01:00am EST), we will'), [
      '04:00am=240–05:00am=300 @ UTC (abbreviation)',
      '00:00am=0–01:00am=60 @ EST (abbreviation)',
    ]);
    assert.deepEqual(found('from 16:00 to 17:00 CEST'), [
      '16:00=960–17:00=1020 @ CEST (abbreviation)',
    ]);
    assert.deepEqual(found('04:00am -\n    05:00am UTC'), [
      '04:00am=240–05:00am=300 @ UTC (abbreviation)',
    ]);
  });

  it('reads abbreviations and offsets as labels before a colon, and labels after a time', () => {
    assert.deepEqual(found('CEST: 9am'), ['9am=540 @ CEST (abbreviation)']);
    assert.deepEqual(found('- **Eastern**: 3am'), ['3am=180 @ Eastern (label America/New_York)']);
    assert.deepEqual(found('starting 3am Eastern time'), [
      '3am=180 @ Eastern (label America/New_York)',
    ]);
    assert.deepEqual(found('at 16:00 UTC+9, or 07:00 GMT'), [
      '16:00=960 @ UTC+9 (offset)',
      '07:00=420 @ GMT (abbreviation)',
    ]);
  });

  it('prefers the longest label: "Central Europe" is not "Central"', () => {
    assert.deepEqual(found('Central Europe: 9am'), [
      '9am=540 @ Central Europe (label Europe/Paris)',
    ]);
  });

  it('reads 12h forms, words, and leaves what is not a time of day alone', () => {
    assert.deepEqual(found('at 4 p.m. JST, noon JST, 12am JST, 12pm JST'), [
      '4 p.m.=960 @ JST (abbreviation)',
      'noon=720 @ JST (abbreviation)',
      '12am=0 @ JST (abbreviation)',
      '12pm=720 @ JST (abbreviation)',
    ]);
    assert.deepEqual(
      found(
        'offline for 30-60mins, the next 6-12hrs, 10 minutes, version 3.2 EST, 13pm UTC, 25:00 UTC, 2019-03-24 UTC',
      ),
      [],
    );
  });

  it('marks single times that words before them call the end', () => {
    const text = 'From 8am BST, back by 9am BST. Starts 8am BST.';
    assert.deepEqual(
      findProseTimes(text, 0, text.length, []).map((p) => p.endOnly),
      [false, true, false],
    );
  });

  it('leaves times that name no zone alone', () => {
    assert.deepEqual(found('We will start at 8:00 on Sunday, back by 9am.'), []);
    assert.deepEqual(found('Tokyo 4pm'), []);
  });

  it('gives offsets in the whole document, scanning only the stretch asked for', () => {
    const text = 'title: x\nbanner: Maintenance at 9:00 BST\nother: 10:00 BST\n';
    const from = text.indexOf('Maintenance');
    const [time] = findProseTimes(text, from, text.indexOf('\nother'), []);
    assert.equal(text.slice(time.times[0].start, time.times[0].end), '9:00');
    assert.equal(text.slice(time.ref.start, time.ref.end), 'BST');
    assert.equal(findProseTimes(text, from, text.indexOf('\nother'), []).length, 1);
  });

  it('reads 40,000 repeated times on one line once each (100× the examples), finding the one with a zone', () => {
    const text = `${'8:00 '.repeat(40_000)}BST`;
    assert.deepEqual(found(text), ['8:00=480 @ BST (abbreviation)']);
    const labelled = `Tokyo: ${'8:00 '.repeat(40_000)}`;
    assert.deepEqual(found(labelled), ['8:00=480 @ Tokyo (label Asia/Tokyo)']);
  });

  it('looks for labels of up to 64 characters, and still prefers the longest', () => {
    const long = { label: 'L'.repeat(65), zone: 'Asia/Tokyo' };
    assert.deepEqual(found(`${long.label}: 4pm`, [...LABELS, long]), []);
    assert.deepEqual(found('Central Europe: 9am'), [
      '9am=540 @ Central Europe (label Europe/Paris)',
    ]);
  });
});
