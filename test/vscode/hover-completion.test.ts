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

describe('VS Code: snippets where they belong', () => {
  /** The snippet items at the marked place, with what each inserts. */
  async function snippetsAt(marked: string): Promise<vscode.CompletionItem[]> {
    const { document, position } = await openUntitled(marked);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      position,
    );
    return list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet);
  }

  it('offers a whole runbook and announcement in an empty file, dated a week ahead at the next full hour', async () => {
    const snippets = await snippetsAt('run|');
    assert.deepEqual(snippets.map(labelOf).sort(), ['announcement', 'runbook']);
    const runbook = snippets.find((item) => labelOf(item) === 'runbook')!;
    assert.ok(runbook.insertText instanceof vscode.SnippetString, 'inserted as a snippet');
    const start = /start: \$\{4:(\d{4}-\d\d-\d\d \d\d):00\}/.exec(runbook.insertText.value);
    assert.ok(start, runbook.insertText.value);
    // A week from now, give or take the hour it is rounded up to and a slow machine.
    const ahead = Date.parse(`${start[1].replace(' ', 'T')}:00Z`) - Date.now();
    assert.ok(ahead > 6 * 86_400_000 && ahead < 8 * 86_400_000, start[1]);
  });

  it('offers the step snippet only on a new line of steps:, and no snippet inside a step', async () => {
    const steps = RUNBOOK.replace('    estimate: 30m\n', '    estimate: 30m\n  |\n');
    assert.deepEqual((await snippetsAt(steps)).map(labelOf), ['step']);
    const inStep = RUNBOOK.replace('    estimate: 30m\n', '    estimate: 30m\n    |\n');
    assert.deepEqual((await snippetsAt(inStep)).map(labelOf), []);
    assert.deepEqual(
      (await snippetsAt(RUNBOOK.replace('impact: outage', 'impact: |'))).map(labelOf),
      [],
    );
  });
});
