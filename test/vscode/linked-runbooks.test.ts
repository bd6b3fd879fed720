import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  describeDiagnostics,
  fixtureUri,
  hasCode,
  openWithDiagnostics,
  replaceText,
  waitForDiagnostics,
} from './helpers';

const ANNOUNCEMENT = 'linked/maintenance.announcement.yaml';
const RUNBOOK = 'linked/maintenance.runbook.yaml';

describe('VS Code: an announcement follows its linked runbook', () => {
  it("re-checks the announcement when the runbook is edited (unsaved), against the runbook's new estimate", async () => {
    const announcement = fixtureUri(ANNOUNCEMENT);
    const { diagnostics } = await openWithDiagnostics(announcement);
    assert.deepEqual(diagnostics, [], describeDiagnostics(diagnostics));

    const runbook = await vscode.workspace.openTextDocument(fixtureUri(RUNBOOK));
    await replaceText(runbook, 'estimate: 30m', 'estimate: 1h15m');
    const warned = await waitForDiagnostics(
      announcement,
      hasCode('window-shorter-than-planned'),
      'window-shorter-than-planned on the announcement after editing its runbook',
    );
    assert.equal(warned.length, 1, describeDiagnostics(warned));
    assert.equal(
      warned[0].message,
      "Window 2h is shorter than 2 × the runbook's estimate 1h 30m = 3h: it leaves only 30m for what the estimate misses.",
    );
    assert.equal(warned[0].severity, vscode.DiagnosticSeverity.Warning);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      announcement,
      warned[0].range,
      vscode.CodeActionKind.QuickFix.value,
    );
    assert.ok(
      actions.some((action) => action.title === 'Set length to 3h (2 × 1h 30m)'),
      actions.map((a) => a.title).join(', '),
    );

    await replaceText(runbook, 'estimate: 1h15m', 'estimate: 2h');
    await waitForDiagnostics(
      announcement,
      hasCode('window-shorter-than-estimate'),
      'window-shorter-than-estimate once the runbook needs more than the window',
    );

    await replaceText(runbook, 'estimate: 2h', 'estimate: 30m');
    await waitForDiagnostics(
      announcement,
      (found) => found.length === 0,
      'a clean announcement once the runbook is back',
    );
  });
});
