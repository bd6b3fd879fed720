import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { RunbookApi } from '../../src/client/extension';
import {
  EXTENSION_ID,
  fixtureUri,
  nextDiagnostics,
  pollUntil,
  replaceText,
  waitForDiagnostics,
} from './helpers';

const SEED_003_SUM = 'Σ 12h 30m–1d 1h × 1 = 1d 1h · window 1d 1h ✓';

/** The server's lenses: the extension's own `▶ Run` lenses are tested in run.test.ts. */
const serverLenses = (lenses: vscode.CodeLens[]) =>
  lenses.filter((lens) => !lens.command?.title.startsWith('▶'));

async function lensesOf(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return serverLenses(
    await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri),
  );
}

const titles = (lenses: vscode.CodeLens[]) =>
  lenses.map((lens) => lens.command?.title ?? '(unresolved)');

/** What the extension's status bar item shows, read from the item itself through the extension's API. */
function statusBar(): ReturnType<RunbookApi['summaryStatus']> {
  const extension = vscode.extensions.getExtension<RunbookApi>(EXTENSION_ID);
  assert.ok(extension?.isActive, `${EXTENSION_ID} is active`);
  return extension.exports.summaryStatus();
}

/** Shows a document in an editor; the first time, once the server has published its diagnostics, so its answers are about this text. */
async function showAnalysed(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const open = vscode.workspace.textDocuments.some(
    (document) => document.uri.toString() === uri.toString(),
  );
  const published = open ? undefined : nextDiagnostics(uri, 'first diagnostics');
  const editor = await vscode.window.showTextDocument(uri);
  await published;
  return editor;
}

describe('VS Code: the plan (code lens, status bar)', () => {
  const runbook = fixtureUri('plan.runbook.yaml');
  const announcement = fixtureUri('plan.announcement.yaml');
  after(async () => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it("shows seed 003's sum over steps: as a code lens", async () => {
    await showAnalysed(runbook);
    const lenses = await lensesOf(runbook);
    assert.deepEqual(titles(lenses), [SEED_003_SUM]);
    assert.equal(lenses[0].range.start.line, 9, 'over `steps:`');
  });

  it("links an announcement's runbook: and opens it from the lens", async () => {
    await showAnalysed(announcement);
    const lenses = await lensesOf(announcement);
    assert.deepEqual(titles(lenses), [SEED_003_SUM, 'Open runbook ./plan.runbook.yaml']);
    const open = lenses[1].command!;
    assert.equal(open.command, 'runbook.openLinkedRunbook');
    await vscode.commands.executeCommand(open.command, ...((open.arguments ?? []) as unknown[]));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), runbook.toString());
  });

  it('shows the estimate and verdict in the status bar while a runbook is active, and hides it for other files', async () => {
    await showAnalysed(runbook);
    const shown = await pollUntil(
      () => statusBar(),
      (status) => status.visible && status.text.startsWith('$(watch) Σ 12h'),
      'the summary in the status bar',
    );
    assert.equal(shown.text, '$(watch) Σ 12h 30m–1d 1h × 1 = 1d 1h ✓');
    assert.match(shown.tooltip, /✓ The window \(1d 1h\) fits the plan/);
    const other = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'not a runbook',
    });
    await vscode.window.showTextDocument(other);
    await pollUntil(
      () => statusBar(),
      (status) => !status.visible,
      'the status bar item hidden',
    );
  });

  it('follows an edit that makes the window short', async () => {
    const editor = await showAnalysed(runbook);
    const published = nextDiagnostics(runbook, 'diagnostics after the edit');
    await replaceText(editor.document, 'length: 25h', 'length: 20h');
    await published;
    const status = await pollUntil(
      () => statusBar(),
      (s) => s.text.includes('✗'),
      'a short window in the status bar',
    );
    assert.equal(status.text, '$(watch) Σ 12h 30m–1d 1h × 1 = 1d 1h ✗ window 20h');
    await waitForDiagnostics(
      runbook,
      (d) => d.some((x) => x.code === 'window-shorter-than-estimate'),
      'window-shorter-than-estimate',
    );
    assert.deepEqual(titles(await lensesOf(runbook)), [
      'Σ 12h 30m–1d 1h × 1 = 1d 1h · window 20h ✗ shorter than the estimate',
    ]);
    // Leave the fixture as it is on disk.
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('gives no ✓ to a window that only fits a lower bound: ○ and the reason, T+? and T+≥ after the broken estimate', async () => {
    const editor = await showAnalysed(runbook);
    const published = nextDiagnostics(runbook, 'diagnostics after the edit');
    await replaceText(editor.document, 'estimate: 30m..1h', 'estimate: 30');
    await published;
    const reason =
      "lower bound: step `copy-databases` has no valid estimate; the plan's inputs have 1 error";
    const status = await pollUntil(
      () => statusBar(),
      (s) => s.text.includes('○'),
      'a lower bound in the status bar',
    );
    assert.match(status.text, /^\$\(watch\) Σ ≥ 12h–1d × 1 ≥ 1d ○ lower bound$/);
    assert.ok(status.tooltip.includes(`but that is no pass: ${reason}.`), status.tooltip);
    assert.doesNotMatch(status.tooltip, /✓/);
    const [lens] = await lensesOf(runbook);
    assert.equal(lens.command?.title, 'Σ ≥ 12h–1d × 1 ≥ 1d · window 1d 1h ○ lower bound');
    // The lens's tooltip carries the reason on the wire (test/lsp/plan-caveat.test.ts); VS Code's
    // vscode.executeCodeLensProvider hands commands back without their tooltip.
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      runbook,
      new vscode.Range(0, 0, editor.document.lineCount, 0),
    );
    const labels = hints.map((hint) => (typeof hint.label === 'string' ? hint.label : ''));
    assert.deepEqual(
      labels.filter((label) => label.startsWith('T+')),
      ['T+0:00', 'T+?', 'T+≥6:00'],
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
