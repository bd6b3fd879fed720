import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeCacheArgs } from '../../src/protocol/server-process';
import { LspClient } from './lsp-client';
import { messageOf } from './text-helpers';

const RUNBOOK = `kind: runbook
title: Rotate the TLS certificates
window: { start: 2099-03-28 23:30, zone: Europe/London, length: 4h }
steps:
  - { id: issue, estimate: 20m }
  - { id: deploy, estimate: 10m, needs: [issue, approve] }
`;

const SYNTAX_ERROR = `${RUNBOOK}notes: a: b\n`;

/**
 * Writing the cache at exit takes a few milliseconds; the grace before the test kills a server
 * that has not exited is far longer, so that a slow machine never loses the cache.
 */
const EXIT_GRACE_MS = 60_000;

// The server's loader (src/server/loader/code-cache.ts) keeps V8's compiled code between starts
// in the folder `--code-cache-dir=` names, as the extension names its global storage.
describe('LSP: the code cache kept between starts', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'runbook-code-cache-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** Starts a server with the cache folder, checks one runbook, stops it; its diagnostics. */
  async function oneStart(text = RUNBOOK): Promise<string[]> {
    const client = await LspClient.start({}, undefined, undefined, codeCacheArgs(folder));
    try {
      const uri = 'file:///work/cached.runbook.yaml';
      await client.open(uri, text);
      const diagnostics = await client.diagnosticsFor(uri);
      return diagnostics.map((d) => `${String(d.code)} ${messageOf(d)}`);
    } finally {
      // Writing the cache runs in the exit event: it must never keep the server from exiting.
      assert.ok(await client.stop(EXIT_GRACE_MS), 'the server did not exit when asked');
    }
  }

  const cacheFiles = () => readdirSync(folder).filter((name) => name.endsWith('.v8cache'));

  it('is written by the first start, used as it is by the next, and changes no diagnostic', async () => {
    const first = await oneStart();
    assert.ok(
      first.some((line) => line.startsWith('unknown-step')),
      first.join('\n'),
    );
    const [file] = cacheFiles();
    assert.ok(file, `no cache file in ${folder}: ${readdirSync(folder).join(', ')}`);
    const written = readFileSync(join(folder, file));
    assert.ok(written.length > 0);
    assert.deepEqual(await oneStart(), first);
    // V8 accepted it: the second start had nothing to write.
    assert.deepEqual(cacheFiles(), [file]);
    assert.ok(readFileSync(join(folder, file)).equals(written));
  });

  it('keeps one for the bundle required on first use too, written by the first start that needs it', async () => {
    await oneStart();
    const [main] = cacheFiles();
    const contents = () => cacheFiles().map((name) => readFileSync(join(folder, name)));
    // A syntax error is read by the yaml package, in dist/server-on-first-use.js.
    const broken = await oneStart(SYNTAX_ERROR);
    assert.ok(
      broken.some((line) => line.startsWith('yaml-syntax')),
      broken.join('\n'),
    );
    assert.equal(cacheFiles().length, 2, cacheFiles().join(', '));
    assert.ok(cacheFiles().includes(main));
    const written = contents();
    // Both are used as they are, whether the next start needs that bundle or not.
    assert.deepEqual(await oneStart(SYNTAX_ERROR), broken);
    await oneStart();
    assert.deepEqual(contents(), written);
  });

  it('replaces a cache V8 refuses (damaged, cut short) and one of another build', async () => {
    const first = await oneStart();
    const [file] = cacheFiles();
    const good = readFileSync(join(folder, file));
    const stale = 'server-0123456789abcdef.v8cache';
    writeFileSync(join(folder, stale), good);
    for (const damaged of [Buffer.alloc(good.length, 0x5a), good.subarray(0, good.length >> 1)]) {
      writeFileSync(join(folder, file), damaged);
      assert.deepEqual(await oneStart(), first);
      const rewritten = readFileSync(join(folder, file));
      assert.ok(!rewritten.equals(damaged), 'the refused cache was not written again');
      assert.deepEqual(cacheFiles(), [file], 'the other build’s cache is still there');
    }
  });

  it('is only a saving: a folder that cannot be made costs the server nothing', async () => {
    const first = await oneStart();
    // A file where the folder should be: the cache can be neither read nor written.
    rmSync(folder, { recursive: true, force: true });
    writeFileSync(folder, 'not a folder');
    assert.deepEqual(await oneStart(), first);
    assert.equal(readFileSync(folder, 'utf8'), 'not a folder');
  });
});
