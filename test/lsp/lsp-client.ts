import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionRequest,
  CodeLensRefreshRequest,
  CodeLensRequest,
  CompletionRequest,
  ConfigurationRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InlayHintRefreshRequest,
  InlayHintRequest,
  InitializeRequest,
  PrepareRenameRequest,
  PublishDiagnosticsNotification,
  ReferencesRequest,
  RenameRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type CodeAction,
  type CodeLens,
  type Command,
  type CompletionItem,
  type CompletionList,
  type Definition,
  type DefinitionLink,
  type Diagnostic,
  type FileEvent,
  type DocumentSymbol,
  type Hover,
  type InlayHint,
  type Location,
  type Position,
  type PrepareRenameResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type ServerCapabilities,
  type SymbolInformation,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import {
  PreviewRequest,
  SummaryRequest,
  type PreviewResult,
  type Summary,
} from '../../src/protocol/requests';

/** The repository root: tests run from out/test/lsp, the sources and the bundle live above. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
const SERVER = path.join(REPO_ROOT, 'dist/server.js');

/**
 * How long a test waits for a diagnostic before failing (not a sleep: it resolves on arrival).
 * Far above the tens of milliseconds it takes, so a busy machine never fails a test; below
 * test:lsp's mocha timeout, so a missing publication fails with this message.
 */
const DEFAULT_DEADLINE_MS = 30_000;

interface Waiter {
  resolve(params: PublishDiagnosticsParams): void;
}

/**
 * A language client for protocol tests: it starts the built server over stdio, as an editor
 * other than VS Code would, and speaks plain LSP to it.
 */
export class LspClient {
  /** What the client answers to `workspace/configuration` (the `runbook` section); tests change it. */
  settings: Record<string, unknown> = {};
  /** Every `workspace/configuration` request the server made, for tests that check it asks. */
  readonly configurationRequests: unknown[] = [];
  /** How many times the server asked the client to ask for inlay hints again. */
  inlayHintRefreshes = 0;
  /** How many times the server asked the client to ask for code lenses again. */
  codeLensRefreshes = 0;
  /** What the server said it can do, in its answer to `initialize`. */
  capabilities: ServerCapabilities = {};

  private readonly versions = new Map<string, number>();
  /** Publications received since the last open, change or configuration change, per uri. */
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters = new Map<string, Waiter[]>();
  private stderr = '';

  private constructor(
    private readonly process: ChildProcessWithoutNullStreams,
    private readonly connection: ProtocolConnection,
  ) {}

  /**
   * Spawns `node dist/server.js --stdio` and completes the initialize handshake; `workspaceFolders`
   * are file URIs; `initializationOptions.now` pins the server's "now"; `serverArgs` follow
   * `--stdio` on the command line.
   */
  static async start(
    settings: Record<string, unknown> = {},
    workspaceFolders?: string[],
    initializationOptions?: { now?: string },
    serverArgs: readonly string[] = [],
  ): Promise<LspClient> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first.`);
    const child = spawn(process.execPath, [SERVER, '--stdio', ...serverArgs], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const client = new LspClient(child, connection);
    client.settings = settings;
    child.stderr.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    connection.onRequest(ConfigurationRequest.type, (params) => {
      client.configurationRequests.push(params);
      return params.items.map(() => client.settings);
    });
    connection.onRequest(InlayHintRefreshRequest.method, () => {
      client.inlayHintRefreshes++;
      return null;
    });
    connection.onRequest(CodeLensRefreshRequest.method, () => {
      client.codeLensRefreshes++;
      return null;
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) =>
      client.receive(params),
    );
    connection.listen();
    const initialized = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      ...(initializationOptions ? { initializationOptions } : {}),
      workspaceFolders: workspaceFolders
        ? workspaceFolders.map((uri) => ({ uri, name: path.basename(uri) }))
        : null,
      capabilities: {
        workspace: {
          ...(workspaceFolders ? { workspaceFolders: true } : {}),
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: false },
          inlayHint: { refreshSupport: true },
          codeLens: { refreshSupport: true },
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          inlayHint: { dynamicRegistration: false },
        },
      },
    });
    client.capabilities = initialized.capabilities;
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** True while the server process has neither exited nor been killed. */
  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** What the server wrote to stderr, for failure messages. */
  get errors(): string {
    return this.stderr;
  }

  async open(uri: string, text: string, languageId = 'runbook'): Promise<void> {
    this.expectNewDiagnostics(uri);
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /** Replaces the whole text (a full-content change, which incremental sync also accepts). */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.expectNewDiagnostics(uri);
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** Sends edits of ranges (incremental sync), as an editor does for a keystroke. */
  async edit(uri: string, changes: Array<{ range: Range; text: string }>): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.expectNewDiagnostics(uri);
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  /** Closes a document and returns what the server publishes for it then (it should clear them). */
  async close(uri: string): Promise<Diagnostic[]> {
    this.versions.delete(uri);
    this.expectNewDiagnostics(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {
      textDocument: { uri },
    });
    // Waiting for it keeps a late clearing from being taken for the answer to a later open of the same uri.
    return this.diagnosticsFor(uri);
  }

  /**
   * Opens a document with a message framed by hand, for bytes a JSON encoder would never write
   * (invalid UTF-8). `textBytes` go inside the JSON string as they are, so they must not hold `"`.
   */
  openRaw(uri: string, textBytes: Buffer): void {
    this.expectNewDiagnostics(uri);
    this.versions.set(uri, 1);
    const head = Buffer.from(
      `{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":${JSON.stringify(uri)},"languageId":"runbook","version":1,"text":"`,
    );
    const tail = Buffer.from('"}}}');
    const body = Buffer.concat([head, textBytes, tail]);
    this.process.stdin.write(
      Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]),
    );
  }

  /** Sends `workspace/didChangeConfiguration`; the server then asks for the settings again. */
  async configurationChanged(): Promise<void> {
    for (const uri of this.versions.keys()) this.expectNewDiagnostics(uri);
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { runbook: this.settings },
    });
  }

  /** Sends `workspace/didChangeWatchedFiles`, as an editor's file watcher does. */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** Sends `workspace/didChangeWorkspaceFolders` with folder URIs added and removed. */
  async workspaceFoldersChanged(added: string[], removed: string[]): Promise<void> {
    const folders = (uris: string[]) => uris.map((uri) => ({ uri, name: path.basename(uri) }));
    await this.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: folders(added), removed: folders(removed) },
    });
  }

  /** Forgets what was published for `uri` so far: the next publication (after another file changed) is the answer. */
  expectDiagnostics(uri: string): void {
    this.expectNewDiagnostics(uri);
  }

  /** The next publications for `uri` until one is accepted (each waits up to the deadline). */
  async diagnosticsUntil(
    uri: string,
    accept: (diagnostics: Diagnostic[]) => boolean,
  ): Promise<Diagnostic[]> {
    for (;;) {
      const diagnostics = await this.diagnosticsFor(uri);
      if (accept(diagnostics)) return diagnostics;
    }
  }

  /** How many publications for `uri` arrived since it was last expected and were not read yet. */
  publicationsQueued(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  /** The first diagnostics published for `uri` since its last open or change, waiting up to a deadline. */
  diagnosticsFor(uri: string, deadlineMs = DEFAULT_DEADLINE_MS): Promise<Diagnostic[]> {
    return this.publicationFor(uri, deadlineMs).then((params) => params.diagnostics);
  }

  publicationFor(uri: string, deadlineMs = DEFAULT_DEADLINE_MS): Promise<PublishDiagnosticsParams> {
    const queued = this.published.get(uri)?.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.set(
          uri,
          (this.waiters.get(uri) ?? []).filter((w) => w !== waiter),
        );
        reject(
          new Error(
            `No diagnostics for ${uri} within ${deadlineMs} ms${this.alive ? '' : ' (the server has exited)'}.${this.stderr ? ` stderr: ${this.stderr}` : ''}`,
          ),
        );
      }, deadlineMs);
      this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), waiter]);
    });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  completion(uri: string, position: Position): Promise<CompletionItem[] | CompletionList | null> {
    return this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
  }

  definition(uri: string, position: Position): Promise<Definition | DefinitionLink[] | null> {
    return this.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position });
  }

  references(
    uri: string,
    position: Position,
    includeDeclaration = true,
  ): Promise<Location[] | null> {
    return this.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position,
      context: { includeDeclaration },
    });
  }

  prepareRename(uri: string, position: Position): Promise<PrepareRenameResult | null> {
    return this.connection.sendRequest(PrepareRenameRequest.type, {
      textDocument: { uri },
      position,
    });
  }

  rename(uri: string, position: Position, newName: string): Promise<WorkspaceEdit | null> {
    return this.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri },
      position,
      newName,
    });
  }

  codeActions(
    uri: string,
    range: Range,
    diagnostics: Diagnostic[] = [],
  ): Promise<(Command | CodeAction)[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics },
    });
  }

  inlayHints(uri: string, range: Range): Promise<InlayHint[] | null> {
    return this.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range });
  }

  codeLenses(uri: string): Promise<CodeLens[] | null> {
    return this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
  }

  /** `runbook/summary`, the extension's own request (src/protocol/requests.ts) behind the status bar. */
  summary(uri: string): Promise<Summary | null> {
    return this.connection.sendRequest(SummaryRequest, { uri });
  }

  /** `runbook/preview`, the extension's own request (src/protocol/requests.ts) behind the preview panel and the exports. */
  preview(uri: string): Promise<PreviewResult> {
    return this.connection.sendRequest(PreviewRequest, { uri });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  }

  /**
   * `shutdown` then `exit`, and the process killed if it lingers past `graceMs`; safe to call
   * twice. False when it had to be killed.
   */
  async stop(graceMs = 2000): Promise<boolean> {
    let killed = false;
    if (this.alive) {
      const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
      try {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // A server that cannot shut down cleanly is killed below all the same.
      }
      const timer = setTimeout(() => {
        killed = true;
        this.process.kill();
      }, graceMs);
      await exited;
      clearTimeout(timer);
    }
    this.connection.dispose();
    return !killed;
  }

  /** Publications already queued belong to an older version; the next one is the answer. */
  private expectNewDiagnostics(uri: string): void {
    this.published.set(uri, []);
  }

  private receive(params: PublishDiagnosticsParams): void {
    // A late answer for a version already replaced is not the answer to the newest edit.
    const latest = this.versions.get(params.uri);
    if (params.version !== undefined && latest !== undefined && params.version < latest) return;
    // Without a version it is about the file on disk (the workspace pass): an open document's answer has one.
    if (params.version === undefined && latest !== undefined) return;
    const waiter = this.waiters.get(params.uri)?.shift();
    if (waiter) waiter.resolve(params);
    else this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params]);
  }
}
