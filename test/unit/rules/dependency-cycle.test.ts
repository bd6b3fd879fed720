import { strict as assert } from 'node:assert';
import { MAX_RELATED } from '../../../src/core/diagnostic-limits';
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

  it('marks one entry per cycle, the first that points forward, and relates every step', () => {
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
      ['b'],
    );
    assert.equal(cycles[0].start, text.indexOf('[b]') + 1);
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
      ['Steps "a" and "b" wa', 'Step "c" needs itsel'],
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

    it('builds the graph and runs the rule: one diagnostic naming five steps and counting the rest', () => {
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
      assert.equal(result[0].related?.length, MAX_RELATED);
      assert.match(
        result[0].message,
        /^Steps "s0", "s1", "s2", "s3", "s4" and 9,995 more wait on each other in a cycle, so none of them can start\./,
      );
    });

    it('is reported by a whole analysis without looping', () => {
      assert.equal(cyclesIn(text).length, 1);
    });
  });

  describe('a 5,000-step cycle where every step needs the next (100× the examples)', () => {
    const rows = ['kind: runbook', 'title: Ring', 'steps:'];
    for (let i = 0; i < 5_000; i++)
      rows.push(`  - id: s${i}`, '    estimate: 1m', `    needs: [s${(i + 1) % 5_000}]`);
    const text = `${rows.join('\n')}\n`;

    it('is one diagnostic with a bounded message and related list, not 5,000 of 5,000 names', () => {
      const analysis = analyzeText(text);
      const cycles = withCode(analysis, 'dependency-cycle');
      assert.equal(cycles.length, 1);
      assert.equal(text.slice(cycles[0].start, cycles[0].end), 's1');
      assert.equal(
        cycles[0].message,
        'Steps "s0", "s1", "s2", "s3", "s4" and 4,995 more wait on each other in a cycle, so none of them can start. Their estimates are left out of the runbook\'s total until the cycle is broken.',
      );
      assert.equal(cycles[0].related?.length, MAX_RELATED);
      assert.ok(JSON.stringify(analysis.diagnostics).length < 5_000);
    });
  });

  it('keeps the messages of 1,000 cycles that share a 1,000-step tail bounded', () => {
    const rows = ['kind: runbook', 'title: Knots', 'steps:'];
    for (let i = 0; i < 1_000; i++) rows.push(`  - id: c${i}`, `    needs: [c${i}]`);
    const all = Array.from({ length: 1_000 }, (_, i) => `c${i}`).join(', ');
    rows.push('  - id: t0', `    needs: [${all}]`);
    for (let i = 1; i < 1_000; i++) rows.push(`  - id: t${i}`);
    const cycles = cyclesIn(`${rows.join('\n')}\n`);
    assert.equal(cycles.length, 1_000);
    assert.equal(
      cycles[0].message,
      'Step "c0" needs itself, so it can never start. "t0", "t1", "t2", "t3", "t4" and 995 more wait for it and cannot be scheduled either. Its estimate is left out of the runbook\'s total until the cycle is broken.',
    );
    // Past the shared budget of visits, a cycle's followers are no longer listed one by one.
    assert.equal(
      cycles[999].message,
      'Step "c999" needs itself, so it can never start. Steps that wait for it cannot be scheduled either. Its estimate is left out of the runbook\'s total until the cycle is broken.',
    );
    assert.ok(cycles.every((d) => d.message.length < 300));
  });
});
