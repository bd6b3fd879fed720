import {
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { FramedReader } from './framed-reader';
import { LifecycleGate, type GateReply } from './lifecycle-gate';

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
}

/**
 * The server's end of the connection, from the command line: `--node-ipc` (VS Code's client) or
 * `--stdio` (other editors, the protocol tests), both behind the lifecycle gate. A broken
 * framing on stdio is written to stderr and ends the process with code 1: the stream cannot be
 * followed any more, and a client that sees its server exit starts a new one.
 */
export function openTransport(argv: readonly string[]): Transport {
  const stdio = argv.includes('--stdio');
  if (!stdio && !argv.includes('--node-ipc')) {
    process.stderr.write(
      'runbook language server: start it with --stdio or --node-ipc (the transport to the editor).\n',
    );
    process.exit(1);
  }
  const writer = stdio ? new StreamMessageWriter(process.stdout) : new IPCMessageWriter(process);
  const send = (message: GateReply) => void writer.write(message).catch(() => undefined);
  const log = (message: string) => process.stderr.write(`runbook language server: ${message}\n`);
  const source = stdio
    ? new FramedReader(process.stdin, {
        framingError(reason) {
          log(
            `cannot read the message stream: ${reason}. Exiting, so that the editor starts the server again.`,
          );
          process.exit(1);
        },
        parseError(reason) {
          log(reason);
          send({
            jsonrpc: '2.0',
            id: null,
            error: { code: ErrorCodes.ParseError, message: reason },
          });
        },
      })
    : new IPCMessageReader(process);
  const reader = new LifecycleGate(source, send, log);
  // The editor is gone (stdin ended, the IPC channel closed): leaving is clean only after `shutdown`.
  const leave = () => process.exit(reader.shutDown ? 0 : 1);
  reader.onClose(leave);
  if (!stdio) process.on('disconnect', leave);
  return { reader, writer };
}
