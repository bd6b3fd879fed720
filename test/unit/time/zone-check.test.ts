import { strict as assert } from 'node:assert';
import { checkZone } from '../../../src/core/time/zone-check';

describe('time/zone-check', () => {
  it('accepts IANA zones, UTC and GMT', () => {
    for (const zone of ['Europe/London', 'UTC', 'GMT', 'Etc/UTC', 'Etc/GMT+5', ' Asia/Tokyo ']) {
      assert.deepEqual(checkZone(zone), { ok: true, zone: zone.trim() });
    }
  });

  it('calls an abbreviation an abbreviation, even those IANA keeps as legacy zones (EST, CET)', () => {
    const bst = checkZone('BST');
    assert.ok(!bst.ok && bst.kind === 'abbreviation');
    assert.deepEqual(bst.candidates, ['Europe/London', 'Asia/Dhaka', 'Pacific/Bougainville']);
    for (const zone of ['EST', 'CET', 'IST', 'PDT', 'est']) {
      const check = checkZone(zone);
      assert.ok(!check.ok && check.kind === 'abbreviation', zone);
    }
  });

  it('offers at most a few zones per meaning', () => {
    const cet = checkZone('CET');
    assert.ok(!cet.ok && cet.kind === 'abbreviation');
    assert.deepEqual(cet.candidates, [
      'Europe/Paris',
      'Europe/Berlin',
      'Europe/Madrid',
      'Europe/Rome',
    ]);
  });

  it('explains unknown zones, with the closest names', () => {
    const typo = checkZone('Europe/Londn');
    assert.ok(!typo.ok && typo.kind === 'unknown');
    assert.deepEqual(typo.suggestions, ['Europe/London']);
    assert.match(
      typo.message,
      /"Europe\/Londn" is not an IANA time zone\. Did you mean Europe\/London\?/,
    );
  });

  it('turns an offset into the Etc zone, with the POSIX sign', () => {
    const plusOne = checkZone('UTC+1');
    assert.ok(!plusOne.ok && plusOne.kind === 'unknown');
    assert.deepEqual(plusOne.suggestions, ['Etc/GMT-1']);
    const minusFive = checkZone('-05:00');
    assert.ok(!minusFive.ok && minusFive.kind === 'unknown');
    assert.deepEqual(minusFive.suggestions, ['Etc/GMT+5']);
  });

  it('fixes the case of a known name, and says an empty zone is empty', () => {
    const lower = checkZone('utc');
    assert.ok(!lower.ok && lower.kind === 'unknown');
    assert.deepEqual(lower.suggestions, ['UTC']);
    const zulu = checkZone('Z');
    assert.ok(!zulu.ok && zulu.kind === 'unknown');
    assert.deepEqual(zulu.suggestions, ['UTC']);
    const empty = checkZone('  ');
    assert.ok(!empty.ok && empty.kind === 'unknown' && /empty/.test(empty.message));
  });
});
