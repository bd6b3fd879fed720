import { strict as assert } from 'node:assert';
import {
  closestMatches,
  editDistance,
  MAX_SUGGESTED_LENGTH,
  reusedIndex,
  SuggestionIndex,
} from '../../../src/core/text/closest';

/** The textbook full-matrix distance (with adjacent swaps), to check the banded trie against. */
function referenceDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++)
    for (let j = 1; j <= t.length; j++) {
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[s.length][t.length];
}

/** The rule closestMatches implements, written out plainly over every candidate. */
function referenceClosest(word: string, candidates: string[], limit: number): string[] {
  const lower = word.toLowerCase();
  const budget = Math.min(6, Math.max(1, Math.ceil(word.length / 3)));
  return [...new Set(candidates)]
    .filter((c) => c !== word)
    .map((candidate) => {
      const distance = referenceDistance(word, candidate);
      const other = candidate.toLowerCase();
      const contains =
        Math.min(lower.length, other.length) >= 3 &&
        (other.includes(lower) || lower.includes(other));
      const near = distance <= budget && distance < word.length;
      return {
        candidate,
        ok: near || contains,
        score: contains ? Math.min(distance, budget) : distance,
      };
    })
    .filter((entry) => entry.ok)
    .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/** A small deterministic generator, so the random cases are the same on every run. */
function randomWords(seed: number, count: number, alphabet: string, maxLength: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * maxLength) }, () =>
      alphabet.charAt(Math.floor(next() * alphabet.length)),
    ).join(''),
  );
}

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

  describe('bounded work', () => {
    it('agrees with the full-matrix distance, and with a bound reports bound + 1 beyond it', () => {
      const words = randomWords(7, 300, 'abAB-', 9);
      for (let i = 0; i + 1 < words.length; i += 2) {
        const exact = referenceDistance(words[i], words[i + 1]);
        assert.equal(editDistance(words[i], words[i + 1]), exact, `${words[i]} ${words[i + 1]}`);
        assert.equal(editDistance(words[i], words[i + 1], 2), Math.min(exact, 3));
      }
    });

    it('suggests what comparing every candidate would (the trie leaves out only what is too far)', () => {
      const candidates = randomWords(11, 400, 'abcd-', 8);
      for (const word of randomWords(13, 200, 'abcdA', 8))
        assert.deepEqual(
          closestMatches(word, candidates, 3),
          referenceClosest(word, candidates, 3),
          word,
        );
    });

    it('suggests the right id for each of 1,000 mistyped needs among 1,000 steps', () => {
      const ids = Array.from({ length: 1_000 }, (_, i) => `migrate-shard-${i}`);
      const index = new SuggestionIndex(ids);
      for (let i = 0; i < 1_000; i++)
        assert.equal(index.closest(`migrate-sahrd-${i}`, 1)[0], `migrate-shard-${i}`);
    });

    it('gives no suggestion for a word or a candidate longer than 64 characters', () => {
      const long = 'x'.repeat(10_000);
      assert.deepEqual(closestMatches(long, [`${long}y`, 'x'.repeat(64)]), []);
      assert.deepEqual(closestMatches('x'.repeat(64), ['x'.repeat(65)]), []);
      assert.deepEqual(closestMatches('x'.repeat(MAX_SUGGESTED_LENGTH), ['x'.repeat(63)]), [
        'x'.repeat(63),
      ]);
    });

    it('reuses the index of the same candidates, and builds a new one when one changes', () => {
      const ids = () => Array.from({ length: 1_000 }, (_, i) => `step-${i}`);
      const first = reusedIndex(ids());
      assert.equal(reusedIndex(ids()), first, 'an edit that keeps the ids keeps the index');
      const renamed = ids();
      renamed[500] = 'deploy';
      const second = reusedIndex(renamed);
      assert.notEqual(second, first);
      assert.deepEqual(second.closest('deplyo', 1), ['deploy']);
      assert.deepEqual(first.closest('deplyo', 1), []);
    });

    it('finds the ids that contain a word among 100,000, and suggests for 1,000 typos among them', () => {
      const ids = Array.from({ length: 100_000 }, (_, i) => `shard-${i}`);
      ids[70_000] = 'db-migrate-orders';
      const index = new SuggestionIndex(ids);
      assert.deepEqual(index.closest('migrate', 1), ['db-migrate-orders']);
      for (let i = 0; i < 1_000; i++)
        assert.equal(index.closest(`sahrd-${i * 97}`, 1)[0], `shard-${i * 97}`);
    });

    it('returns at most five suggestions whatever the limit asked for', () => {
      const steps = Array.from({ length: 100 }, (_, i) => `step${i}`);
      assert.equal(closestMatches('step', steps, 100).length, 5);
    });
  });
});
