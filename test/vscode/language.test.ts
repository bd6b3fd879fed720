import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { describeDiagnostics, fixtureUri, openWithDiagnostics } from './helpers';

describe('VS Code: language detection', () => {
  it('knows *.announcement.yml by its name', async () => {
    const { document, diagnostics } = await openWithDiagnostics(
      fixtureUri('notice.announcement.yml'),
    );
    assert.equal(document.languageId, 'runbook');
    assert.deepEqual(diagnostics, [], describeDiagnostics(diagnostics));
  });

  it('knows a file without the usual name by its first line `kind: runbook`', async () => {
    const { document, diagnostics } = await openWithDiagnostics(fixtureUri('maintenance-plan'));
    assert.equal(document.languageId, 'runbook');
    assert.deepEqual(diagnostics, [], describeDiagnostics(diagnostics));
  });

  it('knows an untitled document by its first line', async () => {
    const document = await vscode.workspace.openTextDocument({
      content: 'kind: runbook\ntitle: Draft\nsteps: []\n',
    });
    assert.equal(document.languageId, 'runbook');
  });

  it('indents runbooks by two spaces and suggests inside strings, as every example and snippet is written', async () => {
    const document = await vscode.workspace.openTextDocument({
      content: 'kind: runbook\ntitle: Draft\nsteps: []\n',
    });
    const editor = await vscode.window.showTextDocument(document);
    const settings = vscode.workspace.getConfiguration('editor', document);
    assert.equal(settings.get('tabSize'), 2);
    assert.equal(settings.get('insertSpaces'), true);
    assert.equal(settings.get('autoIndent'), 'keep');
    assert.deepEqual(settings.get('quickSuggestions'), {
      other: true,
      comments: false,
      strings: true,
    });
    // What the editor applies to this new document, not only what the settings say.
    assert.equal(editor.options.tabSize, 2);
    assert.equal(editor.options.insertSpaces, true);
    // Untitled and changed: revert first, or closing would ask whether to save.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
