import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { codeCacheArgs, SERVER_EXEC_ARGV } from '../../src/protocol/server-process';
import { STORAGE_IN_ROOT } from '../bench/lsp/stub-extension-host';
import { ours, REPO_ROOT } from '../bench/lsp/servers';

// The server's V8 options keep its peak memory down (issue 11): the extension, as built, must
// start the server with them, and the benchmark measures a server started the same way.
describe('LSP: how the server process is started', () => {
  it('the built extension forks dist/server.js with the V8 options SERVER_EXEC_ARGV names and a code cache in its storage', () => {
    // The bench's activation probe: a fresh process with a stub `vscode` that activates the
    // extension and reports what the language client forked.
    const probe = join(REPO_ROOT, 'out/test/bench/lsp/activation-probe.js');
    const run = spawnSync(process.execPath, [probe, REPO_ROOT], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const answer = JSON.parse(run.stdout.trim().split('\n').pop() || '{}') as {
      server?: { args: string[]; execArgv?: string[] } | null;
      error?: string;
    };
    assert.ok(answer.server, `no server forked: ${answer.error ?? run.stdout} ${run.stderr}`);
    assert.ok(SERVER_EXEC_ARGV.includes('--max-semi-space-size=8'));
    assert.ok(SERVER_EXEC_ARGV.includes('--heap-growing-percent=100'));
    assert.deepEqual(answer.server.execArgv, [...SERVER_EXEC_ARGV]);
    assert.ok(
      answer.server.args.includes(join(REPO_ROOT, 'dist/server.js')),
      answer.server.args.join(' '),
    );
    // Its code cache (src/server/loader/code-cache.ts) lives in the extension's global storage.
    const cacheArgs = codeCacheArgs(join(REPO_ROOT, STORAGE_IN_ROOT, 'code-cache'));
    assert.ok(answer.server.args.includes(cacheArgs[0]), answer.server.args.join(' '));
  });

  it('Node accepts each option (a misspelt V8 option stops it with "bad option" before the server starts)', () => {
    const run = spawnSync(process.execPath, [...SERVER_EXEC_ARGV, '-e', ''], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
  });

  it('npm run bench starts our server with the same options', () => {
    assert.deepEqual(ours().args.slice(0, SERVER_EXEC_ARGV.length), [...SERVER_EXEC_ARGV]);
  });
});
