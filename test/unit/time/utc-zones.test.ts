import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { inlayHints } from '../../../src/core/features/inlay-hints';
import { windowLines } from '../../../src/core/preview/window-text';
import { isUtcZone, UTC_ZONES } from '../../../src/core/time/utc-zones';
import { isZoneName, offsetAt } from '../../../src/core/time/index';
import { lines } from '../helpers';

describe('time/utc-zones', () => {
  it('lists valid zones that are at UTC+00:00 all year', () => {
    for (const zone of UTC_ZONES) {
      if (zone !== 'UTC+00:00') assert.ok(isZoneName(zone), zone);
      for (const at of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z'])
        assert.equal(offsetAt(zone, Date.parse(at)), 0, `${zone} at ${at}`);
    }
  });

  it('takes in the fixed zone of an ISO start in UTC, and not the GMT names or other zones', () => {
    assert.ok(isUtcZone('UTC+00:00') && isUtcZone('Etc/Zulu') && isUtcZone('UCT'));
    for (const zone of ['GMT', 'Etc/GMT', 'Europe/London', 'UTC+01:00', 'utc'])
      assert.ok(!isUtcZone(zone), zone);
  });

  it('inlay hints and window lines leave out the repeated UTC for every name of UTC', () => {
    const start = Date.parse('2026-07-19T07:00:00Z');
    for (const zone of ['UTC', 'Etc/UTC', 'Zulu', 'Etc/Universal']) {
      const text = lines(
        'kind: announcement',
        'title: T',
        'start: 2026-07-19 07:00',
        `zone: ${zone}`,
        'length: 1h',
      );
      assert.deepEqual(inlayHints(analyze(text, 'a.yaml')), [], zone);
      assert.equal(windowLines(start, undefined, zone, '24h').length, 1, zone);
    }
    assert.deepEqual(windowLines(start, undefined, 'UTC+00:00', '24h'), [
      'Sun 2026-07-19 07:00 UTC+00:00',
    ]);
  });
});
