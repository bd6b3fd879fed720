import { strict as assert } from 'node:assert';
import { excessiveNestingAt } from '../../../server/src/core/yaml/nesting';
import { lines, timed } from '../helpers';

describe('yaml/nesting', () => {
  it('finds nothing in an ordinary runbook', () => {
    const text = lines('kind: runbook', 'steps:', '  - id: a', '    needs: [b, c]', '    run: "echo [[[["', "    notes: it's [fine]");
    assert.equal(excessiveNestingAt(text, 5), undefined);
  });

  it('points at the first bracket past the limit', () => {
    assert.equal(excessiveNestingAt('a: [[[[x]]]]', 3), 6);
    assert.equal(excessiveNestingAt('a: {b: [c: {d: 1}]}', 2), 11);
  });

  it('counts closed brackets out again', () => {
    assert.equal(excessiveNestingAt('a: [[x]]\nb: [[y]]\nc: [[z]]\n', 2), undefined);
  });

  it('counts each column of indentation, those of "- " included, as a level', () => {
    assert.equal(excessiveNestingAt('a:\n - - x\n', 5), undefined);
    assert.equal(excessiveNestingAt('a:\n - - x\n', 4), 7);
    assert.equal(excessiveNestingAt('a:\n    b: 1\n', 3), 6);
  });

  it('adds flow levels to the indentation they start at', () => {
    assert.equal(excessiveNestingAt('a:\n  - [[x]]\n', 6), undefined);
    assert.equal(excessiveNestingAt('a:\n  - [[[x]]]\n', 6), 9);
  });

  it('ignores brackets in quotes, with escapes, and in comments', () => {
    assert.equal(excessiveNestingAt('a: "[[[\\"[[["\nb: \'[[[\'\' [[[\'\n# [[[[[[\nc: x # [[[[\n', 2), undefined);
  });

  it('does not take an apostrophe inside a word for a quote', () => {
    assert.equal(excessiveNestingAt("a: don't\nb: [[[x]]]\n", 2), 14);
  });

  it('scans a 3 MB file in a few milliseconds', () => {
    const text = lines(...Array.from({ length: 100_000 }, (_, i) => `  - { id: s${i}, needs: [s${i - 1}] }`));
    const { result, ms } = timed(() => excessiveNestingAt(text));
    assert.equal(result, undefined);
    assert.ok(ms < 100, `${ms} ms`);
  });
});
