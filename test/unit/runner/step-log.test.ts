import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StepLog, stepLogName } from '../../../src/runner/step-log';

describe('runner: the bounded step log', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'runbook-log-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** Writes `pieces` to a log with head and tail of `limit` bytes; returns its text. */
  async function logOf(limit: number, pieces: string[]): Promise<string> {
    const log = new StepLog(join(folder, 'sub', 'x.run.1.log'), limit);
    for (const piece of pieces) log.write(piece);
    assert.equal(await log.close(), true);
    return readFileSync(log.path, 'utf8');
  }

  it('names the file after the step, phase and attempt, with a safe and short step id', () => {
    assert.equal(stepLogName('db-backup.v2_x', 'verify', 2), 'db-backup.v2_x.verify.2.log');
    assert.equal(stepLogName('../a b/c:d*', 'run', 1), '.._a_b_c_d_.run.1.log');
    assert.equal(stepLogName('x'.repeat(500), 'rollback', 1), `${'x'.repeat(100)}.rollback.1.log`);
    assert.equal(stepLogName('', 'run', 1), '_.run.1.log');
  });

  it('keeps everything when the output fits in head and tail', async () => {
    assert.equal(await logOf(10, ['0123456789', 'abcdefghij']), '0123456789abcdefghij');
    assert.equal(await logOf(10, ['012', '345']), '012345');
  });

  it('keeps the head and the tail and says how many bytes were dropped between', async () => {
    const text = '0123456789abcdefghijklmnopqrstuvwxyz';
    const pieces = text.match(/.{1,7}/g) ?? [];
    assert.equal(
      await logOf(10, pieces),
      '0123456789\n[… 16 bytes of output dropped …]\nqrstuvwxyz',
    );
    assert.equal(
      await logOf(10, [text]),
      '0123456789\n[… 16 bytes of output dropped …]\nqrstuvwxyz',
    );
  });

  it('cuts head and tail on whole UTF-8 characters', async () => {
    // "é" is two bytes: the head's tenth byte and the tail's first would split one.
    const text = `${'a'.repeat(9)}é${'b'.repeat(20)}é${'c'.repeat(9)}`;
    assert.equal(
      await logOf(10, [text]),
      `${'a'.repeat(9)}\n[… 24 bytes of output dropped …]\n${'c'.repeat(9)}`,
    );
  });

  it('holds at most the limit in memory for a long output', async () => {
    const log = new StepLog(join(folder, 'big.run.1.log'), 64 * 1024);
    const piece = 'x'.repeat(65_536);
    for (let i = 0; i < 160; i++) {
      log.write(piece);
      assert.ok(log.retainedBytes <= 64 * 1024);
    }
    await log.close();
    const line = '\n[… 10,354,688 bytes of output dropped …]\n';
    assert.equal(readFileSync(log.path, 'utf8'), piece + line + piece);
  });
});
