import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { announcementText, codes, runbookText, SHORT } from './linked-texts';
import { LspClient } from './lsp-client';
import { messageOf } from './text-helpers';

describe('LSP: announcements follow their linked runbook', () => {
  let root: string;
  let ws: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(join(ws, name)).toString();

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'runbook-lsp-links-'));
    ws = join(root, 'ws');
    mkdirSync(join(ws, 'ops'), { recursive: true });
    writeFileSync(join(root, 'outside.runbook.yaml'), runbookText('30m'));
    client = await LspClient.start({}, [pathToFileURL(ws).toString()]);
  });
  after(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('re-checks an announcement when its open runbook is edited, without waiting for a save', async () => {
    writeFileSync(join(ws, 'up.runbook.yaml'), runbookText('30m'));
    const announcement = uri('a.announcement.yaml');
    await client.open(announcement, announcementText('./up.runbook.yaml'));
    assert.deepEqual(
      await client.diagnosticsFor(announcement),
      [],
      'read from disk: 45m × 2 fits 2h',
    );
    client.expectDiagnostics(announcement);
    await client.open(uri('up.runbook.yaml'), runbookText('30m'));
    assert.deepEqual(await client.diagnosticsFor(announcement), []);

    client.expectDiagnostics(announcement);
    await client.change(uri('up.runbook.yaml'), runbookText('1h15m'));
    const warned = await client.diagnosticsUntil(announcement, (d) => codes(d).includes(SHORT));
    assert.deepEqual(codes(warned), [SHORT]);
    assert.equal(
      messageOf(warned[0]),
      "Window 2h is shorter than 2 × the runbook's estimate 1h 30m = 3h: it leaves only 30m for what the estimate misses.",
    );
    // The quick fix is computed from the new runbook too: nothing is served from the old analysis.
    const actions = await client.codeActions(announcement, warned[0].range, warned);
    assert.deepEqual(
      actions?.map((a) => a.title),
      ['Set length to 3h (2 × 1h 30m)'],
    );

    client.expectDiagnostics(announcement);
    await client.change(uri('up.runbook.yaml'), runbookText('45m'));
    assert.deepEqual(
      await client.diagnosticsUntil(announcement, (d) => !codes(d).includes(SHORT)),
      [],
    );
  });

  it('goes back to the file on disk when the runbook is closed unsaved', async () => {
    const announcement = uri('a.announcement.yaml');
    client.expectDiagnostics(announcement);
    await client.change(uri('up.runbook.yaml'), runbookText('2h'));
    await client.diagnosticsUntil(announcement, (d) =>
      codes(d).includes('window-shorter-than-estimate'),
    );
    client.expectDiagnostics(announcement);
    await client.close(uri('up.runbook.yaml'));
    assert.deepEqual(await client.diagnosticsUntil(announcement, (d) => d.length === 0), []);
  });

  it('re-checks an announcement when its runbook changes on disk (workspace/didChangeWatchedFiles)', async () => {
    const announcement = uri('a.announcement.yaml');
    writeFileSync(join(ws, 'up.runbook.yaml'), runbookText('1h15m'));
    client.expectDiagnostics(announcement);
    await client.filesChanged([{ uri: uri('up.runbook.yaml'), type: FileChangeType.Changed }]);
    assert.deepEqual(codes(await client.diagnosticsUntil(announcement, (d) => d.length > 0)), [
      SHORT,
    ]);
    rmSync(join(ws, 'up.runbook.yaml'));
    client.expectDiagnostics(announcement);
    await client.filesChanged([{ uri: uri('up.runbook.yaml'), type: FileChangeType.Deleted }]);
    const gone = await client.diagnosticsUntil(announcement, (d) =>
      codes(d).includes('runbook-not-found'),
    );
    assert.equal(
      messageOf(gone[0]),
      'No file at "./up.runbook.yaml", relative to this announcement\'s folder.',
    );
    writeFileSync(join(ws, 'up.runbook.yaml'), runbookText('30m'));
    client.expectDiagnostics(announcement);
    await client.filesChanged([{ uri: uri('up.runbook.yaml'), type: FileChangeType.Created }]);
    assert.deepEqual(await client.diagnosticsUntil(announcement, (d) => d.length === 0), []);
    await client.close(announcement);
  });

  it('refuses a path outside the workspace, a folder and the announcement itself, each with its reason', async () => {
    const cases: Array<[string, string]> = [
      [
        '../outside.runbook.yaml',
        `"../outside.runbook.yaml" is outside the workspace folder ${ws}: only runbooks inside it are read.`,
      ],
      ['./ops', '"./ops" is a folder, not a runbook: name the *.runbook.yaml file in it.'],
      [
        './self.announcement.yaml',
        '"./self.announcement.yaml" is this announcement itself; `runbook:` names the runbook it announces.',
      ],
      [
        './upp.runbook.yaml',
        'No file at "./upp.runbook.yaml", relative to this announcement\'s folder. Did you mean ./up.runbook.yaml?',
      ],
    ];
    for (const [link, message] of cases) {
      const announcement = uri('self.announcement.yaml');
      await client.open(announcement, announcementText(link));
      const diagnostics = await client.diagnosticsFor(announcement);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity, messageOf(d)]),
        [['runbook-not-found', 1, message]],
        link,
      );
      assert.deepEqual(diagnostics[0].range, {
        start: { line: 2, character: 9 },
        end: { line: 2, character: 9 + link.length },
      });
      await client.close(announcement);
    }
  });

  it('judges links against the workspace folders as they change', async () => {
    const announcement = uri('wide.announcement.yaml');
    await client.open(announcement, announcementText('../outside.runbook.yaml'));
    assert.deepEqual(codes(await client.diagnosticsFor(announcement)), ['runbook-not-found']);
    const parent = pathToFileURL(root).toString();
    client.expectDiagnostics(announcement);
    await client.workspaceFoldersChanged([parent], []);
    assert.deepEqual(
      await client.diagnosticsUntil(announcement, (d) => d.length === 0),
      [],
      'inside the added folder',
    );
    client.expectDiagnostics(announcement);
    await client.workspaceFoldersChanged([], [parent]);
    assert.deepEqual(codes(await client.diagnosticsUntil(announcement, (d) => d.length > 0)), [
      'runbook-not-found',
    ]);
    await client.close(announcement);
  });

  it('says an unsaved announcement has nowhere to resolve its link from', async () => {
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, announcementText('./up.runbook.yaml'));
    assert.deepEqual((await client.diagnosticsFor(untitled)).map(messageOf), [
      'This announcement is not saved in a folder, so "./up.runbook.yaml" cannot be found relative to it: save it first.',
    ]);
    await client.close(untitled);
  });

  it('follows two announcements linking each other without looping', async () => {
    const [a, b] = [uri('x.announcement.yaml'), uri('y.announcement.yaml')];
    await client.open(a, announcementText('./y.announcement.yaml'));
    await client.open(b, announcementText('./x.announcement.yaml'));
    for (const [target, other] of [
      [a, 'y'],
      [b, 'x'],
    ]) {
      const expected = `"./${other}.announcement.yaml" is an announcement; \`runbook:\` names the runbook this announces.`;
      // x opened first, before y existed anywhere: its first word may be "No file"; y's opening re-checks it.
      const diagnostics = await client.diagnosticsUntil(target, (d) =>
        d.map(messageOf).includes(expected),
      );
      assert.deepEqual(diagnostics.map(messageOf), [expected]);
    }
    assert.ok(client.alive);
  });
});
