import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { codeCacheArgs } from '../../src/protocol/server-process';
import { LspClient, REPO_ROOT } from './lsp-client';
import { messageOf } from './text-helpers';

// What keeps the server's start-up short: the schemas' validators are compiled by the build
// (scripts/build/schema-validators.mjs), so the server never runs Ajv's compiler, which cost
// about 100 ms before the first diagnostics. An error message of Ajv's compiler marks its code.
const AJV_COMPILER_MARK = 'schema with key or id';

// And the `yaml` package, which reads only what the fast path refuses, is a bundle of its own
// (src/server/on-first-use.ts), required when a text first needs it. A message of its parser
// marks its code.
const YAML_PARSER_MARK = 'Implicit keys need to be on a single line';
const SPLIT_BUNDLE = 'dist/server-on-first-use.js';

const readDist = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

const SYNTAX_ERROR =
  'kind: runbook\ntitle: a: b\nsteps: []\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 12h }\n';

describe('the built server bundle', () => {
  it('carries the compiled schema validators, not the schema compiler', () => {
    const bundle = readDist('dist/server-main.js');
    assert.ok(!bundle.includes(AJV_COMPILER_MARK), "dist/server-main.js holds Ajv's compiler");
  });

  it('leaves the yaml package to a bundle of its own, which the .vsix ships', () => {
    assert.ok(!readDist('dist/server-main.js').includes(YAML_PARSER_MARK));
    assert.ok(readDist(SPLIT_BUNDLE).includes(YAML_PARSER_MARK));
    // .vscodeignore is an allowlist: a bundle it does not name is left out of the package.
    const shipped = readDist('.vscodeignore').split('\n');
    assert.ok(shipped.includes(`!${SPLIT_BUNDLE}`), `.vscodeignore leaves out ${SPLIT_BUNDLE}`);
  });

  it('reads a text with a YAML syntax error through that bundle, with no code cache, a new one and the one written', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'runbook-split-'));
    try {
      for (const args of [[], codeCacheArgs(folder), codeCacheArgs(folder)]) {
        const client = await LspClient.start({}, undefined, undefined, args);
        try {
          const uri = 'file:///work/syntax.runbook.yaml';
          await client.open(uri, SYNTAX_ERROR);
          const [diagnostic] = await client.diagnosticsFor(uri);
          assert.equal(diagnostic?.code, 'yaml-syntax', `with ${args.join(' ') || 'no cache'}`);
          assert.match(messageOf(diagnostic), /Nested mappings/);
        } finally {
          assert.ok(await client.stop(60_000), 'the server did not exit when asked');
        }
      }
      // The second start wrote a cache for each bundle, and the third found them.
      assert.equal(readdirSync(folder).filter((name) => name.endsWith('.v8cache')).length, 2);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
