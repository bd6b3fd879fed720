import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './lsp-client';

const SERVER = path.join(REPO_ROOT, 'dist/server.js');
/** Far above what any answer takes; below test:lsp's mocha timeout, so a missing answer fails with its own message. */
const DEADLINE_MS = 60_000;

/** A JSON-RPC message as the server wrote it. */
export type Received = Record<string, unknown> & { id?: unknown; method?: string };

/** One LSP message framed as the protocol says (`Content-Length`, CRLF, the UTF-8 body). */
export function frame(message: unknown): Buffer {
  const body = Buffer.from(typeof message === 'string' ? message : JSON.stringify(message));
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
}

type Position = { line: number; character: number };

/** `textDocument/didOpen` of a document at version 1. */
export const didOpen = (uri: string, text: string) => ({
  jsonrpc: '2.0',
  method: 'textDocument/didOpen',
  params: { textDocument: { uri, languageId: 'runbook', version: 1, text } },
});

/** `textDocument/didChange` that replaces the text between two positions. */
export const didChange = (
  uri: string,
  version: number,
  range: { start: Position; end: Position },
  text: string,
) => ({
  jsonrpc: '2.0',
  method: 'textDocument/didChange',
  params: { textDocument: { uri, version }, contentChanges: [{ range, text }] },
});

/**
 * The built server over stdio, driven byte by byte: what a protocol library would never send
 * (broken framing, requests out of order, params of the wrong shape) and several messages in one
 * write, so that the server reads them together. Every message it writes back is kept in order.
 */
export class RawServer {
  readonly received: Received[] = [];
  stderr = '';
  /** Resolves when the process exits, with its exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  private stdout = Buffer.alloc(0);
  private readonly listeners: Array<() => void> = [];

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    // Writing to a server that has exited is what some tests provoke.
    child.stdin.on('error', () => undefined);
  }

  static start(): RawServer {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first.`);
    return new RawServer(
      spawn(process.execPath, [SERVER, '--stdio'], { cwd: REPO_ROOT, stdio: 'pipe' }),
    );
  }

  /** Bytes as they are, in one write. */
  write(bytes: Buffer | string): void {
    this.child.stdin.write(bytes);
  }

  /** Closes the server's input, as an editor that goes away does. */
  endInput(): void {
    this.child.stdin.end();
  }

  /** Messages framed correctly, all in one write. */
  send(...messages: unknown[]): void {
    this.write(Buffer.concat(messages.map(frame)));
  }

  /** `initialize` (with these options) and `initialized`; resolves with the answer to `initialize`. */
  async initialize(initializationOptions: Record<string, unknown> = {}): Promise<Received> {
    this.send({
      jsonrpc: '2.0',
      id: 'init',
      method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {}, initializationOptions },
    });
    const answer = await this.response('init');
    this.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    return answer;
  }

  /** The answer to the request with this id. */
  response(id: number | string | null): Promise<Received> {
    return this.waitFor(
      (m) => m.id === id && m.method === undefined,
      `the answer to ${JSON.stringify(id)}`,
    );
  }

  /** The first message received (so far or later) that matches. */
  waitFor(match: (message: Received) => boolean, what: string): Promise<Received> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.find(match);
        if (!found) return false;
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        const index = this.listeners.indexOf(listener);
        if (index >= 0) this.listeners.splice(index, 1);
        reject(new Error(`No ${what} within ${DEADLINE_MS} ms. stderr: ${this.stderr}`));
      }, DEADLINE_MS);
      const listener = () => {
        if (check()) this.listeners.splice(this.listeners.indexOf(listener), 1);
      };
      if (!check()) this.listeners.push(listener);
    });
  }

  /** Kills the process if it still runs. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    await this.exited;
  }

  private read(chunk: Buffer): void {
    this.stdout = Buffer.concat([this.stdout, chunk]);
    for (;;) {
      const end = this.stdout.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.stdout.subarray(0, end).toString())?.[1],
      );
      if (this.stdout.length < end + 4 + length) return;
      const body = this.stdout.subarray(end + 4, end + 4 + length).toString('utf8');
      this.stdout = this.stdout.subarray(end + 4 + length);
      this.received.push(JSON.parse(body) as Received);
      for (const listener of [...this.listeners]) listener();
    }
  }
}
