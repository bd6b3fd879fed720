import { strict as assert } from 'node:assert';
import { closestMatches, editDistance } from '../../../src/core/text/closest';

describe('text/closest', () => {
  describe('editDistance', () => {
    it('counts insertions, deletions and substitutions', () => {
      assert.equal(editDistance('kitten', 'sitting'), 3);
      assert.equal(editDistance('', 'abc'), 3);
      assert.equal(editDistance('abc', ''), 3);
    });

    it('counts an adjacent swap as one edit', () => {
      assert.equal(editDistance('ab', 'ba'), 1);
      assert.equal(editDistance('mirgate', 'migrate'), 1);
    });

    it('ignores case', () => {
      assert.equal(editDistance('Backup', 'backup'), 0);
    });
  });

  describe('closestMatches', () => {
    it('finds a typo within a third of the word length', () => {
      assert.deepEqual(closestMatches('bakup', ['backup', 'migrate', 'verify']), ['backup']);
    });

    it('does not offer one- or two-letter ids just because the word contains them', () => {
      assert.deepEqual(closestMatches('bakup', ['backup', 'a', 'b']), ['backup']);
    });

    it('orders by distance, then alphabetically', () => {
      assert.deepEqual(closestMatches('migrat', ['migrate-2', 'migrate', 'backup']), [
        'migrate',
        'migrate-2',
      ]);
      assert.deepEqual(closestMatches('cat', ['cut', 'bat', 'cot']), ['bat', 'cot', 'cut']);
    });

    it('offers words that contain the word or are contained in it', () => {
      assert.deepEqual(closestMatches('backup', ['backup-databases', 'restore']), [
        'backup-databases',
      ]);
    });

    it('offers nothing for an unrelated word', () => {
      assert.deepEqual(closestMatches('zzzzzz', ['backup', 'migrate']), []);
    });

    it('never offers the word itself, but offers another casing of it', () => {
      assert.deepEqual(closestMatches('backup', ['backup']), []);
      assert.deepEqual(closestMatches('Backup', ['backup']), ['backup']);
    });

    it('does not turn a one-letter word into any other one-letter word', () => {
      assert.deepEqual(closestMatches('x', ['y', 'z']), []);
    });

    it('returns at most `limit` candidates, and each once', () => {
      assert.deepEqual(closestMatches('step', ['step1', 'step2', 'step3', 'step4', 'step1'], 2), [
        'step1',
        'step2',
      ]);
    });
  });
});
