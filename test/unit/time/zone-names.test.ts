import { strict as assert } from 'node:assert';
import {
  allZoneNames,
  canonicalZone,
  closestZones,
  currentZoneName,
  isZoneName,
  properCaseOf,
  zoneCity,
} from '../../../src/core/time/zone-names';

describe('time/zone-names', () => {
  it('lists UTC and the Etc zones, which Intl.supportedValuesOf leaves out, and current names', () => {
    const names = allZoneNames();
    for (const name of [
      'UTC',
      'Etc/UTC',
      'Etc/GMT',
      'Etc/GMT+5',
      'Etc/GMT-14',
      'Europe/London',
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'Europe/Kyiv',
      'Pacific/Kiritimati',
    ]) {
      assert.ok(names.includes(name), name);
    }
    assert.ok(!names.includes('Asia/Calcutta') && !names.includes('Etc/GMT+14'));
    assert.deepEqual([...names], [...names].sort());
    assert.equal(new Set(names).size, names.length);
  });

  it('accepts IANA names, links and old names, case as IANA writes them', () => {
    for (const name of [
      'Europe/London',
      'UTC',
      'Etc/UTC',
      'Etc/GMT+5',
      'GMT',
      'US/Eastern',
      'Asia/Calcutta',
      'Asia/Kolkata',
      'America/Argentina/Buenos_Aires',
      'Japan',
      'EST5EDT',
    ]) {
      assert.ok(isZoneName(name), name);
    }
  });

  it('refuses lower case, made-up names, and the three-letter ids ICU accepts (BST is Asia/Dhaka to it)', () => {
    for (const name of [
      'europe/london',
      'utc',
      'Foo/Bar',
      'Etc/GMT+14',
      'BST',
      'IST',
      'PST',
      'AET',
      'Z',
      'UTC+1',
      '',
      'Europe/',
    ]) {
      assert.ok(!isZoneName(name), name);
    }
  });

  it('finds the proper case of a name written in the wrong one', () => {
    assert.equal(properCaseOf('europe/london'), 'Europe/London');
    assert.equal(properCaseOf('Europe/London'), undefined);
    assert.equal(properCaseOf('nowhere/at_all'), undefined);
  });

  it('suggests the closest zones by city, or by region and city', () => {
    assert.deepEqual(closestZones('Europe/Londn'), ['Europe/London']);
    assert.deepEqual(closestZones('Tokio'), ['Asia/Tokyo']);
    assert.deepEqual(closestZones('new york'), ['America/New_York']);
    assert.deepEqual(closestZones('London'), ['Europe/London']);
    assert.deepEqual(closestZones('europe/paris'), ['Europe/Paris']);
    assert.deepEqual(closestZones('Kathmandoo'), ['Asia/Kathmandu']);
    assert.deepEqual(closestZones(''), []);
    assert.deepEqual(closestZones('Qwxzv/Plmkj'), []);
  });

  it('names a zone by its city', () => {
    assert.equal(zoneCity('Asia/Tokyo'), 'Tokyo');
    assert.equal(zoneCity('America/New_York'), 'New York');
    assert.equal(zoneCity('America/Argentina/Buenos_Aires'), 'Buenos Aires');
    assert.equal(zoneCity('UTC'), 'UTC');
    assert.equal(zoneCity('Etc/GMT+5'), 'Etc/GMT+5');
  });

  it('maps old names to current ones and links to one key', () => {
    assert.equal(currentZoneName('Asia/Calcutta'), 'Asia/Kolkata');
    assert.equal(currentZoneName('Europe/London'), 'Europe/London');
    assert.equal(canonicalZone('US/Eastern'), canonicalZone('America/New_York'));
    assert.equal(canonicalZone('Asia/Kolkata'), canonicalZone('Asia/Calcutta'));
    assert.equal(canonicalZone('Not/AZone'), 'Not/AZone');
  });
});
