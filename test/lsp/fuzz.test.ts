import { strict as assert } from 'node:assert';
import { fuzzServer, reportText, WITNESS_TEXT, WITNESS_URI } from '../fuzz/fuzz-run';
import { LspClient, REPO_ROOT } from './lsp-client';

// The smoke run of `npm run fuzz` through the server: every request on a sample of nodes of each
// generated file, then a hover on another document. Fixed seed; the bound guards against a hang.
describe('LSP: fuzz', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({}, undefined, { now: '2026-07-01T12:00:00Z' });
    await client.open(WITNESS_URI, WITNESS_TEXT);
    assert.deepEqual(await client.diagnosticsFor(WITNESS_URI), []);
  });
  after(async () => client?.stop());

  it('answers every request on 150 generated files and a hover after each', async function () {
    this.timeout(600_000);
    const report = await fuzzServer(client, {
      runs: 150,
      seed: 20261206,
      boundMs: 20_000,
      root: REPO_ROOT,
    });
    assert.ok(!report.failed, reportText(report));
    assert.equal(report.ran, 150);
  });
});
