import { strict as assert } from 'node:assert';
import {
  CompletionItemKind,
  InsertTextFormat,
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

describe('LSP: snippets where they belong', () => {
  let client: LspClient;
  let count = 0;
  // A pinned present: the snippets' window starts a week later at the next full hour in London.
  before(
    async () => (client = await LspClient.start({}, undefined, { now: '2026-12-06T18:40:00Z' })),
  );
  after(async () => client?.stop());

  async function snippetsAt(marked: string, name = `snippet-${++count}.runbook.yaml`) {
    const { text, position } = cursor(marked);
    const uri = `file:///work/${name}`;
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    const items = itemsOf(await client.completion(uri, position));
    return { text, snippets: items.filter((item) => item.kind === CompletionItemKind.Snippet) };
  }

  it('offers a whole runbook and announcement in an empty file, as snippets dated a week ahead', async () => {
    const { text, snippets } = await snippetsAt('run|');
    assert.deepEqual(
      snippets.map((item) => item.label),
      ['runbook', 'announcement'],
    );
    const runbook = snippets[0];
    assert.equal(runbook.insertTextFormat, InsertTextFormat.Snippet);
    const inserted = applyEdits(text, [runbook.textEdit as TextEdit]);
    assert.match(inserted, /^kind: runbook\nid: \$\{1:postgres-upgrade\}\n/);
    assert.match(inserted, /^ {2}start: \$\{4:2026-12-13 19:00\}$/m);
  });

  it('offers the step snippet on a new line of steps:, and nothing of the kind inside a step', async () => {
    const steps = 'kind: runbook\ntitle: T\nsteps:\n  - id: a\n    estimate: 5m\n';
    const { snippets } = await snippetsAt(`${steps}  |\n`);
    assert.deepEqual(
      snippets.map((item) => item.label),
      ['step'],
    );
    for (const marked of [`${steps}    |\n`, `${steps}    impact: |\n`, `${steps}ru|\n`]) {
      const inside = await snippetsAt(marked);
      assert.deepEqual(inside.snippets, [], marked);
    }
  });
});
