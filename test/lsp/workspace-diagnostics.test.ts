import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { announcementText as linkedAnnouncement, codes, runbookText, SHORT } from './linked-texts';
import { LspClient } from './lsp-client';

const announcementText = linkedAnnouncement('./up.runbook.yaml');

describe('LSP: closed files in the workspace folders are checked (runbook.diagnostics.scope)', () => {
  let root: string;
  let ws: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(join(ws, name)).toString();

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'runbook-lsp-workspace-'));
    ws = join(root, 'ws');
    mkdirSync(join(ws, 'ops', 'node_modules'), { recursive: true });
    // 15m + 1h15m = 1h30m, doubled 3h: the announcement's 2h window is too short.
    writeFileSync(join(ws, 'up.runbook.yaml'), runbookText('1h15m'));
    writeFileSync(join(ws, 'a.announcement.yaml'), announcementText);
    writeFileSync(join(ws, 'ops', 'typo.runbook.yaml'), 'kind: runbook\ntitel: x\n');
    // Dependencies are not the user's files, and `.runbookignore` leaves files out as for `runbook lint`.
    writeFileSync(join(ws, 'ops', 'node_modules', 'dep.runbook.yaml'), 'kind: runbook\ntitel: x\n');
    writeFileSync(join(ws, '.runbookignore'), 'ignored.runbook.yaml\n');
    writeFileSync(join(ws, 'ignored.runbook.yaml'), 'kind: runbook\ntitel: x\n');
    client = await LspClient.start({}, [pathToFileURL(ws).toString()]);
  });
  after(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('publishes the problems of files that were never opened, nested folders included', async () => {
    assert.deepEqual(
      codes(await client.diagnosticsUntil(uri('a.announcement.yaml'), (d) => d.length > 0)),
      [SHORT],
    );
    const typo = await client.diagnosticsUntil(uri('ops/typo.runbook.yaml'), (d) => d.length > 0);
    assert.ok(codes(typo).length > 0);
  });

  it('leaves out what .runbookignore lists, also when it changes on disk, but checks it while open', async () => {
    const ignored = uri('ignored.runbook.yaml');
    await client.filesChanged([{ uri: ignored, type: FileChangeType.Changed }]);
    await client.open(ignored, 'kind: runbook\ntitel: x\n');
    assert.ok((await client.diagnosticsFor(ignored)).length > 0);
    // Closing clears it; the file on disk is not checked again.
    assert.deepEqual(await client.close(ignored), []);
    // A later file's publication comes after anything the close could have caused.
    const typo = uri('ops/typo.runbook.yaml');
    client.expectDiagnostics(typo);
    await client.filesChanged([{ uri: typo, type: FileChangeType.Changed }]);
    await client.diagnosticsFor(typo);
    assert.equal(client.publicationsQueued(ignored), 0);
    assert.equal(client.publicationsQueued(uri('ops/node_modules/dep.runbook.yaml')), 0);
  });

  it('checks a file made after the walk when the watcher reports it', async () => {
    mkdirSync(join(ws, '.tmp', 'later'), { recursive: true });
    const made = uri('.tmp/later/made.announcement.yaml');
    writeFileSync(
      join(ws, '.tmp', 'later', 'made.announcement.yaml'),
      'kind: announcement\ntitel: x\n',
    );
    client.expectDiagnostics(made);
    await client.filesChanged([{ uri: made, type: FileChangeType.Created }]);
    assert.ok((await client.diagnosticsUntil(made, (d) => d.length > 0)).length > 0);
  });

  it('updates a closed announcement when its runbook changes on disk (didChangeWatchedFiles)', async () => {
    const announcement = uri('a.announcement.yaml');
    writeFileSync(join(ws, 'up.runbook.yaml'), runbookText('30m'));
    client.expectDiagnostics(announcement);
    await client.filesChanged([{ uri: uri('up.runbook.yaml'), type: FileChangeType.Changed }]);
    assert.deepEqual(await client.diagnosticsUntil(announcement, (d) => d.length === 0), []);
  });

  it('updates a closed announcement while its open runbook is edited, and from disk again when it closes', async () => {
    const announcement = uri('a.announcement.yaml');
    const runbook = uri('up.runbook.yaml');
    await client.open(runbook, runbookText('30m'));
    client.expectDiagnostics(announcement);
    await client.change(runbook, runbookText('1h15m'));
    assert.deepEqual(codes(await client.diagnosticsUntil(announcement, (d) => d.length > 0)), [
      SHORT,
    ]);
    client.expectDiagnostics(announcement);
    // Closed unsaved: the disk says 30m again.
    await client.close(runbook);
    assert.deepEqual(await client.diagnosticsUntil(announcement, (d) => d.length === 0), []);
  });

  it('gives an open file one set of problems, the editor’s, and its disk ones once it closes', async () => {
    const announcement = uri('a.announcement.yaml');
    // The editor's text says 1h30m, not the runbook's 2h; the file on disk says 2h.
    const edited = announcementText.replace('length: 2h', 'length: 1h30m');
    await client.open(announcement, edited);
    const open = await client.publicationFor(announcement);
    assert.equal(open.version, 1, 'published for the open version, not for the file on disk');
    assert.deepEqual(codes(open.diagnostics), ['announcement-runbook-mismatch']);
    assert.deepEqual(await client.close(announcement), [], 'closing clears the editor’s problems');
    // Then the workspace pass reads the file on disk.
    const disk = await client.publicationFor(announcement);
    assert.equal(disk.version, undefined);
    assert.deepEqual(disk.diagnostics, []);
  });

  it('clears a deleted file’s problems', async () => {
    const typo = uri('ops/typo.runbook.yaml');
    client.expectDiagnostics(typo);
    rmSync(join(ws, 'ops', 'typo.runbook.yaml'));
    await client.filesChanged([{ uri: typo, type: FileChangeType.Deleted }]);
    assert.deepEqual(await client.diagnosticsFor(typo), []);
  });

  it('with openFiles clears the closed files’ problems and checks only what is open', async () => {
    const announcement = uri('a.announcement.yaml');
    writeFileSync(join(ws, 'up.runbook.yaml'), runbookText('1h15m'));
    client.expectDiagnostics(announcement);
    await client.filesChanged([{ uri: uri('up.runbook.yaml'), type: FileChangeType.Changed }]);
    assert.deepEqual(codes(await client.diagnosticsUntil(announcement, (d) => d.length > 0)), [
      SHORT,
    ]);

    client.settings = { diagnostics: { scope: 'openFiles' } };
    client.expectDiagnostics(announcement);
    await client.configurationChanged();
    assert.deepEqual(await client.diagnosticsFor(announcement), []);

    // A closed file made now stays unchecked; an open one is checked as before.
    const made = uri('made.runbook.yaml');
    writeFileSync(join(ws, 'made.runbook.yaml'), 'kind: runbook\ntitel: x\n');
    client.expectDiagnostics(made);
    await client.filesChanged([{ uri: made, type: FileChangeType.Created }]);
    const opened = uri('opened.runbook.yaml');
    await client.open(opened, 'kind: runbook\ntitel: x\n');
    assert.ok((await client.diagnosticsFor(opened)).length > 0);
    await client.close(opened);
    assert.equal(client.publicationsQueued(made), 0, 'nothing published for the closed file');

    client.settings = {};
    await client.configurationChanged();
    assert.ok(
      (await client.diagnosticsUntil(made, (d) => d.length > 0)).length > 0,
      'workspace again: checked',
    );
  });
});
