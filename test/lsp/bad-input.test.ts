import { strict as assert } from 'node:assert';
import { BAD_INPUTS } from './bad-inputs';
import { LspClient } from './lsp-client';

describe('LSP: bad input', () => {
  let client: LspClient;
  const valid = 'file:///work/bad/valid.runbook.yaml';
  before(async () => {
    client = await LspClient.start();
    await client.open(
      valid,
      'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    estimate: 30m\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 12h }\n',
    );
    assert.deepEqual(await client.diagnosticsFor(valid), []);
  });
  after(async () => client?.stop());

  for (const [index, input] of BAD_INPUTS.entries()) {
    it(`survives ${input.name}`, async () => {
      const uri = `file:///work/bad/${input.fileName ?? `case-${index}.runbook.yaml`}`;
      const text = input.text();
      if (Buffer.isBuffer(text)) client.openRaw(uri, text);
      else await client.open(uri, text);
      // The 10 MB and deeply nested texts take seconds to arrive and be refused on a busy machine.
      const diagnostics = await client.diagnosticsFor(uri, 60_000);
      input.check(diagnostics);
      assert.ok(
        client.alive,
        `the server is still running${client.errors ? `; stderr: ${client.errors}` : ''}`,
      );

      // The server still answers: the next request, about a small valid document, and requests
      // about the bad document itself (how fast is a row of `npm run bench`, budget 1 s each).
      const hover = await client.hover(valid, { line: 3, character: 10 });
      assert.match(JSON.stringify(hover?.contents), /Step `backup`/);
      await client.hover(uri, { line: 0, character: 1 });
      await client.documentSymbols(uri);
      await client.completion(uri, { line: 0, character: 0 });
      assert.ok(client.alive, 'still running after requests on the bad document');
      // Closing is what an editor does next; it also frees the server's copy of a 10 MB text.
      assert.deepEqual(await client.close(uri), [], 'closing clears the diagnostics');
    });
  }

  it('is still alive after all of them', async () => {
    assert.ok(client.alive);
    await client.change(valid, 'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n');
    assert.deepEqual(
      (await client.diagnosticsFor(valid)).map((d) => d.code),
      ['missing-window', 'missing-estimate'],
    );
  });
});
