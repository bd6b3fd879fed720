import { strict as assert } from 'node:assert';
import { buildStepGraph, findCycles } from '../../../src/core/model/dependencies';
import { readSteps } from '../../../src/core/model/steps';
import { parseYaml } from '../../../src/core/yaml/parse-yaml';
import { runbook } from '../helpers';

const graphOf = (...stepLines: string[]) =>
  buildStepGraph(readSteps(parseYaml(runbook(...stepLines)).root));

describe('model/dependencies', () => {
  describe('buildStepGraph', () => {
    it('makes each step wait for the one before unless needs says otherwise', () => {
      const graph = graphOf(
        '  - id: a',
        '  - id: b',
        '  - id: c',
        '    needs: [a]',
        '  - id: d',
        '    needs: []',
      );
      assert.deepEqual(graph.predecessors, [[], [0], [0], []]);
    });

    it('leaves unknown ids out of the edges', () => {
      assert.deepEqual(graphOf('  - id: a', '  - id: b', '    needs: [a, nope]').predecessors, [
        [],
        [0],
      ]);
    });

    it('indexes ids, the first step winning where ids repeat', () => {
      const graph = graphOf('  - id: a', '  - id: b', '  - id: a');
      assert.deepEqual(
        [...graph.indexById],
        [
          ['a', 0],
          ['b', 1],
        ],
      );
    });

    it('finds the cycles of the needs graph', () => {
      const graph = graphOf(
        '  - id: a',
        '    needs: [b]',
        '  - id: b',
        '    needs: [a]',
        '  - id: c',
      );
      assert.deepEqual(graph.cycles, [[0, 1]]);
    });
  });

  describe('findCycles', () => {
    it('finds none in a chain or a diamond', () => {
      assert.deepEqual(findCycles([[], [0], [1], [2]]), []);
      assert.deepEqual(findCycles([[], [0], [0], [1, 2]]), []);
    });

    it('finds a step that needs itself', () => {
      assert.deepEqual(findCycles([[], [1], [1]]), [[1]]);
    });

    it('finds every step of a cycle, in file order', () => {
      assert.deepEqual(findCycles([[2], [0], [1], [2]]), [[0, 1, 2]]);
    });

    it('finds separate cycles apart, ordered by their first step', () => {
      assert.deepEqual(findCycles([[1], [0], [3], [2], [4]]), [[0, 1], [2, 3], [4]]);
    });

    it('merges cycles that share a step into one', () => {
      assert.deepEqual(findCycles([[1], [0, 2], [1]]), [[0, 1, 2]]);
    });

    // How fast is `npm run bench`'s (budget 200 ms); here only the result, which a recursive walk would not reach.
    it('walks a 10,000-step chain with a back edge without overflowing', () => {
      const edges = Array.from({ length: 10_000 }, (_, i) => (i === 0 ? [9_999] : [i - 1]));
      const result = findCycles(edges);
      assert.equal(result.length, 1);
      assert.equal(result[0].length, 10_000);
      assert.deepEqual(result[0].slice(0, 3), [0, 1, 2]);
    });

    it('walks 100,000 steps without a cycle', () => {
      const edges = Array.from({ length: 100_000 }, (_, i) => (i === 0 ? [] : [i - 1]));
      assert.deepEqual(findCycles(edges), []);
    });
  });
});
