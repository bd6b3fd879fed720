import { strict as assert } from 'node:assert';
import {
  CompletionItemKind,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client';
import { applyEdits, cursor } from './text-helpers';

/** A runbook whose window starts on 19 July 2099 at 08:00 in `zone`, with the given lines after it. */
function runbook(zoneLine: string, ...more: string[]): string {
  return [
    'kind: runbook',
    'title: T',
    'window:',
    '  start: 2099-07-19 08:00',
    `  ${zoneLine}`,
    '  length: 1h',
    ...more,
    'steps: []',
    '',
  ].join('\n');
}

function listOf(result: CompletionItem[] | CompletionList | null): CompletionList {
  assert.ok(result && !Array.isArray(result), 'a CompletionList');
  return result;
}

describe('LSP: completion of zone names', () => {
  let client: LspClient;
  let count = 0;
  before(async () => (client = await LspClient.start()));
  after(async () => client?.stop());

  async function completeAt(marked: string) {
    const { text, position } = cursor(marked);
    const uri = `file:///work/zones-${++count}.runbook.yaml`;
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    return { text, list: listOf(await client.completion(uri, position)) };
  }

  it("offers the zones that fit what is typed, each with its offset at the window's start", async () => {
    const { text, list } = await completeAt(runbook('zone: Tok|'));
    // The server filters zone names itself, so the editor must ask again as the word grows.
    assert.equal(list.isIncomplete, true);
    const [tokyo] = list.items;
    assert.equal(tokyo.label, 'Asia/Tokyo');
    assert.equal(tokyo.kind, CompletionItemKind.Value);
    assert.equal(tokyo.detail, '+09:00 JST');
    assert.equal(tokyo.filterText, 'Tok');
    assert.equal(applyEdits(text, [tokyo.textEdit as TextEdit]), runbook('zone: Asia/Tokyo'));
    assert.deepEqual(
      list.items.map((item) => item.sortText),
      [...list.items.map((item) => item.sortText)].sort(),
      'sortText keeps the server order',
    );
  });

  it('puts the zones an abbreviation may mean first', async () => {
    const { list } = await completeAt(runbook('zone: BST|'));
    assert.deepEqual(
      list.items.map((item) => item.label),
      ['Europe/London', 'Asia/Dhaka', 'Pacific/Bougainville'],
    );
    const london = list.items[0];
    assert.equal(
      (london.documentation as MarkupContent).value,
      'BST: British Summer Time (+01:00)',
    );
    assert.equal(london.detail, '+01:00 BST');
  });

  it('offers every zone in an audience { zone } entry, at the window instant', async () => {
    const { list } = await completeAt(
      runbook('zone: Europe/London', 'audience:', '  - { label: Tokyo, zone: | }'),
    );
    assert.ok(list.items.length > 400, `${list.items.length} zones`);
    const detail = (label: string) => list.items.find((item) => item.label === label)?.detail;
    assert.equal(detail('Asia/Tokyo'), '+09:00 JST');
    assert.equal(detail('America/New_York'), '-04:00 EDT');
    assert.equal(detail('Asia/Kathmandu'), '+05:45');
  });

  it('leaves other completions to the editor to filter', async () => {
    const { list } = await completeAt(
      'kind: runbook\ntitle: T\nsteps:\n  - id: a\n    impact: |\n',
    );
    assert.equal(list.isIncomplete, false);
    assert.deepEqual(
      list.items.map((item) => item.label),
      ['none', 'degraded', 'read-only', 'outage'],
    );
  });
});
