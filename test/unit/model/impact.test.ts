import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  IMPACTS,
  impactRank,
  isImpact,
  PHASE_IMPACTS_WORST_FIRST,
  worstImpact,
} from '../../../src/core/model/impact';

const root = resolve(__dirname, '../../../..');

describe('model/impact', () => {
  it("is the schema's impact enum, in the schema's order", () => {
    const common = JSON.parse(
      readFileSync(resolve(root, 'schemas/common.schema.json'), 'utf8'),
    ) as { definitions: { impact: { enum: string[] } } };
    assert.deepEqual([...IMPACTS], common.definitions.impact.enum);
  });

  it('ranks from no visible effect to the most visible one', () => {
    assert.deepEqual(
      ['outage', 'none', 'read-only', 'degraded'].sort((a, b) => impactRank(a) - impactRank(b)),
      ['none', 'degraded', 'read-only', 'outage'],
    );
    assert.equal(impactRank('down'), -1);
    assert.ok(isImpact('read-only') && !isImpact('Outage') && !isImpact(undefined));
  });

  it('lists the phases worst first, without none', () => {
    assert.deepEqual(PHASE_IMPACTS_WORST_FIRST, ['outage', 'read-only', 'degraded']);
  });

  it('finds the worst impact, ignoring what is not one', () => {
    assert.equal(worstImpact(['degraded', undefined, 'read-only', 'none']), 'read-only');
    assert.equal(worstImpact(['none', 'outage', 'degraded']), 'outage');
    assert.equal(worstImpact(['Outage', 'down', undefined]), undefined);
    assert.equal(worstImpact([]), undefined);
  });
});
