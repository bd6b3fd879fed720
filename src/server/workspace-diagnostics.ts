import { pathToFileURL } from 'node:url';
import {
  FileChangeType,
  type Connection,
  type FileEvent,
  type TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analysisSteps } from '../core/analyze';
import type { Analysis } from '../core/analysis-types';
import { isInside } from '../file-access/link-target';
import { readSmallFile, runbookFilesIn, walkWouldList } from '../file-access/workspace-files';
import type { AnalysisCache, DocumentSettings } from './analysis-cache';
import { toLspDiagnostic } from './handlers/diagnostics';
import { filePath, type LinkedRunbooks } from './runbook-resolver';

/** What one pass over the workspace may read: files beyond these are checked when opened. */
export const WORKSPACE_LIMITS = {
  maxFiles: 1000,
  maxEntries: 100_000,
  /** A phase of a larger file would hold up the answers to the open documents for too long. */
  maxFileBytes: 256 * 1024,
};

/** A closed file's analysis in progress. */
interface ClosedJob {
  readonly uri: string;
  readonly text: string;
  readonly settings: DocumentSettings;
  readonly steps: Generator<void, Analysis, void>;
}

const inScope = (settings: DocumentSettings) =>
  settings.validate && settings.diagnosticsScope === 'workspace';

/**
 * Problems of the runbook and announcement files in the workspace folders that are not open
 * (`runbook.diagnostics.scope: workspace`), pushed with `publishDiagnostics` as for open files.
 * The folders are walked at start and when the settings or the folders change; a closed file is
 * checked again when it changes on disk, when a runbook it links changes, or when it is closed.
 * One phase of one file runs per turn of the event loop, and only while no open document is
 * being analysed, so the open documents' diagnostics and requests never wait behind this pass.
 * An open file is never published here: the editor's text is the truth, and one publication per
 * file means no duplicates.
 */
export class WorkspaceDiagnostics {
  /** Closed files (canonical URIs) whose non-empty problems are on show: what is cleared later. */
  private readonly shown = new Set<string>();
  /** The files the last walk listed (canonical URIs), and those made since that it would list. */
  private known = new Set<string>();
  /** The folders the last walk went through (those whose scope is `workspace`). */
  private roots: readonly string[] = [];
  /** Closed files to check, in order; a Set keeps one entry per file however often it is asked. */
  private readonly queue = new Set<string>();
  private job: ClosedJob | undefined;
  private turning = false;
  /** Bumped by each rescan: an older walk stops. */
  private generation = 0;
  private readonly said = new Set<'files' | 'size'>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
    private readonly links: LinkedRunbooks,
  ) {
    documents.onDidOpen(({ document }) => {
      // From now on the editor's diagnostics stand for this file.
      const uri = canonical(document.uri);
      if (uri === undefined) return;
      this.shown.delete(uri);
      this.queue.delete(uri);
      if (this.job?.uri === uri) this.job = undefined;
    });
    // Closing goes back to the text on disk (the editor has just cleared the file's problems).
    documents.onDidClose(({ document }) => this.recheck(document.uri));
  }

  /** Walks every workspace folder again: at start, and when the settings or the folders change. */
  rescan(): void {
    const generation = ++this.generation;
    this.queue.clear();
    this.job = undefined;
    void this.walk(generation).catch((error: unknown) =>
      this.connection.console.error(`Checking the workspace folders failed: ${String(error)}`),
    );
  }

  /**
   * A closed file to check again (a runbook it links changed, it changed on disk, it was closed):
   * one the last walk listed, or one it would list now (made since, `.runbookignore` respected).
   */
  recheck(uri: string): void {
    const canonicalUri = canonical(uri);
    if (canonicalUri === undefined) return;
    if (this.known.has(canonicalUri)) {
      this.queue.add(canonicalUri);
      return this.pump();
    }
    const path = filePath(canonicalUri) ?? '';
    const generation = this.generation;
    void walkWouldList(this.roots, path).then((listed) => {
      if (!listed || generation !== this.generation) return;
      if (this.known.size >= WORKSPACE_LIMITS.maxFiles) return this.sayCapped(this.known.size);
      this.known.add(canonicalUri);
      this.queue.add(canonicalUri);
      this.pump();
    });
  }

  /** `workspace/didChangeWatchedFiles`: a file made or changed is checked; a deleted one (or folder) is cleared. */
  fileChanged({ uri, type }: FileEvent): void {
    if (type !== FileChangeType.Deleted) return this.recheck(uri);
    const gone = filePath(uri);
    if (gone === undefined) return;
    const under = (uri: string) => {
      const path = filePath(uri);
      return path !== undefined && isInside(path, gone);
    };
    for (const known of [...this.known]) if (under(known)) this.known.delete(known);
    if (this.job && under(this.job.uri)) this.job = undefined;
    for (const shown of [...this.shown]) {
      if (!under(shown)) continue;
      this.links.forgetDependent(shown);
      this.queue.delete(shown);
      this.clear(shown);
    }
  }

  private async walk(generation: number): Promise<void> {
    const roots: string[] = [];
    for (const folder of this.links.workspaceFolders) {
      const root = filePath(folder);
      if (root !== undefined && inScope(await this.cache.settingsFor(folder))) roots.push(root);
    }
    const stale = () => generation !== this.generation;
    if (stale()) return;
    const { files, capped } = await runbookFilesIn(roots, WORKSPACE_LIMITS, () => !stale());
    if (stale()) return;
    this.roots = roots;
    this.known = new Set(files.map((path) => pathToFileURL(path).href));
    // Out of scope now, deleted while the server was not watching, ignored, or past the cap.
    for (const uri of [...this.shown]) if (!this.known.has(uri)) this.clear(uri);
    for (const uri of this.known) this.queue.add(uri);
    if (capped) this.sayCapped(files.length);
    this.pump();
  }

  private sayCapped(files: number): void {
    this.sayOnce(
      'files',
      `Only ${files} runbook and announcement files of the workspace folders are checked in the background (at most ${WORKSPACE_LIMITS.maxFiles} files and ${WORKSPACE_LIMITS.maxEntries} folder entries are looked at); the others are checked when opened.`,
    );
  }

  private pump(): void {
    if (this.turning || (this.job === undefined && this.queue.size === 0)) return;
    this.turning = true;
    setImmediate(() => {
      this.turn()
        .catch((error: unknown) =>
          this.connection.console.error(`Checking a closed file failed: ${String(error)}`),
        )
        .finally(() => {
          this.turning = false;
          this.pump();
        });
    });
  }

  /** One step: a phase of the file in progress, or the next file read and started. */
  private async turn(): Promise<void> {
    // The open documents first: wait (a turn at a time) until their analyses are done.
    if (!this.cache.idle) return;
    if (this.job) return this.phase(this.job);
    const uri = this.queue.values().next().value;
    if (uri === undefined) return;
    this.queue.delete(uri);
    // A rescan while this file is read (settings or folders changed) decides again whether it is wanted.
    const generation = this.generation;
    const path = filePath(uri);
    if (path === undefined || this.isOpen(path)) return;
    const settings = await this.cache.settingsFor(uri);
    if (generation !== this.generation) return;
    if (!inScope(settings)) return this.clear(uri);
    const read = await readSmallFile(path, WORKSPACE_LIMITS.maxFileBytes);
    if (!read.ok) {
      if (read.why === 'too-large')
        this.sayOnce(
          'size',
          `Files larger than ${WORKSPACE_LIMITS.maxFileBytes / 1024} KB, such as ${path}, are checked only when opened.`,
        );
      return this.clear(uri);
    }
    if (generation !== this.generation || this.isOpen(path)) return;
    const steps = analysisSteps(
      read.text,
      path,
      settings,
      this.cache.clock(),
      this.cache.linkResolver?.(uri, settings),
    );
    this.job = { uri, text: read.text, settings, steps };
  }

  private phase(job: ClosedJob): void {
    let step: IteratorResult<void, Analysis>;
    try {
      step = job.steps.next();
    } catch (error) {
      this.job = undefined;
      throw error;
    }
    if (!step.done) return;
    this.job = undefined;
    const path = filePath(job.uri);
    // Opened while it was analysed: the editor's own diagnostics stand.
    if (path === undefined || this.isOpen(path)) return;
    const document = TextDocument.create(job.uri, 'runbook', 0, job.text);
    const diagnostics = step.value.diagnostics.map((d) => toLspDiagnostic(document, d));
    void this.connection.sendDiagnostics({ uri: job.uri, diagnostics });
    if (diagnostics.length > 0) this.shown.add(job.uri);
    else this.shown.delete(job.uri);
  }

  private clear(uri: string): void {
    if (!this.shown.delete(uri)) return;
    const path = filePath(uri);
    if (path !== undefined && !this.isOpen(path))
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** One line in the server's log per limit, however many files it leaves out. */
  private sayOnce(limit: 'files' | 'size', message: string): void {
    if (this.said.has(limit)) return;
    this.said.add(limit);
    this.connection.console.warn(message);
  }

  private isOpen(path: string): boolean {
    return this.documents.all().some((document) => filePath(document.uri) === path);
  }
}

/** The URI this module publishes a file under (the editor's spelling may differ; the path does not). */
function canonical(uri: string): string | undefined {
  const path = filePath(uri);
  return path === undefined ? undefined : pathToFileURL(path).href;
}
