import {
  Disposable,
  ErrorCodes,
  type DataCallback,
  type MessageReader,
} from 'vscode-languageserver/node';

/** A response the gate sends itself, for a message that never reaches the server. */
export interface GateReply {
  jsonrpc: '2.0';
  id: number | string | null;
  error: { code: number; message: string };
}

type Phase = 'before-initialize' | 'running' | 'shut-down';

/**
 * Stands between the transport and the connection and keeps the protocol's order, which the
 * library leaves to the server: before `initialize` a request gets ServerNotInitialized
 * (-32002) and a notification is dropped (except `exit`); after `shutdown` a request gets
 * InvalidRequest (-32600). A message that is not JSON-RPC gets InvalidRequest with id null, and
 * a request whose params are not an object gets InvalidParams (-32602), before any handler sees it.
 */
export class LifecycleGate implements MessageReader {
  private phase: Phase = 'before-initialize';

  constructor(
    private readonly inner: MessageReader,
    private readonly reply: (message: GateReply) => void,
    private readonly log: (message: string) => void,
  ) {}

  /** True once `shutdown` came: leaving then is a clean exit. */
  get shutDown(): boolean {
    return this.phase === 'shut-down';
  }

  get onError(): MessageReader['onError'] {
    return this.inner.onError;
  }

  get onClose(): MessageReader['onClose'] {
    return this.inner.onClose;
  }

  get onPartialMessage(): MessageReader['onPartialMessage'] {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      if (this.admit(message)) callback(message);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }

  private admit(message: unknown): boolean {
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      this.refuse(
        null,
        ErrorCodes.InvalidRequest,
        'A message must be one JSON-RPC object (batches are not supported).',
      );
      return false;
    }
    const { jsonrpc, id, method, params } = message as Record<string, unknown>;
    const validId = typeof id === 'number' || typeof id === 'string';
    if (jsonrpc !== '2.0' || (id !== undefined && id !== null && !validId)) {
      this.refuse(
        validId ? id : null,
        ErrorCodes.InvalidRequest,
        'Not a JSON-RPC 2.0 message: `jsonrpc` must be "2.0" and `id` a number or a string.',
      );
      return false;
    }
    // A response to one of the server's own requests.
    if (method === undefined) return true;
    if (typeof method !== 'string') {
      this.refuse(validId ? id : null, ErrorCodes.InvalidRequest, '`method` must be a string.');
      return false;
    }
    return validId ? this.admitRequest(id, method, params) : this.admitNotification(method, params);
  }

  private admitRequest(id: number | string, method: string, params: unknown): boolean {
    if (this.phase === 'before-initialize' && method !== 'initialize') {
      this.refuse(
        id,
        ErrorCodes.ServerNotInitialized,
        `The server is not initialized: send \`initialize\` before \`${method}\`.`,
      );
      return false;
    }
    if (this.phase === 'shut-down') {
      this.refuse(
        id,
        ErrorCodes.InvalidRequest,
        `The server is shutting down: after \`shutdown\` only the \`exit\` notification is accepted, not \`${method}\`.`,
      );
      return false;
    }
    if (this.phase === 'running' && method === 'initialize') {
      this.refuse(
        id,
        ErrorCodes.InvalidRequest,
        'The server is already initialized: `initialize` is sent once.',
      );
      return false;
    }
    if (
      params !== undefined &&
      (typeof params !== 'object' || params === null || Array.isArray(params))
    ) {
      this.refuse(id, ErrorCodes.InvalidParams, `The params of \`${method}\` must be an object.`);
      return false;
    }
    if (method === 'initialize') this.phase = 'running';
    if (method === 'shutdown') this.phase = 'shut-down';
    return true;
  }

  private admitNotification(method: string, params: unknown): boolean {
    if (method === 'exit') return true;
    if (this.phase !== 'running') return false;
    if (
      params !== undefined &&
      (typeof params !== 'object' || params === null || Array.isArray(params))
    ) {
      this.log(`Dropped the notification ${method}: its params are not an object.`);
      return false;
    }
    return true;
  }

  private refuse(id: number | string | null, code: number, message: string): void {
    this.reply({ jsonrpc: '2.0', id, error: { code, message } });
  }
}
