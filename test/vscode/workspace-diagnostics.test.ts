import { strict as assert } from 'node:assert';
import { mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  describeDiagnostics,
  EXTENSION_ID,
  hasCode,
  repoPath,
  replaceText,
  waitForDiagnostics,
} from './helpers';

const runbookText = (estimate: string) =>
  `kind: runbook\ntitle: Upgrade\nwindow:\n  start: 2099-07-19 08:00\n  zone: Europe/London\n  length: 2h\nsteps:\n  - id: backup\n    estimate: 15m\n  - id: upgrade\n    estimate: ${estimate}\n`;
const announcementText = `kind: announcement\ntitle: Upgrade\nrunbook: ./up.runbook.yaml\nstart: 2099-07-19 08:00\nzone: Europe/London\nlength: 2h\n`;
const SHORT = 'window-shorter-than-planned';
const settings = () => vscode.workspace.getConfiguration('runbook');

describe('VS Code: the Problems panel lists closed files of the workspace (runbook.diagnostics.scope)', () => {
  // Inside the suite's workspace folder (examples/), in a git-ignored folder made for this suite.
  const scratch = () => repoPath('examples', '.tmp');
  const folder = () => path.join(scratch(), 'workspace-diagnostics');
  const announcement = () => vscode.Uri.file(path.join(folder(), 'up.announcement.yaml'));
  const runbook = () => vscode.Uri.file(path.join(folder(), 'up.runbook.yaml'));
  const isOpen = (uri: vscode.Uri) =>
    vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

  before(async () => {
    assert.ok(vscode.workspace.getWorkspaceFolder(announcement()), 'the suite opens examples/');
    rmSync(folder(), { recursive: true, force: true });
    mkdirSync(folder(), { recursive: true });
    // 15m + 1h15m doubled is 3h: the announcement's 2h window is short.
    writeFileSync(runbook().fsPath, runbookText('1h15m'));
    writeFileSync(announcement().fsPath, announcementText);
    // The files are there when the server starts and walks the workspace, as in a repository
    // opened in VS Code. (Here code-server's file watcher reports no change made on disk, so a
    // file made while the server runs is left to the protocol tests, test/lsp/workspace-diagnostics.)
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    await vscode.commands.executeCommand('runbook.restartServer');
  });
  after(async () => {
    await settings().update('diagnostics.scope', undefined, vscode.ConfigurationTarget.Global);
    rmSync(folder(), { recursive: true, force: true });
    try {
      rmdirSync(scratch());
    } catch {
      // Not empty: someone else's files are there too.
    }
  });

  it("shows a closed announcement's problem without opening it", async () => {
    const found = await waitForDiagnostics(
      announcement(),
      hasCode(SHORT),
      `${SHORT} on the closed announcement`,
    );
    assert.equal(found.length, 1, describeDiagnostics(found));
    assert.equal(isOpen(announcement()), false, 'the announcement was never opened');
  });

  it('updates the closed announcement when its runbook is edited and saved', async () => {
    const document = await vscode.workspace.openTextDocument(runbook());
    await replaceText(document, 'estimate: 1h15m', 'estimate: 30m');
    await waitForDiagnostics(
      announcement(),
      (found) => found.length === 0,
      'no problem on the closed announcement once its runbook needs 45m',
    );
    assert.ok(await document.save(), 'the runbook was saved');
    await replaceText(document, 'estimate: 30m', 'estimate: 1h15m');
    await waitForDiagnostics(
      announcement(),
      hasCode(SHORT),
      `${SHORT} on the closed announcement again`,
    );
    assert.ok(await document.save(), 'the runbook was saved');
    assert.equal(isOpen(announcement()), false, 'the announcement was never opened');
  });

  it('with openFiles clears the closed files’ problems, and workspace brings them back', async () => {
    await settings().update('diagnostics.scope', 'openFiles', vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(
      announcement(),
      (found) => found.length === 0,
      'the closed announcement cleared under openFiles',
    );
    await settings().update('diagnostics.scope', undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(
      announcement(),
      hasCode(SHORT),
      `${SHORT} on the closed announcement once the whole workspace is checked again`,
    );
  });
});
