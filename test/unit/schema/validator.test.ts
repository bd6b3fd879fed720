import { strict as assert } from 'node:assert';
import { validateAgainstSchema } from '../../../src/core/schema/validator';

const minimalRunbook = {
  kind: 'runbook',
  title: 'Upgrade',
  steps: [{ id: 'backup', estimate: '30m' }],
};

describe('schema/validator', () => {
  it('accepts a minimal runbook and a minimal announcement', () => {
    assert.deepEqual(validateAgainstSchema('runbook', minimalRunbook), []);
    assert.deepEqual(
      validateAgainstSchema('announcement', {
        kind: 'announcement',
        title: 'T',
        start: '2026-07-19 08:00',
        zone: 'Europe/London',
      }),
      [],
    );
  });

  it('reports every failure, not only the first', () => {
    const errors = validateAgainstSchema('runbook', {
      ...minimalRunbook,
      title: 5,
      owner: [],
      extra: 1,
    });
    assert.deepEqual(errors.map((e) => [e.keyword, e.instancePath]).sort(), [
      ['additionalProperties', ''],
      ['type', '/owner'],
      ['type', '/title'],
    ]);
  });

  it('checks shared definitions from common.schema.json', () => {
    const errors = validateAgainstSchema('runbook', {
      ...minimalRunbook,
      steps: [{ id: '-x', impact: 'down' }],
    });
    assert.deepEqual(
      errors.map((e) => [e.keyword, e.instancePath]),
      [
        ['pattern', '/steps/0/id'],
        ['enum', '/steps/0/impact'],
      ],
    );
  });

  it('does not keep errors from one call in the next', () => {
    assert.ok(validateAgainstSchema('runbook', {}).length > 0);
    assert.deepEqual(validateAgainstSchema('runbook', minimalRunbook), []);
  });
});
