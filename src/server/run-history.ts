// Past runs' step durations for hovers and quick fixes, read from the journals in the background.
// A request never waits for the disk: it gets what is cached (nothing, the first time) and, when
// that is older than a few seconds, starts a check. So history shows from the hover after the one
// that warmed the cache; a run that ends shows a few seconds later.
import type { Analysis } from '../core/analysis-types';
import type { StepHistory } from '../core/features/calibration';
import { runbookIdOf } from '../core/run/run-plan';
import { historyOfSteps } from '../file-access/journal-history';
import { journalsSignature } from '../file-access/journal-signature';

/** How many of a runbook's newest ended runs the hover lists. */
export const HISTORY_RUNS = 5;
/** How long a runbook's history is used before its journals are checked again (a listing and a stat each). */
const CHECK_AFTER_MS = 2000;
/** Runbooks whose history is kept; the least recently read beyond this are dropped. */
const MAX_RUNBOOKS = 64;

interface Entry {
  history: StepHistory;
  /** The journals' fingerprint when they were read: unchanged means no need to read them again. */
  signature: string;
  checkedAt: number;
}

/** How the cache reaches the disk; tests pass their own. */
export interface RunHistorySources {
  /** The journal folder for a document, or undefined when it has none (not a file). */
  folderFor(uri: string): Promise<string | undefined>;
  read?: (folder: string, runbookId: string, limit: number) => Promise<StepHistory>;
  signature?: (folder: string, runbookId: string) => Promise<string>;
  now?: () => number;
}

/** Each runbook's past step durations, keyed by its journal folder and id, refreshed in the background. */
export class RunHistory {
  private readonly entries = new Map<string, Entry>();
  /** Each document's journal folder, as last resolved (it depends on settings and workspace folders). */
  private readonly folders = new Map<string, string>();
  private readonly pending = new Set<string>();
  /** Bumped by clear(): a read started before a settings change must not store its result. */
  private generation = 0;
  private readonly read;
  private readonly signature;
  private readonly now;

  constructor(private readonly sources: RunHistorySources) {
    this.read = sources.read ?? historyOfSteps;
    this.signature = sources.signature ?? journalsSignature;
    this.now = sources.now ?? Date.now;
  }

  /**
   * The history cached for the runbook `runbookId` open as `uri`, if any. Never waits: when there
   * is none, or it was checked more than two seconds ago, a check starts in the background.
   */
  peek(uri: string, runbookId: string): StepHistory | undefined {
    const folder = this.folders.get(uri);
    const entry = folder === undefined ? undefined : this.entries.get(keyOf(folder, runbookId));
    if (!entry || this.now() - entry.checkedAt > CHECK_AFTER_MS) this.refresh(uri, runbookId);
    return entry?.history;
  }

  /** `peek` for an analysed document: a runbook with steps, under the id its runs are recorded by. */
  forAnalysis(uri: string, analysis: Analysis): StepHistory | undefined {
    if (analysis.kind !== 'runbook' || analysis.steps.length === 0) return undefined;
    return this.peek(uri, runbookIdOf(analysis));
  }

  /** Settings or workspace folders changed: every journal folder may have moved. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.folders.clear();
  }

  /** A document closed: its folder is resolved again if it is opened again. */
  forget(uri: string): void {
    this.folders.delete(uri);
  }

  private refresh(uri: string, runbookId: string): void {
    const task = `${uri}\0${runbookId}`;
    if (this.pending.has(task)) return;
    this.pending.add(task);
    void this.load(uri, runbookId)
      // A journal that cannot be read is no history; the hover is still right without it.
      .catch(() => undefined)
      .finally(() => this.pending.delete(task));
  }

  private async load(uri: string, runbookId: string): Promise<void> {
    const generation = this.generation;
    const folder = await this.sources.folderFor(uri);
    if (folder === undefined || generation !== this.generation) return;
    this.folders.set(uri, folder);
    const key = keyOf(folder, runbookId);
    const signature = await this.signature(folder, runbookId);
    const known = this.entries.get(key);
    if (known && known.signature === signature) {
      known.checkedAt = this.now();
      return;
    }
    const history = await this.read(folder, runbookId, HISTORY_RUNS);
    if (generation !== this.generation) return;
    // Re-inserted, so that the map's order is the order of use and the oldest goes first.
    this.entries.delete(key);
    this.entries.set(key, { history, signature, checkedAt: this.now() });
    const oldest = this.entries.keys().next();
    if (this.entries.size > MAX_RUNBOOKS && !oldest.done) this.entries.delete(oldest.value);
  }
}

function keyOf(folder: string, runbookId: string): string {
  return `${folder}\0${runbookId}`;
}
