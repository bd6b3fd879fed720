import { strict as assert } from 'node:assert';
import {
  calibrationOf,
  calibrationText,
  roundedSeconds,
} from '../../../src/core/features/calibration';
import { estimateHover } from '../../../src/core/features/estimate-hover';
import { hover } from '../../../src/core/features/hover';
import { cursor } from '../helpers';
import { analyzeAt, runbookOf } from './plan-fixtures';

const MINUTE_MS = 60_000;
/** 12m, 9m 10s, 7m 20s: newest first, as historyOfSteps gives them. */
const MIGRATE_RUNS = [12 * MINUTE_MS, 9 * MINUTE_MS + 10_000, 7 * MINUTE_MS + 20_000];

describe('features/calibration', () => {
  it('rounds past durations to whole minutes above 5m and whole seconds below', () => {
    assert.equal(roundedSeconds(7 * 60 + 20), 7 * 60);
    assert.equal(roundedSeconds(7 * 60 + 30), 8 * 60);
    assert.equal(roundedSeconds(5 * 60), 5 * 60);
    assert.equal(roundedSeconds(4 * 60 + 12.4), 4 * 60 + 12);
    assert.equal(roundedSeconds(0.2), 1, 'an estimate is never zero');
  });

  it('lists the runs oldest first, the range they span and the mean against the high end', () => {
    const calibration = calibrationOf({ low: 180, high: 300 }, MIGRATE_RUNS);
    assert.deepEqual(calibration?.durations, [420, 540, 720]);
    assert.deepEqual(calibration?.range, { low: 420, high: 720 });
    // (7m 20s + 9m 10s + 12m) / 3 = 9m 30s, against 5m.
    assert.equal(calibration?.ratio, 1.9);
    assert.equal(calibrationText(calibration), 'last 3 runs: 7m, 9m, 12m; 1.9× the estimate');
  });

  it('says "last run" for one, and nothing without history', () => {
    const one = calibrationOf({ low: 60, high: 60 }, [45_000]);
    assert.equal(one && calibrationText(one), 'last run: 45s; 0.8× the estimate');
    assert.equal(calibrationOf({ low: 60, high: 60 }, []), undefined);
    assert.equal(calibrationOf({ low: 60, high: 60 }, undefined), undefined);
  });

  describe('on the estimate hover', () => {
    const text = runbookOf(['backup 10m', 'migrate 3m..5m']);
    const history = new Map([
      ['migrate', MIGRATE_RUNS],
      ['other', [1]],
    ]);

    it("adds the step's past runs after the plan", () => {
      const { text: clean, offset } = cursor(text.replace('estimate: 3m..5m', 'estimate: 3|m..5m'));
      const markdown = estimateHover(analyzeAt(clean), offset, history)?.markdown ?? '';
      assert.match(
        markdown,
        /^\*\*Estimate\*\* 3m–5m · planned 10m \(× 2\) · 33 % of the critical path\n\nStarts T\+0:10, ends T\+0:13\.\.0:15 \(08:10 → 08:13\.\.08:15 in `Europe\/London`\)\.\n\n\*\*Past runs\*\* last 3 runs: 7m, 9m, 12m; 1\.9× the estimate$/,
      );
      assert.match(
        hover(analyzeAt(clean), offset, history)?.markdown ?? '',
        /\*\*Past runs\*\* last 3 runs/,
      );
    });

    it('says nothing of a step with no past runs, or without history', () => {
      const { text: clean, offset } = cursor(text.replace('estimate: 10m', 'estimate: 1|0m'));
      assert.doesNotMatch(
        estimateHover(analyzeAt(clean), offset, history)?.markdown ?? '',
        /Past runs/,
      );
      const migrate = cursor(text.replace('estimate: 3m..5m', 'estimate: 3|m..5m'));
      assert.doesNotMatch(
        estimateHover(analyzeAt(migrate.text), migrate.offset)?.markdown ?? '',
        /Past runs/,
      );
    });
  });
});
