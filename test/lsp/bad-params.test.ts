import { strict as assert } from 'node:assert';
import { RawServer, type Received } from './raw-server';

const URI = 'file:///work/params.runbook.yaml';
const TEXT = 'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    estimate: 30m\n';
const AT = { line: 3, character: 10 };
const RANGE = { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } };
const doc = { uri: URI };

/** Each request with good params; the bad variants below are made from these. */
const REQUESTS: Record<string, Record<string, unknown>> = {
  'textDocument/hover': { textDocument: doc, position: AT },
  'textDocument/completion': { textDocument: doc, position: AT },
  'textDocument/definition': { textDocument: doc, position: AT },
  'textDocument/references': {
    textDocument: doc,
    position: AT,
    context: { includeDeclaration: true },
  },
  'textDocument/prepareRename': { textDocument: doc, position: AT },
  'textDocument/rename': { textDocument: doc, position: AT, newName: 'restore' },
  'textDocument/codeAction': { textDocument: doc, range: RANGE, context: { diagnostics: [] } },
  'textDocument/inlayHint': { textDocument: doc, range: RANGE },
  'textDocument/codeLens': { textDocument: doc },
  'textDocument/documentSymbol': { textDocument: doc },
};

/** Bad params for a request, by what is wrong with them; undefined when the request has no such field. */
function badVariants(params: Record<string, unknown>): Array<[string, unknown]> {
  const variants: Array<[string, unknown]> = [
    ['null params', null],
    ['params as an array', [params]],
    ['no textDocument', { ...params, textDocument: undefined }],
    ['a uri that is a number', { ...params, textDocument: { uri: 42 } }],
    ['an unknown uri', { ...params, textDocument: { uri: 'file:///work/nowhere.runbook.yaml' } }],
  ];
  if ('position' in params)
    variants.push(
      ['a position of strings', { ...params, position: { line: '3', character: '1' } }],
      ['a negative character', { ...params, position: { line: 0, character: -1 } }],
      ['a line past the end', { ...params, position: { line: 99, character: 0 } }],
      ['a fractional line', { ...params, position: { line: 1.5, character: 0 } }],
    );
  if ('range' in params)
    variants.push(
      ['a range that ends before it starts', { ...params, range: { start: AT, end: RANGE.start } }],
      ['a range without end', { ...params, range: { start: AT } }],
    );
  if ('newName' in params) variants.push(['a newName that is a number', { ...params, newName: 7 }]);
  return variants;
}

function errorOf(answer: Received): { code: number; message: string } {
  assert.ok(answer.error, `an error, got ${JSON.stringify(answer).slice(0, 300)}`);
  return answer.error as { code: number; message: string };
}

describe('LSP: requests with bad params', () => {
  let server: RawServer;
  let id = 0;
  before(async () => {
    server = RawServer.start();
    await server.initialize();
    server.send({
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: URI, languageId: 'runbook', version: 1, text: TEXT } },
    });
  });
  after(async () => server.stop());

  for (const [method, params] of Object.entries(REQUESTS)) {
    it(`${method}: answers good params, and bad ones with InvalidParams (-32602) in words`, async () => {
      server.send({ jsonrpc: '2.0', id: ++id, method, params });
      const good = await server.response(id);
      // prepareRename on a step id and the others on a valid position all answer.
      assert.equal(good.error, undefined, JSON.stringify(good.error));
      for (const [what, bad] of badVariants(params)) {
        server.send({ jsonrpc: '2.0', id: ++id, method, params: bad });
        const error = errorOf(await server.response(id));
        assert.equal(error.code, -32602, `${what}: ${error.message}`);
        assert.doesNotMatch(
          error.message,
          /Cannot read|undefined|TypeError|is not a function|failed with message/,
          `${what}: a message in words`,
        );
      }
    });
  }

  it('runbook/summary and runbook/preview: a uri that is no string is InvalidParams; one never opened is not an error', async () => {
    for (const method of ['runbook/summary', 'runbook/preview']) {
      for (const bad of [null, {}, { uri: 5 }]) {
        server.send({ jsonrpc: '2.0', id: ++id, method, params: bad });
        assert.equal(
          errorOf(await server.response(id)).code,
          -32602,
          `${method} ${JSON.stringify(bad)}`,
        );
      }
      server.send({
        jsonrpc: '2.0',
        id: ++id,
        method,
        params: { uri: 'file:///work/nowhere.yaml' },
      });
      assert.equal((await server.response(id)).error, undefined);
    }
  });

  it('drops a notification with bad params, logs it, and keeps answering', async () => {
    server.send(
      { jsonrpc: '2.0', method: 'textDocument/didOpen', params: null },
      { jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: 5 } },
      {
        jsonrpc: '2.0',
        id: ++id,
        method: 'textDocument/hover',
        params: REQUESTS['textDocument/hover'],
      },
    );
    assert.match(JSON.stringify(await server.response(id)), /Step `backup`/);
    assert.match(server.stderr, /Dropped the notification textDocument\/didOpen/);
  });
});
