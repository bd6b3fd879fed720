import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

/**
 * Wraps a request handler so that an exception inside it answers that request alone with
 * InternalError (-32603) and is written to the server's log; the server keeps answering. A
 * ResponseError (bad params, a changed document) is the answer itself and passes through.
 */
export function guarded<P, R>(
  connection: Connection,
  method: string,
  handler: (params: P) => R | Promise<R>,
): (params: P) => Promise<R> {
  return async (params) => {
    try {
      return await handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      connection.console.error(`${method} failed: ${detail}`);
      throw new ResponseError(
        ErrorCodes.InternalError,
        `The runbook language server could not answer ${method}: an internal error, written to its log.`,
      );
    }
  };
}
