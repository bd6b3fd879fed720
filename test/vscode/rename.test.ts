import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  describeDiagnostics,
  hoverText,
  nextDiagnostics,
  openUntitled,
  rangeOf,
  waitForDiagnostics,
} from './helpers';

const RUNBOOK = `kind: runbook
title: Upgrade the database
window:
  start: 2099-07-19 08:00
  zone: Europe/London
steps:
  - id: bac|kup
    estimate: 30m
  - id: migrate
    estimate: 5m
    needs: [backup]
  - id: check
    estimate: 5m
    needs: [migrate, backup]
`;

const clean = (diagnostics: vscode.Diagnostic[]) => diagnostics.length === 0;

describe('VS Code: step ids', () => {
  it('renames an id and every needs entry, and the document stays clean', async () => {
    const { document, position } = await openUntitled(RUNBOOK);
    await waitForDiagnostics(document.uri, clean, 'a clean runbook');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      document.uri,
      position,
      'snapshot',
    );
    const edits = edit.get(document.uri);
    assert.deepEqual(
      edits.map((e) => e.range),
      [0, 1, 2].map((i) => rangeOf(document, 'backup', i)),
    );
    const published = nextDiagnostics(document.uri, 'diagnostics after the rename');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.getText(), RUNBOOK.replace('|', '').replaceAll('backup', 'snapshot'));
    const after = await published;
    assert.deepEqual(after, [], describeDiagnostics(after));
    // The server has the new text: the last needs entry now names the renamed step.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      rangeOf(document, 'snapshot', 2).start,
    );
    assert.match(hoverText(hovers), /Step `snapshot`/);
  });

  it('refuses a new id that another step already has', async () => {
    const { document, position } = await openUntitled(RUNBOOK);
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          document.uri,
          position,
          'migrate',
        ),
      ),
      /already exists/,
    );
  });

  it('goes to the definition and finds the references of a step id', async () => {
    const { document } = await openUntitled(RUNBOOK);
    const need = rangeOf(document, 'backup', 1).start;
    const definitions = await vscode.commands.executeCommand<
      (vscode.Location | vscode.LocationLink)[]
    >('vscode.executeDefinitionProvider', document.uri, need);
    const targets = definitions.map((d) => ('targetRange' in d ? d.targetRange : d.range));
    assert.deepEqual(targets, [rangeOf(document, 'backup', 0)]);
    const references = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      need,
    );
    assert.deepEqual(
      references.map((r) => r.range).sort((a, b) => a.start.line - b.start.line),
      [0, 1, 2].map((i) => rangeOf(document, 'backup', i)),
    );
  });
});

describe('VS Code: outline', () => {
  it('lists the top-level keys and the steps with their details', async () => {
    const { document } = await openUntitled(RUNBOOK);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['kind', 'title', 'window', 'steps'],
    );
    const steps = symbols[3];
    assert.equal(steps.detail, '3 steps');
    assert.deepEqual(
      steps.children.map((s) => s.name),
      ['backup', 'migrate', 'check'],
    );
    assert.deepEqual(steps.children[0].selectionRange, rangeOf(document, 'backup', 0));
    assert.match(steps.children[1].detail, /5m/);
  });
});
