import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExecutor } from '../../../src/runner/executor';
import { Output, gate, gone, options, request, run } from './executor-helpers';

// Real processes in /bin/sh: the POSIX half of the executor. Windows' cmd.exe and taskkill are
// not exercised here.
const posix = process.platform === 'win32' ? describe.skip : describe;

posix('runner: the executor runs commands in the shell', () => {
  let dir: string;
  beforeEach(() => (dir = realpathSync(mkdtempSync(join(tmpdir(), 'runbook-exec-')))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports exit 0, the output, its size and a log', async () => {
    const { outcome, output } = await run('echo hello', options(dir, { logFolder: dir }));
    assert.equal(output.text, 'hello\n');
    assert.equal(outcome.exitCode, 0);
    assert.equal(outcome.signal, null);
    assert.equal(outcome.error, undefined);
    assert.equal(outcome.cancelled, undefined);
    assert.ok(outcome.durationMs >= 0);
    assert.equal(outcome.outputBytes, 6);
    assert.equal(outcome.outputTail, 'hello\n');
    assert.equal(outcome.logPath, join(dir, 's1.run.1.log'));
    assert.equal(readFileSync(join(dir, 's1.run.1.log'), 'utf8'), 'hello\n');
  });

  it('reports a non-zero exit code, with stderr in the output', async () => {
    const { outcome, output } = await run('echo oops >&2; exit 3', options(dir));
    assert.deepEqual([outcome.exitCode, outcome.signal, outcome.error], [3, null, undefined]);
    assert.equal(output.text, 'oops\n');
    assert.equal(outcome.logPath, undefined);
  });

  it('names the command that was not found (exit 127)', async () => {
    const { outcome } = await run('frobnicate-xyz --all', options(dir));
    assert.equal(outcome.exitCode, 127);
    assert.equal(outcome.error, 'command not found: frobnicate-xyz (exit 127)');
  });

  it('reports the signal that ended the command', async () => {
    const { outcome } = await run('kill -TERM $$', options(dir));
    assert.deepEqual(
      [outcome.exitCode, outcome.signal, outcome.cancelled],
      [null, 'SIGTERM', undefined],
    );
  });

  it('passes RUNBOOK_STEP_ID, RUNBOOK_RUN_ID and RUNBOOK_FILE, in the working folder', async () => {
    const output = new Output();
    const executor = createExecutor(options(dir));
    const env = 'echo "$RUNBOOK_STEP_ID $RUNBOOK_RUN_ID $RUNBOOK_FILE"; pwd';
    await executor.start(request(env, 'db.backup'), output.add).done;
    assert.equal(output.text, `db.backup run-42 ops/upgrade.runbook.yaml\n${dir}\n`);
  });

  it('ends with an error in words, never a throw, when the command cannot start', async () => {
    const missing = await run('true', options(join(dir, 'missing')));
    assert.deepEqual([missing.outcome.exitCode, missing.outcome.signal], [null, null]);
    assert.match(missing.outcome.error ?? '', /working folder .*missing does not exist/);
    writeFileSync(join(dir, 'file'), '');
    const file = await run('true', options(join(dir, 'file')));
    assert.match(file.outcome.error ?? '', /working folder .*file is not a folder/);
  });

  it('still runs the command when its log folder cannot be made', async () => {
    writeFileSync(join(dir, 'file'), '');
    const { outcome } = await run('echo hi', options(dir, { logFolder: join(dir, 'file', 'x') }));
    assert.deepEqual([outcome.exitCode, outcome.logPath], [0, undefined]);
  });

  describe('cancel', () => {
    it('stops the whole process group, grandchildren included', async () => {
      const output = new Output();
      const running = createExecutor(options(dir)).start(
        request('sleep 1000 & echo $!; sleep 1000'),
        output.add,
      );
      const grandchild = Number((await output.until(/^(\d+)\n/))[1]);
      running.cancel();
      running.cancel();
      const outcome = await running.done;
      assert.deepEqual(
        [outcome.exitCode, outcome.signal, outcome.cancelled],
        [null, 'SIGTERM', true],
      );
      await gone(grandchild);
      await gone(running.pid ?? 0);
    });

    it('sends SIGKILL after the grace period to a command that ignores SIGTERM', async () => {
      const output = new Output();
      const executor = createExecutor(options(dir, { graceMs: 200 }));
      const running = executor.start(request("trap '' TERM; echo ready; sleep 1000"), output.add);
      await output.until(/ready/);
      running.cancel();
      const outcome = await running.done;
      assert.deepEqual([outcome.signal, outcome.cancelled], ['SIGKILL', true]);
    });
  });

  describe('masking', () => {
    const secretEnv = { PATH: process.env.PATH, DEPLOY_TOKEN: 'abcdef' };

    it('masks a secret split across chunks in the output and in the log', async () => {
      const output = new Output();
      const executor = createExecutor(options(dir, { env: secretEnv, logFolder: dir }));
      const running = executor.start(
        request(`printf 'x abc'; ${gate('g1')}; printf 'def y\\n'`),
        output.add,
      );
      // The first chunk has gone out without its possible secret start; only then does the rest come.
      await output.until(/^x $/);
      writeFileSync(join(dir, 'g1'), '');
      const outcome = await running.done;
      assert.deepEqual(output.chunks, ['x ', '*** y\n']);
      assert.equal(readFileSync(outcome.logPath ?? '', 'utf8'), 'x *** y\n');
      assert.equal(outcome.outputTail, 'x *** y\n');
    });

    it('joins a secret cut on stdout around a write to stderr', async () => {
      const output = new Output();
      const executor = createExecutor(options(dir, { env: secretEnv }));
      const command = `printf 'go abc'; ${gate('g1')}; printf 'E' >&2; ${gate('g2')}; printf 'def'`;
      const running = executor.start(request(command), output.add);
      await output.until(/^go $/);
      writeFileSync(join(dir, 'g1'), '');
      await output.until(/E$/);
      writeFileSync(join(dir, 'g2'), '');
      await running.done;
      assert.equal(output.text, 'go E***');
    });

    it('masks variables named by maskPatterns', async () => {
      const env = { PATH: process.env.PATH, PGPASS: 'pg-pass-1' };
      const { output } = await run(
        'echo "$PGPASS"',
        options(dir, { env, maskPatterns: ['pgpass'] }),
      );
      assert.equal(output.text, '***\n');
    });

    it('decodes a UTF-8 character cut between two chunks', async () => {
      const output = new Output();
      const running = createExecutor(options(dir)).start(
        request(`printf 'a\\303'; ${gate('g1')}; printf '\\251\\n'`),
        output.add,
      );
      await output.until(/^a$/);
      writeFileSync(join(dir, 'g1'), '');
      await running.done;
      assert.equal(output.text, 'a\u00e9\n');
    });
  });

  it('keeps 2 MiB of a 10 MB output in the log and says what was dropped', async () => {
    let received = 0;
    const executor = createExecutor(options(dir, { logFolder: dir }));
    const command = "head -c 10485760 /dev/zero | tr '\\0' a";
    const outcome = await executor.start(request(command), (text) => (received += text.length))
      .done;
    assert.equal(received, 10_485_760);
    assert.equal(outcome.outputBytes, 10_485_760);
    assert.equal(outcome.outputTail, 'a'.repeat(2048));
    const line = '\n[… 8,388,608 bytes of output dropped …]\n';
    assert.equal(statSync(outcome.logPath ?? '').size, 2 * 1024 * 1024 + Buffer.byteLength(line));
    assert.ok(readFileSync(outcome.logPath ?? '', 'utf8').includes(line));
  });
});
