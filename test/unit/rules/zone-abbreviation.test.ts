import { strict as assert } from 'node:assert';
import { announcement, found, runbookWindow, withFix } from './time-fixtures';

const zoneText = (zone: string) =>
  runbookWindow(['start: 2026-07-19 08:00', `zone: ${zone}`, 'length: 1h']);

describe('rules/zone-abbreviation', () => {
  it('reports BST as an ambiguous abbreviation, with every zone it may mean and none preferred', () => {
    const [bst] = found(zoneText('BST'), 'zone-abbreviation');
    assert.equal(bst.text, 'BST');
    assert.equal(bst.severity, 'error');
    assert.match(
      bst.message,
      /ambiguous: it means British Summer Time \(\+01:00, Europe\/London\), or Bangladesh Standard Time \(\+06:00, Asia\/Dhaka\), or Bougainville Standard Time \(\+11:00, Pacific\/Bougainville\)/,
    );
    assert.deepEqual(
      bst.fixes?.map((f) => [f.edits[0].newText, f.preferred]),
      [
        ['Europe/London', false],
        ['Asia/Dhaka', false],
        ['Pacific/Bougainville', false],
      ],
    );
  });

  it('lists every meaning of IST and CST', () => {
    const zonesOf = (abbreviation: string) =>
      found(zoneText(abbreviation), 'zone-abbreviation')[0].fixes!.map((f) => f.edits[0].newText);
    assert.deepEqual(zonesOf('IST'), ['Asia/Kolkata', 'Asia/Jerusalem', 'Europe/Dublin']);
    assert.deepEqual(zonesOf('CST'), [
      'America/Chicago',
      'America/Winnipeg',
      'America/Mexico_City',
      'Asia/Shanghai',
      'Asia/Taipei',
      'America/Havana',
    ]);
  });

  it('prefers the main zone of an unambiguous one, even one IANA keeps as a legacy zone (EST)', () => {
    const [est] = found(zoneText('EST'), 'zone-abbreviation');
    assert.match(
      est.message,
      /abbreviation \(Eastern Standard Time \(-05:00, America\/New_York\)\), not a zone: it is one fixed offset/,
    );
    assert.deepEqual(
      est.fixes?.map((f) => [f.edits[0].newText, f.preferred]),
      [
        ['America/New_York', true],
        ['America/Toronto', false],
        ['America/Detroit', false],
        ['America/Panama', false],
      ],
    );
  });

  it('checks audience zones too', () => {
    const text = announcement(
      'start: 2026-07-19 08:00',
      'zone: UTC',
      'audience:',
      '  - PDT',
      '  - { zone: CEST, label: Paris }',
    );
    assert.deepEqual(
      found(text, 'zone-abbreviation').map((d) => d.text),
      ['PDT', 'CEST'],
    );
  });

  it('leaves UTC and GMT alone: they are IANA zones that mean what they say', () => {
    assert.deepEqual(found(zoneText('UTC'), 'zone-abbreviation'), []);
    assert.deepEqual(found(zoneText('GMT'), 'zone-abbreviation'), []);
  });

  it('yields a file without the abbreviation whichever fix is applied', () => {
    const text = zoneText('BST');
    const [bst] = found(text, 'zone-abbreviation');
    bst.fixes!.forEach((_, i) => {
      const fixed = withFix(text, bst, i);
      assert.deepEqual(found(fixed, 'zone-abbreviation'), []);
      assert.deepEqual(found(fixed, 'unknown-zone'), []);
    });
  });
});
