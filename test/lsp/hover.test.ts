import { strict as assert } from 'node:assert';
import { MarkupKind, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client';
import { cursor, range } from './text-helpers';

const RUNBOOK = `kind: runbook
title: Upgrade Postgres
steps:
  - id: backup
    title: Back up every database
    estimate: 30m
    impact: none
  - id: migrate
    estimate: 5m..10m
    needs: [backup, bakup]
# a comment
`;

/** Hovers at the `|` in a marked copy of RUNBOOK (the marker is placed by replacing `find`). */
function at(find: string, marked: string) {
  assert.ok(RUNBOOK.includes(find), `fixture holds ${find}`);
  return cursor(RUNBOOK.replace(find, marked)).position;
}

function markdown(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, MarkupKind.Markdown);
  return contents.value;
}

describe('LSP: hover', () => {
  let client: LspClient;
  const uri = 'file:///work/hover.runbook.yaml';
  before(async () => {
    client = await LspClient.start();
    await client.open(uri, RUNBOOK);
    await client.diagnosticsFor(uri);
  });
  after(async () => client?.stop());

  it('describes the step a needs entry names', async () => {
    const hover = await client.hover(uri, at('needs: [backup', 'needs: [bac|kup'));
    const value = markdown(hover);
    assert.match(value, /\*\*Step `backup`\*\* — Back up every database/);
    assert.match(value, /Estimate: 30m/);
    assert.deepEqual(hover?.range, range(9, 12, 9, 18));
  });

  it('describes a step on its own id, with what it waits for', async () => {
    const hover = await client.hover(uri, at('id: migrate', 'id: mig|rate'));
    const value = markdown(hover);
    assert.match(value, /\*\*Step `migrate`\*\*/);
    assert.match(value, /Estimate: 5m–10m/);
    assert.match(value, /After: `backup`/);
    assert.deepEqual(hover?.range, range(7, 8, 7, 15));
  });

  it('says when a needs entry names no step', async () => {
    const value = markdown(await client.hover(uri, at('bakup]', 'bak|up]')));
    assert.match(value, /No step has the id `bakup`/);
  });

  it('explains a key from the schema', async () => {
    const hover = await client.hover(uri, at('    estimate: 30m', '    esti|mate: 30m'));
    assert.match(markdown(hover), /^\*\*estimate\*\*: How long the step takes/);
    assert.deepEqual(hover?.range, range(5, 4, 5, 12));
  });

  it('lists the allowed values on an enum value', async () => {
    const hover = await client.hover(uri, at('impact: none', 'impact: no|ne'));
    const value = markdown(hover);
    assert.match(value, /\*\*impact\*\*/);
    assert.match(value, /Values: `none`, `degraded`, `read-only`, `outage`/);
    assert.deepEqual(hover?.range, range(6, 12, 6, 16));
  });

  it('gives nothing on a comment', async () => {
    assert.equal(await client.hover(uri, at('# a comment', '# a com|ment')), null);
  });

  it('refuses a document the server never saw with InvalidParams', async () => {
    await assert.rejects(
      client.hover('file:///work/never-opened.runbook.yaml', { line: 0, character: 0 }),
      {
        code: -32602,
        message: 'The server does not have file:///work/never-opened.runbook.yaml open.',
      },
    );
  });
});
