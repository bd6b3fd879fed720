import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './lsp-client';

// What keeps the server's start-up short: the schemas' validators are compiled by the build
// (scripts/build/schema-validators.mjs), so the server never runs Ajv's compiler, which cost
// about 100 ms before the first diagnostics. An error message of Ajv's compiler marks its code.
const AJV_COMPILER_MARK = 'schema with key or id';

describe('the built server bundle', () => {
  it('carries the compiled schema validators, not the schema compiler', () => {
    const bundle = readFileSync(path.join(REPO_ROOT, 'dist/server-main.js'), 'utf8');
    assert.ok(!bundle.includes(AJV_COMPILER_MARK), "dist/server-main.js holds Ajv's compiler");
  });
});
