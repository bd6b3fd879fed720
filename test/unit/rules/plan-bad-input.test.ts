import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { lines } from '../helpers';
import { resolverOf } from './linked-fixtures';
import { NOW } from './time-fixtures';

/** Announcements and runbooks that get the plan and link fields wrong in every way the schema allows and more. */
const ANNOUNCEMENTS = [
  'runbook: 12',
  'runbook: ~',
  'runbook: [a]',
  'runbook: { a: 1 }',
  'runbook: ""',
  'runbook: ./weird.runbook.yaml',
  'affected: { a: 1 }',
  'affected: [[a], ~, 12]',
  'impact: 12',
  'estimate: 9999w',
  'estimate: -5m',
  'estimate: 1h..30m',
  'length: 0m',
  'publish: 9999-99-99',
  'publish: [x]',
  'safety_factor: -1',
  'safety_factor: .nan',
];
const RUNBOOK_BODIES = [
  ['rollback: [1, 2]'],
  ['rollback: { deadline: ~, estimate: [x] }'],
  ['rollback: { deadline: 9999w }'],
  ['window: [x]'],
  ['window: { length: 1h..30m }'],
  ['steps: [{ id: a, estimate: 5m, needs: [a] }, { id: b, estimate: 1h, needs: [a] }]'],
  ['steps: ~'],
  ['affected: 12', 'steps: [{ impact: [outage] }]'],
];

describe('rules: bad input to the plan and link rules', () => {
  it('reports and never throws, whatever an announcement or its linked runbook says', () => {
    for (const body of RUNBOOK_BODIES) {
      const runbook = lines('kind: runbook', 'title: T', ...body);
      assert.doesNotThrow(() => analyze(runbook, 'r.yaml', undefined, NOW), body.join(' '));
      for (const line of ANNOUNCEMENTS) {
        const text = lines(
          'kind: announcement',
          'title: T',
          'runbook: ./weird.runbook.yaml',
          'start: 2026-07-19 08:00',
          'zone: Europe/London',
          line,
        );
        assert.doesNotThrow(
          () =>
            analyze(
              text,
              'a.yaml',
              undefined,
              NOW,
              resolverOf({ './weird.runbook.yaml': runbook }),
            ),
          `${line} with ${body.join(' ')}`,
        );
      }
    }
  });

  it('says a step in a cycle cannot be scheduled, and leaves it out of the plan instead of looping', () => {
    const analysis = analyze(
      lines(
        'kind: runbook',
        'title: T',
        'window: { start: 2026-07-19 08:00, zone: UTC, length: 10m }',
        ...RUNBOOK_BODIES[5],
      ),
      'r.yaml',
    );
    assert.deepEqual(analysis.plan?.unschedulable, [0, 1]);
    const messages = analysis.diagnostics.map((d) => `${d.code}: ${d.message}`);
    assert.ok(
      messages.includes(
        'dependency-cycle: Step "a" needs itself, so it can never start. "b" waits for it and cannot be scheduled either. Its estimate is left out of the runbook\'s total until the cycle is broken.',
      ),
      messages.join('\n'),
    );
    assert.ok(
      !messages.some((m) => m.startsWith('window-shorter')),
      'nothing to measure the window against',
    );
  });

  it('reports absurd, negative and backwards durations as invalid-duration, never as a short window', () => {
    for (const length of ['9999w', '-1h', '0m', '2h..1h']) {
      const analysis = analyze(
        lines(
          'kind: runbook',
          'title: T',
          `window: { start: 2026-07-19 08:00, zone: UTC, length: ${length} }`,
          'steps: [{ id: a, estimate: 30m }]',
        ),
        'r.yaml',
      );
      assert.deepEqual(
        analysis.diagnostics.map((d) => d.code),
        ['invalid-duration'],
        length,
      );
    }
  });
});
