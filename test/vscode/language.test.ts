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
});
