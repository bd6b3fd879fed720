import { strict as assert } from 'node:assert';
import { createMasker, secretValues } from '../../../src/core/run/mask';
import { seededRandom } from '../yaml/yaml-fuzz';

/** Pushes `chunks` through a masker for `secrets` and returns what each push and the flush gave. */
function run(secrets: string[], chunks: string[]): string[] {
  const masker = createMasker(secrets);
  return [...chunks.map((chunk) => masker.push(chunk)), masker.flush()];
}

/** The whole-text answer: leftmost match, longest first at a position. */
function maskAll(text: string, secrets: string[]): string {
  const sorted = [...new Set(secrets)].filter((s) => s).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return text;
  const escaped = sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(escaped.join('|'), 'g'), '***');
}

describe('run: masking secrets in output', () => {
  describe('secretValues', () => {
    it('takes the values of names with TOKEN, SECRET, PASSWORD or KEY, in any case', () => {
      const env = {
        GITHUB_TOKEN: 'ghp_aaaa',
        db_password: 'hunter22',
        ClientSecret: 'xyzzy-secret',
        API_KEY: 'key-1234',
        HOME: '/home/ops',
        PATH: '/usr/bin',
        UNSET_TOKEN: undefined,
      };
      assert.deepEqual(secretValues(env, []), ['xyzzy-secret', 'ghp_aaaa', 'hunter22', 'key-1234']);
    });

    it('adds names matching the user patterns (globs with *, case-insensitive, whole name)', () => {
      const env = { PGPASS: 'pg-pass-1', MY_CREDS_X: 'creds-value', CREDS: 'plain-val' };
      assert.deepEqual(secretValues(env, ['pgpass', 'my_*_x']), ['creds-value', 'pg-pass-1']);
      assert.deepEqual(secretValues(env, ['*CRED*']), ['creds-value', 'plain-val']);
      assert.deepEqual(secretValues({ 'A.B': 'dotted-value', AXB: 'other-value' }, ['a.b']), [
        'dotted-value',
      ]);
    });

    it('leaves out values shorter than 4 characters, and deduplicates', () => {
      const env = { A_TOKEN: '1', B_TOKEN: 'abc', C_TOKEN: 'abcd', D_KEY: 'abcd', E_KEY: '' };
      assert.deepEqual(secretValues(env, []), ['abcd']);
    });
  });

  describe('createMasker', () => {
    it('passes chunks through unchanged and holds nothing without secrets', () => {
      assert.deepEqual(run([], ['abc', 'def']), ['abc', 'def', '']);
    });

    it('masks a secret inside one chunk, every time it occurs', () => {
      assert.deepEqual(run(['s3cret'], ['a s3cret b s3cret\n']), ['a *** b ***\n', '']);
    });

    it('masks a secret split across two and across many chunks', () => {
      assert.deepEqual(run(['abcdef'], ['x abc', 'def y']), ['x ', '*** y', '']);
      assert.deepEqual(run(['abcdef'], ['a', 'b', 'c', 'd', 'e', 'f', '!']).join(''), '***!');
    });

    it('holds back only what could still start a secret', () => {
      // "abx" can no longer be "abcd", and "b" starts nothing: both go out at once.
      assert.deepEqual(run(['abcd'], ['zzab', 'x ab']), ['zz', 'abx ', 'ab']);
    });

    it('prefers the longer secret at a position, and waits to know whether it comes', () => {
      assert.deepEqual(run(['abc', 'abcdef'], ['abcd', 'ef']), ['', '***', '']);
      assert.deepEqual(run(['abc', 'abcdef'], ['abcd', 'xx']), ['', '***dxx', '']);
      assert.deepEqual(run(['abc', 'abcdef'], ['abcd']), ['', '***d']);
    });

    it('gives what the whole text would give for random secrets and random chunkings', () => {
      // A property test on a seeded generator (as the fuzzing in test/unit/yaml): a small
      // alphabet makes overlapping and nested secrets, and partial matches, common.
      const alphabet = 'aab\u00e9\u{1F511}\n';
      for (let seed = 1; seed <= 3000; seed++) {
        const random = seededRandom(seed);
        const pick = (length: number) =>
          Array.from({ length }, () => [...alphabet][Math.floor(random() * 6)]).join('');
        const secrets = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
          pick(1 + Math.floor(random() * 6)),
        );
        const text = pick(Math.floor(random() * 80));
        const chunks: string[] = [];
        for (let at = 0; at < text.length;) {
          const size = Math.floor(random() * 8);
          chunks.push(text.slice(at, at + size));
          at += size;
        }
        const expected = maskAll(text, secrets);
        assert.equal(
          run(secrets, chunks).join(''),
          expected,
          `seed ${seed}: ${JSON.stringify({ secrets, chunks })}`,
        );
      }
    });

    it('scans a long output once: its hold-back never grows past the longest secret', () => {
      const masker = createMasker(['abcdefgh', 'xyz1']);
      let out = '';
      // Every chunk ends in a possible secret start; a re-scan of the history would be quadratic.
      for (let i = 0; i < 20_000; i++) {
        const pushed = masker.push('abcdefg'.repeat(10));
        assert.ok(pushed.length >= 63, 'at most 7 characters held back');
        out += pushed;
      }
      out += masker.flush();
      assert.equal(out.length, 20_000 * 70);
    });
  });
});
