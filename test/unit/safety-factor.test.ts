import { strict as assert } from 'node:assert';
import { safetyFactorOf } from '../../src/core/safety-factor';
import { analyzeText, lines } from './helpers';

describe('safety-factor', () => {
  const factorOf = (written: string) =>
    safetyFactorOf(analyzeText(lines('kind: runbook', `safety_factor: ${written}`)).parsed.root, 3);

  it("is the file's own factor when it is a number of at least 1", () => {
    assert.equal(factorOf('1.5'), 1.5);
  });

  it('falls back for a factor no plan can be made on: below 1, not a number, or too large to be finite', () => {
    for (const written of ['0.5', 'double', 'true', '1e309', '.inf'])
      assert.equal(factorOf(written), 3, written);
  });

  it('never writes "Infinity" into a plan', () => {
    const analysis = analyzeText(
      lines(
        'kind: runbook',
        'title: T',
        'safety_factor: 1e309',
        'steps:',
        '  - { id: a, estimate: 5m }',
      ),
    );
    assert.equal(analysis.plan?.safetyFactor, 2);
    assert.equal(analysis.plan?.planned, 600);
  });
});
