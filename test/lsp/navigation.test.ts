import { strict as assert } from 'node:assert';
import {
  ErrorCodes,
  ResponseError,
  type Location,
  type Position,
} from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client';
import { applyEdits, cursor, editsFor, range } from './text-helpers';

const RUNBOOK = `kind: runbook
title: T
steps:
  - id: backup
    estimate: 30m
  - id: migrate
    estimate: 5m
    needs: [backup]
  - id: verify
    estimate: 5m
    needs: [backup, migrate]
window: { start: 2099-07-19 08:00, zone: UTC, length: 12h }
`;

/** The position of the `|` placed by replacing `find` in RUNBOOK with `marked`. */
function at(find: string, marked: string): Position {
  assert.ok(RUNBOOK.includes(find), `fixture holds ${find}`);
  return cursor(RUNBOOK.replace(find, marked)).position;
}

/** Asserts that a request is refused with a ResponseError whose message matches. */
async function assertRefused(request: Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(request, (error: unknown) => {
    assert.ok(error instanceof ResponseError, `a ResponseError, got ${String(error)}`);
    assert.equal(error.code, ErrorCodes.InvalidRequest);
    assert.match(error.message, message);
    return true;
  });
}

describe('LSP: step-id navigation', () => {
  let client: LspClient;
  const uri = 'file:///work/navigation.runbook.yaml';
  before(async () => {
    client = await LspClient.start();
    await client.open(uri, RUNBOOK);
    assert.deepEqual(await client.diagnosticsFor(uri), [], 'the fixture is clean');
  });
  after(async () => client?.stop());

  it('goes from a needs entry to the step id', async () => {
    const definition = await client.definition(
      uri,
      at('needs: [backup, migrate]', 'needs: [backup, mig|rate]'),
    );
    assert.deepEqual(definition, { uri, range: range(5, 8, 5, 15) });
  });

  it('finds no definition off a step id', async () => {
    assert.equal(await client.definition(uri, at('title: T', 'ti|tle: T')), null);
  });

  it('finds every reference, with and without the declaration', async () => {
    const position = at('id: backup', 'id: back|up');
    const sorted = (locations: Location[] | null) =>
      (locations ?? []).map((l) => l.range).sort((a, b) => a.start.line - b.start.line);
    assert.deepEqual(sorted(await client.references(uri, position, true)), [
      range(3, 8, 3, 14),
      range(7, 12, 7, 18),
      range(10, 12, 10, 18),
    ]);
    assert.deepEqual(sorted(await client.references(uri, position, false)), [
      range(7, 12, 7, 18),
      range(10, 12, 10, 18),
    ]);
  });

  it('prepares a rename on a needs entry with the id as placeholder', async () => {
    const prepared = await client.prepareRename(uri, at('needs: [backup]', 'needs: [|backup]'));
    assert.deepEqual(prepared, { range: range(7, 12, 7, 18), placeholder: 'backup' });
  });

  it('refuses to prepare a rename off a step id', async () => {
    await assertRefused(
      client.prepareRename(uri, at('estimate: 30m', 'estimate: 3|0m')),
      /Only step ids can be renamed/,
    );
  });

  it('renames the id and every needs entry that names it', async () => {
    const edit = await client.rename(uri, at('id: backup', 'id: back|up'), 'snapshot');
    const renamed = applyEdits(RUNBOOK, editsFor(edit, uri));
    assert.equal(
      renamed,
      RUNBOOK.replace('id: backup', 'id: snapshot')
        .replace('[backup]', '[snapshot]')
        .replace('[backup,', '[snapshot,'),
    );
  });

  it('refuses an invalid new name', async () => {
    await assertRefused(
      client.rename(uri, at('id: backup', 'id: back|up'), 'back up'),
      /"back up" is not a valid step id/,
    );
  });

  it('refuses a name another step already has', async () => {
    await assertRefused(
      client.rename(uri, at('id: backup', 'id: back|up'), 'migrate'),
      /A step with the id "migrate" already exists/,
    );
  });

  it('answers normally after refusing', async () => {
    const edit = await client.rename(uri, at('id: verify', 'id: ver|ify'), 'smoke-test');
    assert.deepEqual(editsFor(edit, uri), [{ range: range(8, 8, 8, 14), newText: 'smoke-test' }]);
  });
});
