import { strict as assert } from 'node:assert';
import { analyzeText, runbook, withCode } from '../helpers';

describe('rules/duplicate-step-id', () => {
  const text = runbook(
    '  - id: a',
    '    estimate: 5m',
    '  - id: b',
    '    estimate: 5m',
    '  - id: a',
    '    estimate: 5m',
    '  - id: a',
    '    estimate: 5m',
  );
  const duplicates = withCode(analyzeText(text), 'duplicate-step-id');
  const firstA = text.indexOf('id: a') + 4;

  it('marks every repeat of an id, not its first use', () => {
    assert.equal(duplicates.length, 2);
    for (const duplicate of duplicates) {
      assert.equal(text.slice(duplicate.start, duplicate.end), 'a');
      assert.notEqual(duplicate.start, firstA);
      assert.equal(duplicate.severity, 'error');
      assert.match(duplicate.message, /Step id "a" is already used/);
    }
  });

  it('points each repeat back at the first use', () => {
    for (const duplicate of duplicates) {
      assert.deepEqual(duplicate.related, [
        { start: firstA, end: firstA + 1, message: '"a" first used here' },
      ]);
    }
  });

  it('accepts distinct ids, and ids that differ only in case', () => {
    const fine = runbook('  - id: a', '    estimate: 5m', '  - id: A', '    estimate: 5m');
    assert.deepEqual(withCode(analyzeText(fine), 'duplicate-step-id'), []);
  });
});
