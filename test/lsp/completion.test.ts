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

  it('says a short list of step ids is complete', async () => {
    const { text, position } = cursor(
      'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n  - id: drain\n  - id: migrate\n    needs: [|]\n',
    );
    const uri = 'file:///work/completion-short-needs.runbook.yaml';
    await client.open(uri, text);
    const list = (await client.completion(uri, position)) as CompletionList;
    assert.deepEqual(
      [list.isIncomplete, list.items.map((item) => item.label)],
      [false, ['drain', 'backup']],
    );
  });

  it('offers a bounded list of step ids in a 10,000-step runbook, filtered, and incomplete', async () => {
    const steps = Array.from({ length: 10_000 }, (_, i) => `  - id: step-${i}\n    estimate: 5m\n`);
    const head = `kind: runbook\ntitle: T\nsteps:\n${steps.join('')}  - id: last\n    needs: [`;
    const uri = 'file:///work/completion-10k.runbook.yaml';
    await client.open(uri, `${head}]\n`);
    const position = { line: head.split('\n').length - 1, character: '    needs: ['.length };
    const all = (await client.completion(uri, position)) as CompletionList;
    assert.equal(all.isIncomplete, true);
    assert.ok(all.items.length > 0 && all.items.length <= 200, `${all.items.length} items`);
    assert.equal(all.items[0].label, 'step-9999', 'the nearest step first');
    // The user types `step-42`: the editor asks again, and the list follows the word.
    await client.change(uri, `${head}step-42]\n`);
    const typed = (await client.completion(uri, {
      line: position.line,
      character: position.character + 'step-42'.length,
    })) as CompletionList;
    assert.ok(typed.items.length <= 200, `${typed.items.length} items`);
    assert.equal(typed.isIncomplete, true, '111 ids start with step-42');
    assert.deepEqual(
      typed.items.slice(0, 3).map((item) => item.label),
      ['step-42', 'step-4299', 'step-4298'],
      'the id written in full, then those that start with it, nearest first',
    );
    assert.ok(typed.items.every((item) => item.label.startsWith('step-42')));
    assert.match(
      applyEdits(`${head}step-42]\n`, [typed.items[0].textEdit as TextEdit]),
      /needs: \[step-42\]\n$/,
    );
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
