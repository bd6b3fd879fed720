import { strict as assert } from 'node:assert';
import { LspClient } from './lsp-client';
import { positionAt, range } from './text-helpers';

const ANNOUNCEMENT = `kind: announcement
title: Scheduled maintenance 19 July
start: 2015-07-19 08:00        # 8:00AM BST on Sunday
zone: Europe/London
length: 1h
audience: [Asia/Tokyo]
time_format: 12h
`;
const TOKYO =
  'kind: runbook\ntitle: T\nwindow:\n  start: 2099-07-19 05:00\n  end: 2099-07-19T09:00:00+09:00\n  zone: Asia/Tokyo\nsteps: []\n';
const WHOLE = range(0, 0, 100, 0);

describe('LSP: inlay hints', () => {
  let client: LspClient;
  let count = 0;
  before(async () => (client = await LspClient.start()));
  after(async () => client?.stop());

  async function open(text: string): Promise<string> {
    const uri = `file:///work/hints-${++count}.yaml`;
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    return uri;
  }

  it('says it offers inlay hints', () => {
    assert.ok(client.capabilities.inlayHintProvider, JSON.stringify(client.capabilities));
  });

  it("puts → 07:00 UTC just after seed 000's wall-clock start, before its comment", async () => {
    const uri = await open(ANNOUNCEMENT);
    const hints = await client.inlayHints(uri, WHOLE);
    const after = ANNOUNCEMENT.indexOf('2015-07-19 08:00') + '2015-07-19 08:00'.length;
    assert.deepEqual(hints, [
      {
        position: positionAt(ANNOUNCEMENT, after),
        label: '→ 07:00 UTC',
        tooltip: '2015-07-19 08:00 in Europe/London is 07:00 UTC.',
        paddingLeft: true,
      },
    ]);
  });

  it('adds the weekday when the UTC date differs, and leaves a time with an offset alone', async () => {
    const uri = await open(TOKYO);
    const hints = await client.inlayHints(uri, WHOLE);
    assert.deepEqual(
      hints?.map((hint) => [hint.label, hint.position]),
      [['→ Sat 20:00 UTC', { line: 3, character: 25 }]],
    );
  });

  it('answers for the asked range only', async () => {
    const uri = await open(ANNOUNCEMENT);
    assert.deepEqual(await client.inlayHints(uri, range(3, 0, 6, 0)), []);
    assert.equal((await client.inlayHints(uri, range(2, 0, 3, 0)))?.length, 1);
  });

  it('follows runbook.inlayHints.enabled, and asks the editor to refresh when settings change', async () => {
    const uri = await open(ANNOUNCEMENT);
    const refreshes = client.inlayHintRefreshes;
    client.settings = { inlayHints: { enabled: false } };
    await client.configurationChanged();
    assert.deepEqual(await client.inlayHints(uri, WHOLE), []);
    // The refresh request travels before the answer above on the same stream, so it has arrived.
    assert.equal(client.inlayHintRefreshes, refreshes + 1);
    client.settings = {};
    await client.configurationChanged();
    assert.deepEqual(
      (await client.inlayHints(uri, WHOLE))?.map((hint) => hint.label),
      ['→ 07:00 UTC'],
    );
  });

  it('refuses a document the server never saw with InvalidParams', async () => {
    await assert.rejects(client.inlayHints('file:///work/never-opened.runbook.yaml', WHOLE), {
      code: -32602,
      message: 'The server does not have file:///work/never-opened.runbook.yaml open.',
    });
  });
});
