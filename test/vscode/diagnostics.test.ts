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
});
