import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client';
import { range } from './text-helpers';

const RUNBOOK = `kind: runbook
title: Upgrade Postgres
window:
  start: 2099-11-13 17:00
  zone: Pacific/Auckland
  length: 2h
steps:
  - id: backup
    estimate: 15m..20m
  - id: upgrade
    estimate: 30m..40m
`;
const ANNOUNCEMENT = `kind: announcement
title: Scheduled maintenance
runbook: ./upgrade.runbook.yaml
start: 2099-11-13 17:00
zone: Pacific/Auckland
estimate: 1h
length: 2h
`;

/** `[line, character, title, command, arguments]` per lens: where it sits and what clicking does. */
function lensRows(
  lenses: CodeLens[] | null,
): Array<[number, number, string, string, unknown[] | undefined]> {
  return (lenses ?? []).map((lens) => [
    lens.range.start.line,
    lens.range.start.character,
    lens.command?.title ?? '(none)',
    lens.command?.command ?? '(none)',
    lens.command?.arguments,
  ]);
}

describe('LSP: code lenses', () => {
  let client: LspClient;
  let folder: string;
  before(async () => (client = await LspClient.start()));
  after(async () => client?.stop());
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'runbook-lens-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** Opens `text` as the file `name` in the temp folder (written to disk too, for links to find) and waits for its diagnostics. */
  async function open(name: string, text: string): Promise<string> {
    writeFileSync(join(folder, name), text);
    const uri = pathToFileURL(join(folder, name)).href;
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    return uri;
  }

  it('says it offers code lenses', () => {
    assert.ok(client.capabilities.codeLensProvider, JSON.stringify(client.capabilities));
  });

  it("puts the plan's sum over steps:, as a label", async () => {
    const uri = await open('upgrade.runbook.yaml', RUNBOOK);
    const lenses = await client.codeLenses(uri);
    assert.deepEqual(lensRows(lenses), [[6, 0, 'Σ 45m–1h × 2 = 2h · window 2h ✓', '', undefined]]);
    assert.deepEqual(lenses?.[0].range, range(6, 0, 6, 5));
  });

  it("follows an announcement's runbook: for the sum, and links the runbook's file", async () => {
    await open('upgrade.runbook.yaml', RUNBOOK);
    const uri = await open('notice.announcement.yaml', ANNOUNCEMENT);
    const target = pathToFileURL(join(folder, 'upgrade.runbook.yaml')).href;
    assert.deepEqual(lensRows(await client.codeLenses(uri)), [
      [2, 0, 'Σ 45m–1h × 2 = 2h · window 2h ✓', '', undefined],
      [2, 0, 'Open runbook ./upgrade.runbook.yaml', 'runbook.openLinkedRunbook', [target]],
    ]);
  });

  it("follows an edit to the linked runbook into the announcement's sum", async () => {
    const runbook = await open('upgrade.runbook.yaml', RUNBOOK);
    const uri = await open('notice.announcement.yaml', ANNOUNCEMENT);
    await client.change(runbook, RUNBOOK.replace('30m..40m', '1h30m'));
    // The announcement is checked again once its runbook changed: its new diagnostics say so.
    const [diagnostics] = await Promise.all([
      client.diagnosticsFor(uri),
      client.diagnosticsFor(runbook),
    ]);
    assert.ok(
      diagnostics.some((d) => d.code === 'window-shorter-than-planned'),
      JSON.stringify(diagnostics),
    );
    assert.equal(
      lensRows(await client.codeLenses(uri))[0][2],
      'Σ 1h 45m–1h 50m × 2 = 3h 40m · window 2h ✗ shorter than planned',
    );
  });

  it('says why, without a link, when the runbook is not there', async () => {
    const uri = await open(
      'notice.announcement.yaml',
      ANNOUNCEMENT.replace('./upgrade.runbook.yaml', './missing.runbook.yaml'),
    );
    const lenses = lensRows(await client.codeLenses(uri));
    assert.equal(lenses.length, 2, JSON.stringify(lenses));
    // Without the runbook, the announcement's own estimate is summed: around an error, so no ✓.
    assert.equal(lenses[0][2], 'Σ 1h × 2 = 2h · window 2h ○ 1 error');
    assert.match(lenses[1][2], /^Runbook \.\/missing\.runbook\.yaml: /);
    assert.equal(lenses[1][3], '');
  });

  it('offers no link from an unsaved announcement, which has no folder to resolve it in', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, ANNOUNCEMENT);
    await client.diagnosticsFor(uri);
    assert.ok(
      lensRows(await client.codeLenses(uri)).every(
        ([, , , command]) => command !== 'runbook.openLinkedRunbook',
      ),
    );
  });

  it('refuses a document the server never saw with InvalidParams', async () => {
    await assert.rejects(client.codeLenses('file:///work/never-opened.runbook.yaml'), {
      code: -32602,
      message: 'The server does not have file:///work/never-opened.runbook.yaml open.',
    });
  });
});
