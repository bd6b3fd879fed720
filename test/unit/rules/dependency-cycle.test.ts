import { strict as assert } from 'node:assert';
import { buildStepGraph } from '../../../src/core/model/dependencies';
import { readSteps } from '../../../src/core/model/steps';
import { dependencyCycle } from '../../../src/core/rules/dependency-cycle';
import { defaultSettings } from '../../../src/core/settings';
import { parseYaml } from '../../../src/core/yaml/parse-yaml';
import { analyzeText, runbook, withCode } from '../helpers';

const cyclesIn = (text: string) => withCode(analyzeText(text), 'dependency-cycle');

describe('rules/dependency-cycle', () => {
  it('marks the needs entry that closes a cycle and names every step in it', () => {
    const text = runbook(
      '  - id: a',
      '    estimate: 5m',
      '    needs: [c]',
      '  - id: b',
      '    estimate: 5m',
      '  - id: c',
      '    estimate: 5m',
    );
    const [cycle, ...rest] = cyclesIn(text);
    assert.deepEqual(rest, []);
    assert.equal(text.slice(cycle.start, cycle.end), 'c');
    assert.equal(cycle.start, text.indexOf('[c]') + 1);
    assert.equal(cycle.severity, 'error');
    assert.match(cycle.message, /Steps "a", "b" and "c" wait on each other in a cycle/);
  });

  it('points at every step of the cycle as a related location', () => {
    const text = runbook(
      '  - id: a',
      '    estimate: 5m',
      '    needs: [b]',
      '  - id: b',
      '    estimate: 5m',
      '    needs: [a]',
    );
    const cycles = cyclesIn(text);
    assert.deepEqual(
      cycles.map((d) => text.slice(d.start, d.end)),
      ['b', 'a'],
    );
    assert.deepEqual(
      cycles[0].related?.map((r) => [text.slice(r.start, r.end), r.message]),
      [
        ['a', '"a" is in the cycle'],
        ['b', '"b" is in the cycle'],
      ],
    );
  });

  it('reports a step that needs itself', () => {
    const text = runbook('  - id: solo', '    estimate: 5m', '    needs: [solo]');
    const [cycle] = cyclesIn(text);
    assert.equal(text.slice(cycle.start, cycle.end), 'solo');
    assert.equal(cycle.start, text.lastIndexOf('solo'));
    assert.match(cycle.message, /Step "solo" needs itself/);
  });

  it('reports separate cycles separately', () => {
    const text = runbook(
      '  - id: a',
      '    estimate: 5m',
      '    needs: [b]',
      '  - id: b',
      '    estimate: 5m',
      '    needs: [a]',
      '  - id: c',
      '    estimate: 5m',
      '    needs: [c]',
    );
    assert.deepEqual(
      cyclesIn(text).map((d) => d.message.slice(0, 20)),
      ['Steps "a" and "b" wa', 'Steps "a" and "b" wa', 'Step "c" needs itsel'],
    );
  });

  it('says the steps in a cycle, and those waiting for it, cannot be scheduled and leave the total', () => {
    const text = runbook(
      '  - id: a',
      '    estimate: 5m',
      '  - id: b',
      '    estimate: 5m',
      '    needs: [c]',
      '  - id: c',
      '    estimate: 1h',
      '    needs: [b]',
      '  - id: d',
      '    estimate: 5m',
      '  - id: e',
      '    estimate: 5m',
      '    needs: [a]',
    );
    const [cycle] = cyclesIn(text);
    assert.equal(
      cycle.message,
      'Steps "b" and "c" wait on each other in a cycle, so none of them can start. "d" waits for them and cannot be scheduled either. Their estimates are left out of the runbook\'s total until the cycle is broken.',
    );
    const analysis = analyzeText(text);
    assert.deepEqual(analysis.plan?.unschedulable, [1, 2, 3]);
    assert.equal(analysis.plan?.estimate.high, 10 * 60);
    const [solo] = cyclesIn(runbook('  - id: s', '    needs: [s]'));
    assert.equal(solo.message, 'Step "s" needs itself, so it can never start.');
  });

  it('accepts a diamond, forward needs and unknown ids', () => {
    const text = runbook(
      '  - id: a',
      '    estimate: 5m',
      '    needs: [d]',
      '  - id: b',
      '    estimate: 5m',
      '    needs: []',
      '  - id: c',
      '    estimate: 5m',
      '    needs: [b]',
      '  - id: d',
      '    estimate: 5m',
      '    needs: [b, c, ghost]',
    );
    assert.deepEqual(cyclesIn(text), []);
  });

  describe('a 10,000-step chain with one back edge', () => {
    const rows = ['kind: runbook', 'title: Long', 'steps:'];
    for (let i = 0; i < 10_000; i++)
      rows.push(`  - id: s${i}`, '    estimate: 1m', ...(i === 0 ? ['    needs: [s9999]'] : []));
    const text = `${rows.join('\n')}\n`;

    it('builds the graph and runs the rule, naming all 10,000 steps once', () => {
      const parsed = parseYaml(text);
      const steps = readSteps(parsed.root);
      const result = dependencyCycle({
        text,
        parsed,
        kind: 'runbook',
        fileName: 'long.runbook.yaml',
        steps,
        graph: buildStepGraph(steps),
        settings: defaultSettings,
        window: undefined,
        plan: undefined,
        linked: undefined,
        now: undefined,
      });
      assert.equal(result.length, 1);
      assert.equal(text.slice(result[0].start, result[0].end), 's9999');
      assert.equal(result[0].related?.length, 10_000);
      assert.match(
        result[0].message,
        /^Steps "s0", "s1", .*"s9998" and "s9999" wait on each other/,
      );
    });

    it('is reported by a whole analysis without looping', () => {
      assert.equal(cyclesIn(text).length, 1);
    });
  });
});
