import { strict as assert } from 'node:assert';
import {
  SymbolKind,
  type DocumentSymbol,
  type Range,
  type SymbolInformation,
} from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client';
import { range } from './text-helpers';

const RUNBOOK = `kind: runbook
title: Upgrade Postgres
steps:
  - id: backup
    title: Back up
    estimate: 30m
  - id: migrate
    estimate: 5m..10m
  - title: Tell users
rollback:
  deadline: 40m
`;

function documentSymbols(result: DocumentSymbol[] | SymbolInformation[] | null): DocumentSymbol[] {
  assert.ok(Array.isArray(result), 'a list of symbols');
  assert.ok(
    result.every((symbol) => 'selectionRange' in symbol),
    'hierarchical DocumentSymbols',
  );
  return result;
}

const before_ = (a: Range['start'], b: Range['start']) =>
  a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) =>
  before_(outer.start, inner.start) && before_(inner.end, outer.end);

describe('LSP: document symbols', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start()));
  after(async () => client?.stop());

  it('outlines top-level keys with the steps under steps', async () => {
    const uri = 'file:///work/symbols.runbook.yaml';
    await client.open(uri, RUNBOOK);
    await client.diagnosticsFor(uri);
    const symbols = documentSymbols(await client.documentSymbols(uri));
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind, s.detail]),
      [
        ['kind', SymbolKind.Property, undefined],
        ['title', SymbolKind.Property, undefined],
        ['steps', SymbolKind.Array, '3 steps'],
        ['rollback', SymbolKind.Property, undefined],
      ],
    );
    const steps = symbols[2];
    assert.deepEqual(
      steps.children?.map((s) => [s.name, s.kind, s.detail]),
      [
        ['backup', SymbolKind.Event, 'Back up · 30m'],
        ['migrate', SymbolKind.Event, '5m–10m'],
        ['step 3', SymbolKind.Event, 'Tell users'],
      ],
    );
    assert.deepEqual(steps.children?.[0].selectionRange, range(3, 8, 3, 14));
    assert.deepEqual(steps.selectionRange, range(2, 0, 2, 5));
  });

  it('keeps every selection range inside its range, as LSP requires', async () => {
    const uri = 'file:///work/symbols-ranges.runbook.yaml';
    await client.open(uri, RUNBOOK);
    await client.diagnosticsFor(uri);
    const walk = (symbols: DocumentSymbol[], parent?: DocumentSymbol): void => {
      for (const symbol of symbols) {
        assert.ok(
          contains(symbol.range, symbol.selectionRange),
          `${symbol.name}: selection inside range`,
        );
        if (parent)
          assert.ok(contains(parent.range, symbol.range), `${symbol.name} inside ${parent.name}`);
        walk(symbol.children ?? [], symbol);
      }
    };
    walk(documentSymbols(await client.documentSymbols(uri)));
  });

  it('gives an empty outline for a file that is not a mapping', async () => {
    const uri = 'file:///work/symbols-list.runbook.yaml';
    await client.open(uri, '- just\n- a list\n');
    await client.diagnosticsFor(uri);
    assert.deepEqual(await client.documentSymbols(uri), []);
  });

  it('follows edits', async () => {
    const uri = 'file:///work/symbols-edited.runbook.yaml';
    await client.open(uri, RUNBOOK);
    await client.diagnosticsFor(uri);
    await client.change(uri, RUNBOOK.replace('id: migrate', 'id: migrate-db'));
    await client.diagnosticsFor(uri);
    const steps = documentSymbols(await client.documentSymbols(uri))[2];
    assert.deepEqual(
      steps.children?.map((s) => s.name),
      ['backup', 'migrate-db', 'step 3'],
    );
  });
});
