import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { hoverText, labelOf, openUntitled } from './helpers';

const RUNBOOK = `kind: runbook
title: Upgrade the database
steps:
  - id: backup
    title: Back up every database
    estimate: 30m
  - id: migrate
    estimate: 5m..10m
    impact: outage
    needs: [backup]
`;

async function hoverAt(marked: string): Promise<string> {
  const { document, position } = await openUntitled(marked);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  return hoverText(hovers);
}

async function completionLabels(marked: string): Promise<string[]> {
  const { document, position } = await openUntitled(marked);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
  );
  return list.items.map(labelOf);
}

describe('VS Code: hover', () => {
  it('shows the step a needs entry names', async () => {
    const text = await hoverAt(RUNBOOK.replace('needs: [backup]', 'needs: [back|up]'));
    assert.match(text, /Step `backup`/);
    assert.match(text, /Back up every database/);
  });

  it("shows a key's description and allowed values", async () => {
    const text = await hoverAt(RUNBOOK.replace('impact: outage', 'imp|act: outage'));
    assert.match(text, /\*\*impact\*\*: What users feel/);
    assert.match(text, /`read-only`/);
  });
});

describe('VS Code: completion', () => {
  it('offers the keys a step does not have yet', async () => {
    const labels = await completionLabels(
      RUNBOOK.replace('    estimate: 30m\n', '    estimate: 30m\n    |\n'),
    );
    for (const key of ['impact', 'needs', 'run', 'verify', 'rollback'])
      assert.ok(labels.includes(key), `no ${key} in ${labels.join(', ')}`);
    for (const key of ['id', 'title', 'estimate'])
      assert.ok(!labels.includes(key), `${key} is already written but offered`);
  });

  it('offers the enum values of impact', async () => {
    const labels = await completionLabels(RUNBOOK.replace('impact: outage', 'impact: |'));
    for (const value of ['none', 'degraded', 'read-only', 'outage'])
      assert.ok(labels.includes(value), `no ${value} in ${labels.join(', ')}`);
  });

  it('offers the other steps in needs', async () => {
    const marked = `${RUNBOOK}  - id: verify\n    estimate: 5m\n    needs: [|]\n`;
    const labels = await completionLabels(marked);
    assert.ok(
      labels.includes('backup') && labels.includes('migrate'),
      `step ids missing from ${labels.join(', ')}`,
    );
    assert.ok(!labels.includes('verify'), 'a step is offered as its own dependency');
  });
});
