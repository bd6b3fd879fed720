import { strict as assert } from 'node:assert';
import { allowedValuesAt, propertiesAt, schemaAt } from '../../../src/core/schema/schema-lookup';

describe('schema/schema-lookup', () => {
  it('finds the schema of a top-level key', () => {
    assert.equal(schemaAt('runbook', ['title'])?.type, 'string');
    assert.match(schemaAt('runbook', ['title'])?.description ?? '', /What the maintenance does/);
  });

  it('walks into list items and local $refs (steps → step → estimate)', () => {
    const estimate = schemaAt('runbook', ['steps', 0, 'estimate']);
    assert.deepEqual(estimate?.type, ['string', 'number']);
    assert.match(estimate?.description ?? '', /How long the step takes/);
  });

  it("keeps the description written at the $ref site over the target's", () => {
    const id = schemaAt('runbook', ['steps', 3, 'id']);
    assert.match(id?.description ?? '', /unique in the runbook/);
    assert.equal(id?.pattern, '^[A-Za-z0-9][A-Za-z0-9_.-]*$');
  });

  it('walks into both branches of an anyOf (audience entries)', () => {
    assert.equal(schemaAt('runbook', ['audience', 0, 'label'])?.type, 'string');
    assert.deepEqual(Object.keys(propertiesAt('announcement', ['audience', 0])).sort(), [
      'label',
      'zone',
    ]);
  });

  it('returns undefined past the end of the schema', () => {
    assert.equal(schemaAt('runbook', ['nope']), undefined);
    assert.equal(schemaAt('runbook', ['title', 'deeper']), undefined);
  });

  it('lists the properties a mapping may have', () => {
    assert.deepEqual(Object.keys(propertiesAt('runbook', ['window'])), [
      'start',
      'zone',
      'end',
      'length',
    ]);
    assert.ok('estimate' in propertiesAt('runbook', ['steps', 0]));
    assert.ok('reminders' in propertiesAt('announcement', []));
    assert.deepEqual(propertiesAt('runbook', ['nope']), {});
  });

  it('gives enum and const values', () => {
    assert.deepEqual(allowedValuesAt('runbook', ['steps', 0, 'impact']), [
      'none',
      'degraded',
      'read-only',
      'outage',
    ]);
    assert.deepEqual(allowedValuesAt('announcement', ['time_format']), ['12h', '24h']);
    assert.deepEqual(allowedValuesAt('announcement', ['kind']), ['announcement']);
    assert.deepEqual(allowedValuesAt('runbook', ['title']), []);
  });
});
