import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { codeCacheArgs, SERVER_ENV, SERVER_EXEC_ARGV } from '../../src/protocol/server-process';
import { STORAGE_IN_ROOT } from '../bench/lsp/stub-extension-host';
import { ours, REPO_ROOT } from '../bench/lsp/servers';

// The server's V8 options keep its peak memory down and its environment its start short (issue
// 11): the extension, as built, must start the server with them, and the benchmark measures a
// server started the same way.

/**
 * What the built extension forked the server with, as the bench's activation probe reports it: a
 * fresh process with a stub `vscode` that activates the extension.
 */
function forkedServer(): {
  args: string[];
  execArgv?: string[];
  env: Record<string, string | null>;
} {
  const probe = join(REPO_ROOT, 'out/test/bench/lsp/activation-probe.js');
  const run = spawnSync(process.execPath, [probe, REPO_ROOT], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const answer = JSON.parse(run.stdout.trim().split('\n').pop() || '{}') as {
    server?: { args: string[]; execArgv?: string[]; env: Record<string, string | null> } | null;
    error?: string;
  };
  assert.ok(answer.server, `no server forked: ${answer.error ?? run.stdout} ${run.stderr}`);
  return answer.server;
}

describe('LSP: how the server process is started', () => {
  it('the built extension forks dist/server.js with the V8 options SERVER_EXEC_ARGV names and a code cache in its storage', () => {
    const server = forkedServer();
    assert.ok(SERVER_EXEC_ARGV.includes('--max-semi-space-size=8'));
    assert.ok(SERVER_EXEC_ARGV.includes('--heap-growing-percent=100'));
    assert.deepEqual(server.execArgv, [...SERVER_EXEC_ARGV]);
    assert.ok(server.args.includes(join(REPO_ROOT, 'dist/server.js')), server.args.join(' '));
    // Its code cache (src/server/loader/code-cache.ts) lives in the extension's global storage.
    const cacheArgs = codeCacheArgs(join(REPO_ROOT, STORAGE_IN_ROOT, 'code-cache'));
    assert.ok(server.args.includes(cacheArgs[0]), server.args.join(' '));
  });

  it('the built extension forks the server with the environment SERVER_ENV sets, as the bench starts it', () => {
    assert.deepEqual(forkedServer().env, { NODE_EXTRA_CA_CERTS: '' });
    assert.deepEqual(ours().env, SERVER_ENV);
  });

  it('with that environment Node skips the file NODE_EXTRA_CA_CERTS names, which it otherwise reads as it starts', () => {
    // A file that is not there: Node says so as it starts, before any script runs, when it reads it.
    const environment = {
      ...process.env,
      NODE_EXTRA_CA_CERTS: join(REPO_ROOT, 'no-such-certificates.pem'),
    };
    const start = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [...SERVER_EXEC_ARGV, '-e', ''], {
        encoding: 'utf8',
        env,
        timeout: 60_000,
      });
    assert.match(start(environment).stderr, /extra certs/);
    const server = start({ ...environment, ...SERVER_ENV });
    assert.equal(server.stderr, '');
    assert.equal(server.status, 0);
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
