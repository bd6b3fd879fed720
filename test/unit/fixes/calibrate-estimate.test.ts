import { strict as assert } from 'node:assert';
import { calibrationFixes } from '../../../src/core/fixes/calibrate-estimate';
import { analyzeAt, runbookOf } from '../features/plan-fixtures';
import { applyEdits, cursor } from '../helpers';

const MINUTE_MS = 60_000;
const history = new Map([
  ['migrate', [12 * MINUTE_MS, 9 * MINUTE_MS + 10_000, 7 * MINUTE_MS + 20_000]],
  ['check', [40_000, 52_400]],
  ['same', [5 * MINUTE_MS]],
]);

/** The fixes at `|`, written into `text` by replacing `find` with `marked`, and each applied. */
function fixesAt(text: string, find: string, marked: string) {
  const { text: clean, offset } = cursor(text.replace(find, marked));
  return calibrationFixes(analyzeAt(clean), offset, history).map((fix) => ({
    title: fix.title,
    result: applyEdits(clean, fix.edits),
  }));
}

describe('fixes/calibrate-estimate', () => {
  const text = runbookOf(['backup 10m', 'migrate 3m..5m', 'check 1m', 'same 5m']);

  it('sets the estimate to the range the past runs took, from the value or the key', () => {
    const expected = text.replace('estimate: 3m..5m', 'estimate: 7m..12m');
    for (const marked of ['estimate: 3|m..5m', 'esti|mate: 3m..5m'])
      assert.deepEqual(fixesAt(text, 'estimate: 3m..5m', marked), [
        { title: 'Set the estimate to 7m..12m, the range of the last 3 runs', result: expected },
      ]);
  });

  it('counts short steps in whole seconds', () => {
    assert.deepEqual(fixesAt(text, 'estimate: 1m', 'estimate: 1|m'), [
      {
        title: 'Set the estimate to 40s..52s, the range of the last 2 runs',
        result: text.replace('estimate: 1m', 'estimate: 40s..52s'),
      },
    ]);
  });

  it('offers nothing where the estimate already says it, without history, or off an estimate', () => {
    assert.deepEqual(fixesAt(text, 'estimate: 5m', 'estimate: 5|m'), []);
    assert.deepEqual(fixesAt(text, 'estimate: 10m', 'estimate: 1|0m'), []);
    assert.deepEqual(fixesAt(text, 'id: migrate', 'id: mig|rate'), []);
    const { text: clean, offset } = cursor(text.replace('estimate: 3m..5m', 'estimate: 3|m..5m'));
    assert.deepEqual(calibrationFixes(analyzeAt(clean), offset, undefined), []);
    assert.deepEqual(calibrationFixes(analyzeAt(clean), offset, new Map()), []);
  });

  it('offers nothing on an estimate that does not parse', () => {
    const broken = text.replace('estimate: 3m..5m', 'estimate: soon');
    assert.deepEqual(fixesAt(broken, 'estimate: soon', 'estimate: so|on'), []);
  });
});
