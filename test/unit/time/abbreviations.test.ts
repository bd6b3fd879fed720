import { strict as assert } from 'node:assert';
import {
  ABBREVIATIONS,
  abbreviationMeanings,
  meaningForZone,
  offsetMinutes,
  tableAbbreviation,
} from '../../../src/core/time/abbreviations';
import { offsetAt } from '../../../src/core/time/offsets';
import { isZoneName } from '../../../src/core/time/zone-names';

/** Every offset a zone had, on the 1st and 15th of each month of 2016–2026, from luxon. */
function offsetsOf(zone: string): Set<number> {
  const offsets = new Set<number>();
  for (let year = 2016; year <= 2026; year++) {
    for (let month = 0; month < 12; month++)
      for (const day of [1, 15]) offsets.add(offsetAt(zone, Date.UTC(year, month, day, 12)));
  }
  return offsets;
}

describe('time/abbreviations', () => {
  it("states offsets that luxon confirms: every zone listed has had each meaning's offset", () => {
    for (const abbreviation of ABBREVIATIONS) {
      for (const meaning of abbreviationMeanings(abbreviation)!) {
        for (const zone of meaning.zones) {
          assert.ok(isZoneName(zone), `${abbreviation}: ${zone} is an IANA zone`);
          assert.ok(
            offsetsOf(zone).has(offsetMinutes(meaning.offset)),
            `${abbreviation} ${meaning.offset} in ${zone}`,
          );
        }
      }
    }
  });

  it('lists every meaning of the ambiguous ones', () => {
    const zonesOf = (abbreviation: string) =>
      abbreviationMeanings(abbreviation)!.map((meaning) => meaning.zones[0]);
    assert.deepEqual(zonesOf('IST'), ['Asia/Kolkata', 'Asia/Jerusalem', 'Europe/Dublin']);
    assert.deepEqual(zonesOf('CST'), ['America/Chicago', 'Asia/Shanghai', 'America/Havana']);
    assert.deepEqual(zonesOf('BST'), ['Europe/London', 'Asia/Dhaka', 'Pacific/Bougainville']);
  });

  it('knows the abbreviations of the issue and the seeds', () => {
    for (const abbreviation of [
      'EST',
      'EDT',
      'CST',
      'CDT',
      'PST',
      'PDT',
      'GMT',
      'BST',
      'CET',
      'CEST',
      'EET',
      'EEST',
      'MSK',
      'IST',
      'JST',
      'AEST',
      'AEDT',
      'NZDT',
      'UTC',
    ]) {
      assert.ok(abbreviationMeanings(abbreviation), abbreviation);
    }
    assert.equal(abbreviationMeanings('Eastern'), undefined);
    assert.equal(abbreviationMeanings('toString'), undefined);
  });

  it('reads offsets', () => {
    assert.equal(offsetMinutes('+05:30'), 330);
    assert.equal(offsetMinutes('-03:30'), -210);
    assert.equal(offsetMinutes('+00:00'), 0);
  });

  it('gives a zone its abbreviation at an offset, through links', () => {
    assert.equal(tableAbbreviation('Europe/London', 60), 'BST');
    assert.equal(tableAbbreviation('Europe/London', 0), 'GMT');
    assert.equal(tableAbbreviation('Europe/Dublin', 60), 'IST');
    assert.equal(tableAbbreviation('US/Eastern', -240), 'EDT');
    assert.equal(tableAbbreviation('Asia/Calcutta', 330), 'IST');
    assert.equal(tableAbbreviation('UTC', 0), 'UTC');
    assert.equal(tableAbbreviation('Asia/Kathmandu', 345), undefined);
  });

  it('finds the meaning that lists a zone', () => {
    assert.equal(meaningForZone(abbreviationMeanings('IST')!, 'Asia/Jerusalem')?.offset, '+02:00');
    assert.equal(meaningForZone(abbreviationMeanings('EST')!, 'Asia/Tokyo'), undefined);
  });
});
