// A language client for `npm run bench`: it starts any language server over stdio, as an editor
// would, sends edits as incremental changes and times what comes back. Both servers, ours and
// yaml-language-server, are driven through it the same way.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  CompletionRequest,
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  SetTraceNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type CompletionItem,
  type CompletionList,
  type ConfigurationItem,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TraceValues,
} from 'vscode-languageserver-protocol/node';

/** How to start one server and what to answer its questions with. */
export interface ServerSpec {
  name: string;
  /** The script node runs, with its arguments (`--stdio`). */
  args: string[];
  /** Environment variables set over the bench's own. */
  env?: Readonly<Record<string, string>>;
  initializationOptions?: unknown;
  /** The answer to one item of `workspace/configuration`. */
  configuration(item: ConfigurationItem): unknown;
  /** Sent as `workspace/didChangeConfiguration` after `initialized` (yaml-language-server reads its settings then). */
  settings?: unknown;
}

/** A publication of diagnostics, with when it arrived (ms on the bench's clock). */
export interface Publication {
  at: number;
  params: PublishDiagnosticsParams;
}

/** Requests from a server that the bench answers with null (unknown ones get MethodNotFound). */
const CLIENT_REQUESTS = [
  'client/registerCapability',
  'client/unregisterCapability',
  'window/workDoneProgress/create',
  'workspace/inlayHint/refresh',
  'workspace/codeLens/refresh',
  'workspace/semanticTokens/refresh',
  'custom/schema/request',
];

/** Milliseconds on a monotonic clock. */
export function now(): number {
  return performance.now();
}

export class BenchClient {
  /** Every `$/logTrace` line, with when it arrived. */
  readonly traces: { at: number; message: string }[] = [];
  private readonly versions = new Map<string, number>();
  private readonly publications = new Map<string, Publication[]>();
  private readonly latest = new Map<string, Publication>();
  private readonly waiters: { uri: string; accept(p: Publication): boolean }[] = [];
  private stderr = '';

  private constructor(
    readonly spec: ServerSpec,
    readonly spawnedAt: number,
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly connection: ProtocolConnection,
  ) {}

  /** Spawns the server and completes `initialize` / `initialized`. */
  static async start(spec: ServerSpec, rootUri: string): Promise<BenchClient> {
    const spawnedAt = now();
    const env = spec.env && { ...process.env, ...spec.env };
    const child = spawn(process.execPath, spec.args, { stdio: 'pipe', env });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const client = new BenchClient(spec, spawnedAt, child, connection);
    child.stderr.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => spec.configuration(item)),
    );
    // yaml-language-server registers capabilities and asks for custom schemas: yes, and none.
    for (const method of CLIENT_REQUESTS) connection.onRequest(method, () => null);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) =>
      client.receive({ at: now(), params }),
    );
    connection.onNotification('$/logTrace', ({ message }: { message: string }) => {
      client.traces.push({ at: now(), message });
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      initializationOptions: spec.initializationOptions ?? null,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
        },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    if (spec.settings !== undefined)
      await connection.sendNotification('workspace/didChangeConfiguration', {
        settings: spec.settings,
      });
    return client;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get errors(): string {
    return this.stderr;
  }

  /** The peak resident set of the server process so far (VmHWM), in MB. */
  peakRssMb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return kb ? Number(kb[1]) / 1024 : NaN;
  }

  async setTrace(value: TraceValues): Promise<void> {
    await this.connection.sendNotification(SetTraceNotification.type, { value });
  }

  /** Opens a document; resolves with the time the notification was sent. */
  async open(uri: string, text: string): Promise<number> {
    this.versions.set(uri, 1);
    this.publications.set(uri, []);
    const sent = now();
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'yaml', version: 1, text },
    });
    return sent;
  }

  /** Replaces `range` with `text` (an incremental change); resolves with the new version and when it was sent. */
  async change(
    uri: string,
    range: Range,
    text: string,
  ): Promise<{ version: number; sent: number }> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.publications.set(uri, []);
    const sent = now();
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return { version, sent };
  }

  /**
   * The first publication for `uri` since its last open or change that answers `version`: one
   * that names that version, or (a server that sends none, as yaml-language-server) any.
   * Undefined after `deadlineMs`.
   */
  diagnosticsFor(
    uri: string,
    version: number,
    deadlineMs: number,
  ): Promise<Publication | undefined> {
    const accept = (p: Publication) =>
      p.params.uri === uri && (p.params.version === undefined || p.params.version >= version);
    const queued = this.publications.get(uri)?.find(accept);
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => {
      const waiter = {
        uri,
        accept: (p: Publication) => {
          if (!accept(p)) return false;
          clearTimeout(timer);
          resolve(p);
          return true;
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        resolve(undefined);
      }, deadlineMs);
      this.waiters.push(waiter);
    });
  }

  /** How long a hover takes, in ms, and whether it answered anything. */
  async hover(uri: string, position: Position): Promise<{ ms: number; answered: boolean }> {
    const start = now();
    const answer = await this.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position,
    });
    return { ms: now() - start, answered: answer !== null };
  }

  /** How long a completion takes, in ms, and how many items it returned. */
  async completion(uri: string, position: Position): Promise<{ ms: number; items: number }> {
    const start = now();
    const answer: CompletionItem[] | CompletionList | null = await this.connection.sendRequest(
      CompletionRequest.type,
      { textDocument: { uri }, position },
    );
    const items = answer === null ? 0 : Array.isArray(answer) ? answer.length : answer.items.length;
    return { ms: now() - start, items };
  }

  /** `shutdown` then `exit`; the process is killed when it does not exit within 5 s (or at once when `kill`). */
  async stop(kill = false): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    if (kill) this.child.kill('SIGKILL');
    else {
      const shutdown = (async () => {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      })().catch(() => undefined);
      await Promise.race([shutdown, new Promise((r) => setTimeout(r, 5000))]);
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }

  /** The last publication for `uri`, whatever version it answered. */
  latestDiagnostics(uri: string): Publication | undefined {
    return this.latest.get(uri);
  }

  private receive(publication: Publication): void {
    const { uri } = publication.params;
    this.latest.set(uri, publication);
    const index = this.waiters.findIndex((w) => w.uri === uri && w.accept(publication));
    if (index >= 0) this.waiters.splice(index, 1);
    else this.publications.get(uri)?.push(publication);
  }
}
