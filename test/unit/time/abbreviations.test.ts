import { strict as assert } from 'node:assert';
import {
  ABBREVIATIONS,
  abbreviationMeanings,
  meaningForZone,
  meaningOffsetAt,
  offsetMinutes,
  tableAbbreviation,
} from '../../../src/core/time/abbreviations';
import { abbreviationAt, offsetAt } from '../../../src/core/time/offsets';
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

  it("states each era's offset as luxon has it, for the whole era, and only there", () => {
    let eras = 0;
    for (const abbreviation of ABBREVIATIONS)
      for (const meaning of abbreviationMeanings(abbreviation)!)
        for (const era of meaning.eras ?? []) {
          eras++;
          const [from, until] = [Date.parse(era.from), Date.parse(era.until)];
          const zone = meaning.zones[0];
          for (let ms = from; ms < until; ms += 7 * 86_400_000)
            assert.equal(
              offsetAt(zone, ms),
              offsetMinutes(era.offset),
              `${abbreviation} ${era.from}`,
            );
          assert.equal(offsetAt(zone, until - 1), offsetMinutes(era.offset));
          assert.notEqual(offsetAt(zone, from - 1), offsetMinutes(era.offset));
          assert.notEqual(offsetAt(zone, until), offsetMinutes(era.offset));
        }
    assert.ok(eras > 0);
  });

  it('names Moscow MSK at +04:00 in 2011–2014 and at +03:00 since, as the tz database did', () => {
    const [msk] = abbreviationMeanings('MSK')!;
    const in2012 = Date.parse('2012-07-01T12:00:00Z');
    const in2016 = Date.parse('2016-07-01T12:00:00Z');
    assert.equal(meaningOffsetAt(msk, in2012), 240);
    assert.equal(meaningOffsetAt(msk, in2016), 180);
    assert.equal(abbreviationAt('Europe/Moscow', in2012), 'MSK');
    assert.equal(abbreviationAt('Europe/Moscow', in2016), 'MSK');
    assert.equal(tableAbbreviation('Europe/Moscow', 240), undefined, 'not without the date');
  });
});
