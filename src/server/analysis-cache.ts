import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ResponseError, LSPErrorCodes } from 'vscode-languageserver';
import { analysisSteps, analyze } from '../core/analyze';
import { rulesRechecked } from '../core/incremental/step-edit';
import { SliceScheduler, type AnalysisJob } from './analysis-scheduler';
import type { AnalysisTraceEvent } from './analysis-trace';
import type { Analysis, RunbookResolver } from '../core/analysis-types';
import {
  defaultEditorSettings,
  defaultSettings,
  type EditorSettings,
  type Settings,
} from '../core/settings';
import { settingsFromUser, type UserSettings } from '../core/settings-input';

export interface DocumentSettings extends Settings, EditorSettings {
  /** `runbook.run.journalFolder`, as written: where past runs are read from (see journal-folder.ts). */
  journalFolder?: string;
}

// The core's defaults, for any setting missing or of the wrong type.
const DEFAULTS: DocumentSettings = { ...defaultSettings, ...defaultEditorSettings };

interface Waiter {
  resolve(analysis: Analysis): void;
  reject(error: unknown): void;
}

/** An analysis in progress, with the requests that wait for it. */
interface CacheJob extends AnalysisJob {
  readonly document: TextDocument;
  readonly settings: DocumentSettings;
  readonly waiters: Waiter[];
  /** performance.now() when the job started, for the trace. */
  readonly started: number;
  /** The open documents its analysis read (an announcement's linked runbook). */
  readonly reads: Set<TextDocument>;
}

/**
 * One analysis per document version: diagnostics, hover, completion and the rest all read the
 * same result, so no request ever parses again. Settings are fetched per document, once.
 *
 * Analyses run a phase at a time (analysis-scheduler.ts), so the server answers between phases.
 * Only a document's newest version is analysed: a new version (or new settings) drops the job in
 * progress, and the requests that waited for a version that is no longer current fail with
 * ContentModified (-32801), which tells the editor to ask again.
 */
export class AnalysisCache {
  private readonly analyses = new Map<
    string,
    { version: number; settings: DocumentSettings; analysis: Analysis }
  >();
  private readonly settings = new Map<string, Promise<DocumentSettings>>();
  private readonly resolvedSettings = new Map<string, DocumentSettings>();
  private readonly listeners: Array<(analysis: Analysis) => void> = [];
  /** Per document, the open documents its last finished analysis read: its next one waits for theirs. */
  private readonly reads = new Map<string, Set<TextDocument>>();
  private readonly scheduler = new SliceScheduler<CacheJob>({
    finished: (job, analysis) => this.finished(job, analysis),
    failed: (job, error) => this.failed(job, error),
    waits: (job) => this.readsUnsettled(job.uri),
  });
  supportsConfiguration = false;
  /** The present, taken once per analysed version; `initializationOptions.now` pins it (protocol tests, demos). */
  clock: () => number = Date.now;
  /** Follows an announcement's `runbook:` (the server's LinkedRunbooks); without it links are not followed. */
  linkResolver: ((uri: string, settings: Settings) => RunbookResolver) | undefined;
  /** Told when an analysis ends or is dropped (analysis-trace.ts). */
  trace: ((event: AnalysisTraceEvent) => void) | undefined;

  constructor(private readonly connection: Connection) {}

  /**
   * The analysis of a document's current version, with the document's settings: at once when it
   * is cached, else when its phases have run. Rejects with ContentModified when the document
   * changes or closes first.
   */
  async analysisOf(document: TextDocument): Promise<Analysis> {
    const version = document.version;
    const settings = await this.settingsFor(document.uri);
    if (document.version !== version) throw contentModified(document.uri);
    const cached = this.analyses.get(document.uri);
    if (cached && cached.version === version && cached.settings === settings)
      return cached.analysis;
    const running = this.scheduler.jobFor(document.uri);
    const job =
      running && running.version === version && running.settings === settings
        ? running
        : this.start(document, settings);
    return new Promise((resolve, reject) => job.waiters.push({ resolve, reject }));
  }

  /**
   * The analysis of the newest version of a document, however many versions come while it waits
   * (for requests without a position, such as the preview and the status bar, whose answer is
   * about the document as it is now); undefined once the document is closed.
   */
  async newestAnalysisOf(document: () => TextDocument | undefined): Promise<Analysis | undefined> {
    for (;;) {
      const current = document();
      if (!current) return undefined;
      try {
        return await this.analysisOf(current);
      } catch (error) {
        // Each round ends with a newer version or a closed document: edits are finite.
        if (!(error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified))
          throw error;
      }
    }
  }

  /**
   * The analysis of an open document's current version, now (an announcement's analysis reads
   * its linked runbook): from the cache, or by running the rest of its job at once. `reader` is
   * the document whose analysis asks: its next analyses wait until this one's is done.
   */
  analysisNow(document: TextDocument, reader: string): Analysis {
    this.scheduler.jobFor(reader)?.reads.add(document);
    const settings = this.resolvedSettings.get(document.uri) ?? DEFAULTS;
    const cached = this.analyses.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings)
      return cached.analysis;
    // A link back to the document being analysed (two announcements linking each other) is not followed again.
    if (this.scheduler.isRunning(document.uri))
      return analyze(document.getText(), fileNameOf(document.uri), settings, this.clock());
    const running = this.scheduler.jobFor(document.uri);
    const job =
      running && running.version === document.version && running.settings === settings
        ? running
        : this.start(document, settings);
    return (
      this.scheduler.finishNow(job) ??
      analyze(document.getText(), fileNameOf(document.uri), settings, this.clock())
    );
  }

  /**
   * A document has a new version: the analysis of the old one stops at once (no phase of it runs
   * after the change was read) and the new version's starts, when the document is analysed as it
   * changes (diagnostics on). So an open document being typed into always has its newest
   * version in progress until it is analysed, which is what the documents reading it wait for.
   */
  changed(document: TextDocument): void {
    const running = this.scheduler.jobFor(document.uri);
    const settings = running?.settings ?? this.analyses.get(document.uri)?.settings;
    if (running?.version === document.version || !settings) return;
    if (running || settings.validate) this.start(document, settings);
  }

  /** Starts analysing a document's current version, dropping the job in progress. */
  private start(document: TextDocument, settings: DocumentSettings): CacheJob {
    const previous = this.scheduler.drop(document.uri);
    // The same text with other settings or links: its requests wait for the new job.
    const waiters = previous?.version === document.version ? previous.waiters : [];
    if (previous && previous.version !== document.version) this.dropped(previous);
    // "Now" is taken once per version: `start-in-past` is as fresh as the last edit or settings change.
    const job: CacheJob = {
      uri: document.uri,
      version: document.version,
      document,
      settings,
      waiters,
      started: performance.now(),
      slices: 0,
      reads: new Set(),
      steps: analysisSteps(
        document.getText(),
        fileNameOf(document.uri),
        settings,
        this.clock(),
        this.linkResolver?.(document.uri, settings),
        // The last analysis of any version: only the blocks the edits since then touched are parsed again.
        this.analyses.get(document.uri)?.analysis,
      ),
    };
    this.scheduler.add(job);
    return job;
  }

  private finished(job: CacheJob, analysis: Analysis): void {
    this.traceJob('analysed', job, rulesRechecked(analysis));
    this.analyses.set(job.uri, { version: job.version, settings: job.settings, analysis });
    this.reads.set(job.uri, job.reads);
    for (const waiter of job.waiters) waiter.resolve(analysis);
    for (const listener of this.listeners) listener(analysis);
  }

  private failed(job: CacheJob, error: unknown): void {
    this.connection.console.error(
      `Analysing ${job.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    for (const waiter of job.waiters) waiter.reject(error);
  }

  private dropped(job: CacheJob): void {
    this.traceJob('dropped', job);
    for (const waiter of job.waiters) waiter.reject(contentModified(job.uri));
  }

  private traceJob(outcome: AnalysisTraceEvent['outcome'], job: CacheJob, rechecked = 0): void {
    const { uri, version, slices: phases } = job;
    const ms = performance.now() - job.started;
    this.trace?.({ outcome, uri, version, phases, ms, rechecked });
  }

  /** True when no open document's analysis is in progress: background work may take a turn. */
  get idle(): boolean {
    return this.scheduler.idle;
  }

  /** Calls `listener` with each new analysis (to prepare work in idle time); it must not block. */
  onAnalysed(listener: (analysis: Analysis) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Runs `slice` once per turn of the event loop while no analysis is in progress, until it
   * returns true: work that prepares for requests never delays the analysis of an edit.
   */
  whenIdle(slice: () => boolean): void {
    this.scheduler.whenIdle(slice);
  }

  /**
   * True while an open document that the last analysis of `uri` read has a version not analysed
   * yet: during a burst of edits to a runbook, its announcement waits for the runbook's last
   * version instead of forcing each version's analysis to its end.
   */
  private readsUnsettled(uri: string): boolean {
    for (const document of this.reads.get(uri) ?? []) {
      if (this.analyses.get(document.uri)?.version !== document.version) return true;
    }
    return false;
  }

  /** The settings for a document, asked of the client once and kept until they change. */
  async settingsFor(uri: string): Promise<DocumentSettings> {
    if (!this.supportsConfiguration) return DEFAULTS;
    let pending = this.settings.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'runbook' })
        .then(
          (raw: UserSettings | null) => toSettings(raw),
          () => DEFAULTS,
        );
      this.settings.set(uri, pending);
    }
    const settings = await pending;
    this.resolvedSettings.set(uri, settings);
    return settings;
  }

  settingsChanged(): void {
    this.settings.clear();
    this.resolvedSettings.clear();
  }

  /** Drops a document's analysis (its linked runbook changed), so that the next request analyses it again. */
  invalidate(uri: string): void {
    this.analyses.delete(uri);
    // A job in progress may have read the old runbook already: it starts again, its requests waiting on.
    const running = this.scheduler.jobFor(uri);
    if (running && running.document.version === running.version)
      this.start(running.document, running.settings);
  }

  /** The document closed: its analysis and settings go, and requests still waiting fail. */
  forget(uri: string): void {
    const running = this.scheduler.drop(uri);
    if (running) this.dropped(running);
    this.analyses.delete(uri);
    this.reads.delete(uri);
    // Nothing waits for a closed document.
    for (const documents of this.reads.values()) {
      for (const document of documents) if (document.uri === uri) documents.delete(document);
    }
    this.settings.delete(uri);
    this.resolvedSettings.delete(uri);
  }
}

function toSettings(raw: UserSettings | null): DocumentSettings {
  return { ...settingsFromUser(raw), ...journalFolderOf(raw) };
}

/** `runbook.run.journalFolder` when it names a folder; blank or of the wrong type means the default. */
function journalFolderOf(raw: UserSettings | null): { journalFolder?: string } {
  const folder = raw?.run?.journalFolder;
  return typeof folder === 'string' && folder.trim() !== '' ? { journalFolder: folder.trim() } : {};
}

/** The file name decides the kind when the text has no `kind:`; untitled documents have none. */
function fileNameOf(uri: string): string {
  const last = uri.split(/[?#]/)[0].split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The answer to a request about a version that is no longer current: the editor asks again. */
function contentModified(uri: string): ResponseError<void> {
  return new ResponseError(
    LSPErrorCodes.ContentModified,
    `${uri} changed (or closed) before its analysis ended; ask again.`,
  );
}
