import { strict as assert } from 'node:assert';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { guarded } from '../../../src/server/request-guard';

/** A connection that only keeps what the server logs. */
function loggingConnection(logged: string[]): Connection {
  return { console: { error: (message: string) => logged.push(message) } } as unknown as Connection;
}

describe('server: a failing request handler', () => {
  it('answers that request with InternalError (-32603) and logs the stack', async () => {
    const logged: string[] = [];
    const handler = guarded(loggingConnection(logged), 'textDocument/hover', (_params: unknown) => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    });
    await assert.rejects(handler({}), (error: unknown) => {
      assert.ok(error instanceof ResponseError);
      assert.equal(error.code, ErrorCodes.InternalError);
      assert.match(error.message, /could not answer textDocument\/hover: an internal error/);
      assert.doesNotMatch(error.message, /Cannot read/);
      return true;
    });
    assert.equal(logged.length, 1);
    assert.match(
      logged[0],
      /^textDocument\/hover failed: TypeError: Cannot read properties[^]*\n\s+at /,
    );
  });

  it('passes a ResponseError through as the answer, unlogged', async () => {
    const logged: string[] = [];
    const refusal = new ResponseError(ErrorCodes.InvalidParams, '`position` must be an object.');
    const handler = guarded(loggingConnection(logged), 'textDocument/hover', async () => {
      await Promise.resolve();
      throw refusal;
    });
    await assert.rejects(handler({}), (error) => error === refusal);
    assert.deepEqual(logged, []);
  });

  it('returns what the handler returns', async () => {
    const handler = guarded(loggingConnection([]), 'x', (params: number) => params + 1);
    assert.equal(await handler(1), 2);
  });
});
