import { strict as assert } from 'node:assert';
import { stepRows } from '../../../src/core/export/step-rows';
import { previewModel } from '../../../src/core/preview/preview-model';
import { analyzeAt, runbookOf } from '../features/plan-fixtures';

/** `[id, when, clock]` of each step row of a runbook's preview. */
function rowsOf(steps: string[]): Array<[string, string | null, string | null]> {
  return stepRows(previewModel(analyzeAt(runbookOf(steps)))).map((row) => [
    row.step.id,
    row.when,
    row.clock,
  ]);
}

describe('export/step-rows', () => {
  it('writes each step from the window start and on its clock', () => {
    assert.deepEqual(rowsOf(['a 30m', 'b 15m']), [
      ['a', 'T+0:00–0:30', '08:00–08:30'],
      ['b', 'T+0:30–0:45', '08:30–08:45'],
    ]);
  });

  it('after a broken estimate, a start at the earliest (T+≥), or T+? where nothing is known', () => {
    assert.deepEqual(rowsOf(['a 30m', 'b 30', 'c 15m']), [
      ['a', 'T+0:00–0:30', '08:00–08:30'],
      ['b', 'T+0:30–≥0:30', '08:30–?'],
      ['c', 'T+≥0:30–≥0:45', '08:30 at the earliest'],
    ]);
    assert.deepEqual(rowsOf(['a 30', 'b 15m']), [
      ['a', 'T+0:00–?', '08:00–?'],
      ['b', 'T+?–≥0:15', null],
    ]);
  });
});
