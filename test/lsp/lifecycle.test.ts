import { strict as assert } from 'node:assert';
import { RawServer, type Received } from './raw-server';

const URI = 'file:///work/lifecycle.runbook.yaml';
const TEXT = 'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    estimate: 30m\n';
const open = {
  jsonrpc: '2.0',
  method: 'textDocument/didOpen',
  params: { textDocument: { uri: URI, languageId: 'runbook', version: 1, text: TEXT } },
};
const hover = (id: number | string) => ({
  jsonrpc: '2.0',
  id,
  method: 'textDocument/hover',
  params: { textDocument: { uri: URI }, position: { line: 3, character: 10 } },
});

function errorOf(answer: Received): { code: number; message: string } {
  assert.ok(answer.error, `an error, got ${JSON.stringify(answer)}`);
  return answer.error as { code: number; message: string };
}

describe('LSP over raw stdio: lifecycle and bad JSON', () => {
  let server: RawServer;
  beforeEach(() => (server = RawServer.start()));
  afterEach(async () => server.stop());

  it('answers a request before initialize with ServerNotInitialized (-32002) and drops notifications', async () => {
    server.send(open, hover(1));
    assert.equal(errorOf(await server.response(1)).code, -32002);
    await server.initialize();
    // The didOpen sent before initialize was dropped, as the protocol says.
    server.send(hover(2));
    assert.equal(errorOf(await server.response(2)).code, -32602);
    server.send(open, hover(3));
    assert.match(JSON.stringify(await server.response(3)), /Step `backup`/);
  });

  it('refuses a second initialize with InvalidRequest (-32600)', async () => {
    await server.initialize();
    server.send({
      jsonrpc: '2.0',
      id: 2,
      method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {} },
    });
    assert.equal(errorOf(await server.response(2)).code, -32600);
  });

  it('answers requests after shutdown with InvalidRequest (-32600), then exits with 0 on exit', async () => {
    await server.initialize();
    server.send(open, { jsonrpc: '2.0', id: 'bye', method: 'shutdown' }, hover(2));
    assert.equal((await server.response('bye')).result, null);
    const refused = errorOf(await server.response(2));
    assert.equal(refused.code, -32600);
    assert.match(refused.message, /shutting down/);
    server.send({ jsonrpc: '2.0', method: 'exit' });
    assert.equal(await server.exited, 0);
  });

  it('exits with 1 on exit without shutdown', async () => {
    await server.initialize();
    server.send({ jsonrpc: '2.0', method: 'exit' });
    assert.equal(await server.exited, 1);
  });

  it('exits when its input ends: with 0 after shutdown, else with 1', async () => {
    await server.initialize();
    server.endInput();
    assert.equal(await server.exited, 1);
    const clean = RawServer.start();
    try {
      await clean.initialize();
      clean.send({ jsonrpc: '2.0', id: 'bye', method: 'shutdown' });
      await clean.response('bye');
      clean.endInput();
      assert.equal(await clean.exited, 0);
    } finally {
      await clean.stop();
    }
  });

  it('answers a body that is not JSON with ParseError (-32700, id null) and reads on', async () => {
    await server.initialize();
    server.send('{"jsonrpc":"2.0","id":5,"method":', open, hover(6));
    const parseError = await server.waitFor((m) => m.id === null, 'a parse error');
    assert.equal(errorOf(parseError).code, -32700);
    assert.match(JSON.stringify(await server.response(6)), /Step `backup`/);
  });

  it('answers what is not a JSON-RPC object with InvalidRequest (-32600)', async () => {
    await server.initialize();
    server.send([hover(7)], { jsonrpc: '1.0', id: 8, method: 'textDocument/hover' }, 42);
    assert.equal(errorOf(await server.response(8)).code, -32600);
    const nullIds = await server.waitFor(
      (m) => m.id === null && server.received.filter((r) => r.id === null).length === 2,
      'two answers with id null',
    );
    assert.equal(errorOf(nullIds).code, -32600);
    assert.ok(
      server.received.filter((m) => m.id === null).every((m) => errorOf(m).code === -32600),
    );
  });
});
