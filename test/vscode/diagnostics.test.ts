import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  describeDiagnostics,
  fixtureUri,
  hasCode,
  openUntitled,
  openWithDiagnostics,
  rangeOf,
  replaceText,
  waitForDiagnostics,
} from './helpers';

const CLEAN = `kind: runbook
title: Upgrade the database
window:
  start: 2099-07-19 08:00
  zone: Europe/London
steps:
  - id: backup
    estimate: 30m
  - id: migrate
    estimate: 5m..10m
    needs: [backup]
`;

describe('VS Code: diagnostics', () => {
  it('activates on a runbook file and reports unknown-step on the needs entry', async () => {
    const { document, diagnostics } = await openWithDiagnostics(
      fixtureUri('unknown-step.runbook.yaml'),
    );
    assert.equal(document.languageId, 'runbook');
    assert.ok(
      vscode.extensions.getExtension(EXTENSION_ID)?.isActive,
      'the extension did not activate',
    );
    assert.equal(diagnostics.length, 1, describeDiagnostics(diagnostics));
    const [unknown] = diagnostics;
    assert.equal(unknown.code, 'unknown-step');
    assert.equal(unknown.source, 'runbook');
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(unknown.range, rangeOf(document, 'bakup'));
    assert.match(unknown.message, /"bakup".*Did you mean "backup"/);
  });

  it('offers the closest step id as a quick fix', async () => {
    const uri = fixtureUri('unknown-step.runbook.yaml');
    await vscode.workspace.openTextDocument(uri); // already open after the test above; opened here when run alone
    const [unknown] = await waitForDiagnostics(uri, hasCode('unknown-step'), 'unknown-step');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      unknown.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((action) => action.title === 'Change to "backup"');
    assert.ok(fix, `no "Change to backup" among: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
  });

  it('reports schema on the offending value', async () => {
    const { document, diagnostics } = await openWithDiagnostics(fixtureUri('schema.runbook.yaml'));
    assert.deepEqual(
      diagnostics.map((d) => ({
        code: d.code,
        source: d.source,
        severity: d.severity,
        range: d.range,
      })),
      [
        {
          code: 'schema',
          source: 'runbook',
          severity: vscode.DiagnosticSeverity.Error,
          range: rangeOf(document, 'sometimes'),
        },
      ],
    );
    assert.match(diagnostics[0].message, /none|degraded|read-only|outage/);
  });

  it('follows WorkspaceEdits: an error appears, then goes when the edit is undone', async () => {
    const { document } = await openUntitled(CLEAN);
    assert.equal(document.languageId, 'runbook');
    await replaceText(document, 'needs: [backup]', 'needs: [bakup]');
    const broken = await waitForDiagnostics(
      document.uri,
      hasCode('unknown-step'),
      'unknown-step after the edit',
    );
    assert.deepEqual(
      broken.map((d) => d.range),
      [rangeOf(document, 'bakup')],
    );
    await replaceText(document, 'needs: [bakup]', 'needs: [backup]');
    await waitForDiagnostics(
      document.uri,
      (diagnostics) => diagnostics.length === 0,
      'a clean list after undoing the edit',
    );
  });

  it('checks the step being typed into, and keeps what the steps after it hold in place', async () => {
    const { document } = await openUntitled(CLEAN.replace('needs: [backup]', 'needs: [bakup]'));
    await waitForDiagnostics(document.uri, hasCode('unknown-step'), 'unknown-step');
    // A line typed at the end of the first step: the server checks that step again, alone.
    await replaceText(document, 'estimate: 30m', 'estimate: 30m\n    impact: sometimes');
    const after = await waitForDiagnostics(
      document.uri,
      hasCode('schema'),
      'schema on the line typed into the first step',
    );
    assert.deepEqual(
      after.map((d) => [d.code, d.range]),
      [
        ['schema', rangeOf(document, 'sometimes')],
        ['unknown-step', rangeOf(document, 'bakup')],
      ],
      describeDiagnostics(after),
    );
  });

  it('points a duplicate step id back at its first use', async () => {
    const { document } = await openUntitled(CLEAN);
    await replaceText(document, 'id: migrate', 'id: backup');
    const [duplicate] = await waitForDiagnostics(
      document.uri,
      hasCode('duplicate-step-id'),
      'duplicate-step-id',
    );
    assert.deepEqual(duplicate.range, rangeOf(document, 'backup', 1));
    assert.deepEqual(
      duplicate.relatedInformation?.map((r) => r.location.range),
      [rangeOf(document, 'backup', 0)],
    );
  });

  it('warns on a runbook without a window, and its quick fix writes one a week ahead', async () => {
    const { document } = await openUntitled(
      'kind: runbook\ntitle: Upgrade\nsteps:\n  - id: a\n    estimate: 5m\n',
    );
    const [missing] = await waitForDiagnostics(
      document.uri,
      hasCode('missing-window'),
      'missing-window',
    );
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(missing.range, rangeOf(document, 'kind'));
    const fixed = await applyQuickFix(document, missing, 'Add a window starting a week from now');
    assert.match(fixed, /^window:\n {2}start: \d{4}-\d\d-\d\d \d\d:00\n {2}zone: UTC\nsteps:/m);
    await waitForDiagnostics(document.uri, (found) => found.length === 0, 'clean after the fix');
  });

  it('warns on an announcement whose window cannot end, and its quick fix adds a length', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'runbook',
      content:
        'kind: announcement\ntitle: Rotation\nstart: 2099-07-19 08:00\nzone: Europe/London\n',
    });
    const [endless] = await waitForDiagnostics(
      document.uri,
      hasCode('window-without-end'),
      'window-without-end',
    );
    assert.equal(endless.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(endless.message, /no end/);
    const fixed = await applyQuickFix(
      document,
      endless,
      'Add length: 1h (a placeholder: set the length you plan)',
    );
    assert.match(fixed, /^zone: Europe\/London\nlength: 1h$/m);
    await waitForDiagnostics(document.uri, (found) => found.length === 0, 'clean after the fix');
  });
});

/** Applies the quick fix of that title, as the light bulb would, and returns the new text. */
async function applyQuickFix(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  title: string,
): Promise<string> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const fix = actions.find((action) => action.title === title);
  assert.ok(fix?.edit, `no "${title}" among: ${actions.map((a) => a.title).join(', ')}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit), title);
  return document.getText();
}
