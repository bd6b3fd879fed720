import { strict as assert } from 'node:assert';
import {
  CompletionItemKind,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
  type Position,
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

  it('offers every zone in an audience { zone } entry, at the window instant: a few described at once, the rest while the server is idle', async () => {
    const marked = runbook('zone: Europe/London', 'audience:', '  - { label: Tokyo, zone: | }');
    const { list } = await completeAt(marked);
    assert.ok(list.items.length > 400, `${list.items.length} zones`);
    // Describing ~450 zones for the first time costs Intl data the server then keeps: the first
    // ask describes the zones it ranks first, and the editor asks again as the word grows.
    assert.equal(list.isIncomplete, true);
    assert.equal(list.items[0].detail, '+00:00 GMT', list.items[0].label);
    assert.ok(
      list.items.some((item) => item.detail === undefined),
      'not every zone described at the first ask',
    );
    const { position } = cursor(marked);
    const uri = `file:///work/zones-${count}.runbook.yaml`;
    const described = await describedList(uri, position);
    const detail = (label: string) => described.items.find((item) => item.label === label)?.detail;
    assert.equal(detail('Asia/Tokyo'), '+09:00 JST');
    assert.equal(detail('America/New_York'), '-04:00 EDT');
    assert.equal(detail('Asia/Kathmandu'), '+05:45');
  });

  /** Asks again until every zone has its detail (the server describes them while idle), or fails at the deadline. */
  async function describedList(uri: string, position: Position): Promise<CompletionList> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const list = listOf(await client.completion(uri, position));
      if (list.items.every((item) => item.detail !== undefined)) return list;
      if (Date.now() > deadline) assert.fail('zones still without their offset after 60 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

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
