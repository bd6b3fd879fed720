import { strict as assert } from 'node:assert';
import { LspClient } from './lsp-client';
import { positionAt, range } from './text-helpers';

/** Seed 003's runbook: three phases estimated as ranges, from Monday 10:00 in Los Angeles. */
const SEED_003 = `kind: runbook
title: Move the Metrics databases to a new schema
window:
  start: 2017-04-10 10:00
  zone: America/Los_Angeles
  length: 25h
safety_factor: 1
steps:
  - id: copy-databases
    estimate: 30m..1h
  - id: convert-schema
    estimate: 6h..12h
  - id: catch-up
    estimate: 6h..12h
`;
const WHOLE = range(0, 0, 100, 0);

describe('LSP: step inlay hints', () => {
  let client: LspClient;
  let uri: string;
  before(async () => {
    client = await LspClient.start();
    uri = 'file:///work/seed-003.runbook.yaml';
    await client.open(uri, SEED_003);
    await client.diagnosticsFor(uri);
  });
  after(async () => client?.stop());
  afterEach(async () => {
    client.settings = {};
    await client.configurationChanged();
  });

  const labels = async () => (await client.inlayHints(uri, WHOLE))?.map((hint) => hint.label);

  it("puts T+ after each step id, in place, after the window start's UTC hint", async () => {
    const hints = await client.inlayHints(uri, WHOLE);
    assert.deepEqual(
      hints?.map((hint) => hint.label),
      ['→ 17:00 UTC', 'T+0:00', 'T+0:30..1:00', 'T+6:30..13:00'],
    );
    const after = SEED_003.indexOf('catch-up') + 'catch-up'.length;
    assert.deepEqual(hints?.[3].position, positionAt(SEED_003, after));
    assert.equal(
      hints?.[3].tooltip,
      'Starts T+6:30..13:00 after the window opens (16:30..23:00 in America/Los_Angeles), runs 6h–12h, ends T+12:30..25:00. On the critical path.',
    );
  });

  it('leaves the step hints out with runbook.inlayHints.steps off, and every hint with runbook.inlayHints.enabled off', async () => {
    client.settings = { inlayHints: { steps: false } };
    await client.configurationChanged();
    assert.deepEqual(await labels(), ['→ 17:00 UTC']);
    client.settings = { inlayHints: { enabled: false, steps: true } };
    await client.configurationChanged();
    assert.deepEqual(await labels(), []);
  });
});
