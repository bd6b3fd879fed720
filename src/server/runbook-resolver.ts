import { fileURLToPath } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, RunbookResolver } from '../core/analysis-types';
import type { Settings } from '../core/settings';
import { DiskRunbooks } from '../file-access/disk-runbooks';
import { linkedFrom, linkTarget } from '../file-access/link-target';

/** The file system path of a `file:` URI; undefined for other schemes (untitled, virtual). */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The server's side of `runbook:` links: resolves an announcement's link against the workspace
 * folders, answers from the editor's text when the runbook is open and from the disk otherwise,
 * and remembers which announcements followed a link to which file, so that a change to the
 * runbook re-checks them.
 */
export class LinkedRunbooks {
  private folders: string[] = [];
  private roots: string[] = [];
  private readonly disk = new DiskRunbooks();
  /** Runbook path → the URIs of the announcements whose last analysis followed a link to it. */
  private readonly dependents = new Map<string, Set<string>>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  /** The workspace folders (from `initialize`, then from `workspace/didChangeWorkspaceFolders`). */
  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = [...uris];
    this.roots = uris.flatMap((uri) => filePath(uri) ?? []);
  }

  /** The workspace folders' URIs, as last set. */
  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /**
   * The resolver for one analysis of an announcement. `analyseOpen` gives the analysis of an open
   * document (the server's cache), so an open runbook is read as the editor shows it, unsaved.
   */
  resolverFor(
    uri: string,
    settings: Settings,
    analyseOpen: (document: TextDocument) => Analysis,
  ): RunbookResolver {
    // The link may have changed since the last analysis: start its dependencies afresh.
    this.forgetDependent(uri);
    const announcementPath = filePath(uri);
    return (written) => {
      const target = linkTarget(announcementPath, written, this.roots);
      const path = target.ok ? target.path : target.problem.path;
      if (path) this.depend(path, uri);
      if (!target.ok) return target.problem;
      const open = this.openDocument(target.path);
      return open
        ? linkedFrom(target.path, written, analyseOpen(open))
        : this.disk.resolve(target.path, written, settings, target.realPath);
    };
  }

  /** The announcements (URIs) whose last analysis followed a link to this document or file. */
  dependentsOf(uri: string): string[] {
    const path = filePath(uri);
    return path
      ? [...(this.dependents.get(path) ?? [])].filter((dependent) => dependent !== uri)
      : [];
  }

  /** A file changed on disk: its next use reads it again. */
  fileChanged(uri: string): void {
    const path = filePath(uri);
    if (path) this.disk.forget(path);
  }

  /** An announcement closed or re-analysed: it no longer depends on what it linked. */
  forgetDependent(uri: string): void {
    for (const [path, uris] of this.dependents) {
      uris.delete(uri);
      if (uris.size === 0) this.dependents.delete(path);
    }
  }

  private depend(path: string, uri: string): void {
    let uris = this.dependents.get(path);
    if (!uris) this.dependents.set(path, (uris = new Set()));
    uris.add(uri);
  }

  private openDocument(path: string): TextDocument | undefined {
    return this.documents.all().find((document) => filePath(document.uri) === path);
  }
}
