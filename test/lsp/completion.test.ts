import { strict as assert } from 'node:assert';
import {
  CompletionItemKind,
  type CompletionItem,
  type CompletionList,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client';
import { applyEdits, cursor } from './text-helpers';

function itemsOf(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  assert.ok(result, 'a completion result');
  return Array.isArray(result) ? result : result.items;
}

describe('LSP: completion', () => {
  let client: LspClient;
  let count = 0;
  before(async () => (client = await LspClient.start()));
  after(async () => client?.stop());

  /** Opens the marked text as a new document and completes at its `|`. */
  async function completeAt(marked: string, name = `completion-${++count}.runbook.yaml`) {
    const { text, position } = cursor(marked);
    const uri = `file:///work/${name}`;
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    return { text, items: itemsOf(await client.completion(uri, position)) };
  }

  it('offers the keys a step may still have, replacing the word typed', async () => {
    const { text, items } = await completeAt(
      'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    estimate: 30m\n    imp|\n',
    );
    const labels = items.map((item) => item.label);
    assert.ok(labels.includes('impact'), labels.join());
    assert.ok(labels.includes('needs'), labels.join());
    assert.ok(
      !labels.includes('estimate') && !labels.includes('id'),
      'keys already written are left out',
    );
    const impact = items.find((item) => item.label === 'impact')!;
    assert.equal(impact.kind, CompletionItemKind.Property);
    assert.equal(
      applyEdits(text, [impact.textEdit as TextEdit]),
      'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    estimate: 30m\n    impact: \n',
    );
  });

  it('offers top-level keys of a runbook', async () => {
    const { items } = await completeAt('kind: runbook\ntitle: T\n|\nsteps: []\n');
    const labels = items.map((item) => item.label);
    for (const key of ['window', 'rollback', 'owner', 'safety_factor'])
      assert.ok(labels.includes(key), `${key} in ${labels.join()}`);
    assert.ok(
      !labels.includes('title') && !labels.includes('steps'),
      'keys already written are left out',
    );
  });

  it('offers enum values for impact', async () => {
    const { items } = await completeAt(
      'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    impact: |\n',
    );
    assert.deepEqual(
      items.map((item) => item.label),
      ['none', 'degraded', 'read-only', 'outage'],
    );
    assert.ok(items.every((item) => item.kind === CompletionItemKind.EnumMember));
  });

  it('offers the other steps ids inside needs', async () => {
    const marked =
      'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    title: Back up\n    estimate: 30m\n  - id: drain\n  - id: migrate\n    needs: [backup, |]\n';
    const { items } = await completeAt(marked);
    assert.deepEqual(
      items.map((item) => item.label),
      ['drain'],
      'neither the step itself nor an id already in needs',
    );
    assert.equal(items[0].kind, CompletionItemKind.Reference);
  });

  it('completes a partial id in needs with its title and estimate', async () => {
    const { text, items } = await completeAt(
      'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    title: Back up\n    estimate: 30m\n  - id: migrate\n    needs: [ba|]\n',
    );
    const backup = items.find((item) => item.label === 'backup');
    assert.ok(backup, items.map((item) => item.label).join());
    assert.equal(backup.detail, 'Back up');
    assert.match(JSON.stringify(backup.documentation), /Estimate: 30m/);
    assert.match(applyEdits(text, [backup.textEdit as TextEdit]), /needs: \[backup\]\n$/);
  });

  it('offers the kinds in a file that does not say what it is', async () => {
    const { items } = await completeAt('kind: |\n', 'untyped.yaml');
    assert.deepEqual(
      items.map((item) => item.label),
      ['runbook', 'announcement'],
    );
  });
});
