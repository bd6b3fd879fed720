import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../core/analyze';
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

/**
 * One analysis per document version: diagnostics, hover, completion and the rest all read the
 * same result, so no request ever parses again. Settings are fetched per document, once.
 */
export class AnalysisCache {
  private readonly analyses = new Map<
    string,
    { version: number; settings: DocumentSettings; analysis: Analysis }
  >();
  private readonly settings = new Map<string, Promise<DocumentSettings>>();
  private readonly resolvedSettings = new Map<string, DocumentSettings>();
  private readonly listeners: Array<(analysis: Analysis) => void> = [];
  supportsConfiguration = false;
  /** The present, taken once per analysed version; `initializationOptions.now` pins it (protocol tests, demos). */
  clock: () => number = Date.now;
  /** Follows an announcement's `runbook:` (the server's LinkedRunbooks); without it links are not followed. */
  linkResolver: ((uri: string, settings: Settings) => RunbookResolver) | undefined;
  /** Documents being analysed: a link back to one of them (two announcements linking each other) is not followed again. */
  private readonly analysing = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** The analysis of a document's current version, computed on first use. */
  get(document: TextDocument): Analysis {
    const settings = this.resolvedSettings.get(document.uri) ?? DEFAULTS;
    const cached = this.analyses.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings)
      return cached.analysis;
    // "Now" is taken once per version: `start-in-past` is as fresh as the last edit or settings change.
    if (this.analysing.has(document.uri))
      return analyze(document.getText(), fileNameOf(document.uri), settings, this.clock());
    this.analysing.add(document.uri);
    let analysis: Analysis;
    try {
      analysis = analyze(
        document.getText(),
        fileNameOf(document.uri),
        settings,
        this.clock(),
        this.linkResolver?.(document.uri, settings),
      );
    } finally {
      this.analysing.delete(document.uri);
    }
    this.analyses.set(document.uri, { version: document.version, settings, analysis });
    for (const listener of this.listeners) listener(analysis);
    return analysis;
  }

  /** Calls `listener` with each new analysis (to prepare work in idle time); it must not block. */
  onAnalysed(listener: (analysis: Analysis) => void): void {
    this.listeners.push(listener);
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
  }

  forget(uri: string): void {
    this.analyses.delete(uri);
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
