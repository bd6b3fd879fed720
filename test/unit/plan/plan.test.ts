import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { planRunbook, type Plan } from '../../../src/core/plan/plan';

const MIN = 60;

/** Plans a runbook whose steps are written as `id estimate [impact] [needs…]` lines. */
function plan(lines: string[], safetyFactor = 2): Plan {
  const steps = lines.map((line) => {
    const [id, estimate, impact, ...needs] = line.split(' ');
    const parts = [`  - id: ${id}`];
    if (estimate !== '-') parts.push(`    estimate: ${estimate}`);
    if (impact && impact !== '-') parts.push(`    impact: ${impact}`);
    if (needs.length > 0) parts.push(`    needs: [${needs.filter((n) => n !== '[]').join(', ')}]`);
    return parts.join('\n');
  });
  const analysis = analyze(
    `kind: runbook\ntitle: T\nsteps:\n${steps.join('\n')}\n`,
    'x.runbook.yaml',
  );
  return planRunbook(analysis.steps, analysis.graph, safetyFactor);
}

const minutes = (range: { low: number; high: number }) => [range.low / MIN, range.high / MIN];

describe('plan/plan', () => {
  it('runs steps one after another by default and sums their ranges', () => {
    const result = plan(['backup 30m', 'migrate 5m..10m', 'verify 15m']);
    assert.deepEqual(
      result.timings.map((t) => [minutes(t.start), minutes(t.end)]),
      [
        [
          [0, 0],
          [30, 30],
        ],
        [
          [30, 30],
          [35, 40],
        ],
        [
          [35, 40],
          [50, 55],
        ],
      ],
    );
    assert.deepEqual(minutes(result.estimate), [50, 55]);
    assert.equal(result.planned, 110 * MIN);
    assert.deepEqual(result.criticalPath, [0, 1, 2]);
  });

  it('takes the longest branch of parallel steps as the estimate and marks it critical', () => {
    const result = plan(['a 10m', 'b 1h - a', 'c 20m - a', 'd 5m - b c']);
    assert.deepEqual(minutes(result.estimate), [75, 75]);
    assert.deepEqual(result.criticalPath, [0, 1, 3]);
    assert.deepEqual(
      result.timings.map((t) => t.critical),
      [true, true, false, true],
    );
    assert.deepEqual(minutes(result.timings[3].start), [70, 70]);
  });

  it('starts steps with needs: [] at the window start, in parallel', () => {
    const result = plan(['a 30m - []', 'b 45m - []']);
    assert.deepEqual(
      result.timings.map((t) => minutes(t.start)),
      [
        [0, 0],
        [0, 0],
      ],
    );
    assert.deepEqual(minutes(result.estimate), [45, 45]);
    assert.deepEqual(result.criticalPath, [1]);
  });

  it('follows the low and the high ends separately through ranges', () => {
    const result = plan([
      'copy 30m..1h outage',
      'convert 6h..12h degraded',
      'catch-up 6h..12h degraded',
    ]);
    assert.deepEqual(minutes(result.estimate), [12 * 60 + 30, 25 * 60]);
  });

  it('counts a step without an estimate as zero and says the total is a lower bound', () => {
    const result = plan(['a 10m', 'b -', 'c 5m']);
    assert.equal(result.lowerBound, true);
    assert.deepEqual(minutes(result.estimate), [15, 15]);
    assert.equal(result.timings[1].estimate, undefined);
    assert.equal(plan(['a 10m']).lowerBound, false);
  });

  it('never walks a cycle: its steps and those waiting on them are unschedulable', () => {
    const result = plan(['a 10m', 'b 10m - c', 'c 10m - b', 'd 10m - c', 'e 10m - a']);
    assert.deepEqual(result.unschedulable, [1, 2, 3]);
    assert.deepEqual(
      result.timings.map((t) => t.index),
      [0, 4],
    );
    assert.deepEqual(minutes(result.estimate), [20, 20]);
  });

  it('finishes a 10,000-step chain with a back edge without looping', () => {
    const lines = Array.from({ length: 10000 }, (_, i) => `s${i} 1m${i === 0 ? ' - s9999' : ''}`);
    const result = plan(lines);
    assert.equal(result.unschedulable.length, 10000);
    assert.deepEqual(minutes(result.estimate), [0, 0]);
  });

  it('groups steps into phases by impact, merging the ones that follow each other', () => {
    const result = plan([
      'copy 30m..1h outage',
      'convert 6h..12h degraded',
      'catch-up 6h..12h degraded',
      'check 10m none',
    ]);
    assert.deepEqual(
      result.phases.map((p) => [p.impact, minutes(p.start), minutes(p.end), p.steps]),
      [
        ['outage', [0, 0], [30, 60], [0]],
        ['degraded', [30, 60], [750, 1500], [1, 2]],
      ],
    );
  });

  it('uses the safety factor it is given', () => {
    assert.equal(plan(['a 1h'], 1.5).planned, 90 * MIN);
  });

  it('plans a step with 132,000 needs entries (more than a call takes arguments) without throwing', () => {
    const text = `kind: runbook\ntitle: Wide\nwindow: { start: 2099-07-19 08:00, zone: UTC }\nsteps:\n  - id: a\n    estimate: 5m\n  - id: b\n    estimate: 10m\n    needs:\n${'      - a\n'.repeat(132_000)}`;
    const analysis = analyze(text, 'wide.runbook.yaml');
    assert.deepEqual(analysis.plan?.estimate, { low: 15 * 60, high: 15 * 60 });
    assert.deepEqual(analysis.plan?.criticalPath, [0, 1]);
    assert.deepEqual(analysis.diagnostics, []);
  });
});
