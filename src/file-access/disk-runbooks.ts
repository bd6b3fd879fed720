import { resolve } from 'node:path';
import { analyze } from '../core/analyze';
import type { Analysis, LinkedRunbook, RunbookResolver } from '../core/analysis-types';
import type { Settings } from '../core/settings';
import {
  linkedFrom,
  linkTarget,
  readRunbookText,
  realPathOf,
  statRunbookFile,
} from './link-target';

interface Entry {
  mtimeMs: number;
  size: number;
  settings: Settings;
  analysis: Analysis;
}

/**
 * Linked runbooks read from disk, each analysed once per file version (size and modification
 * time) and settings, however many announcements link it. The server forgets a file when the
 * editor reports it changed; the CLI keeps one for a run.
 */
export class DiskRunbooks {
  private readonly entries = new Map<string, Entry>();

  /**
   * The runbook at an absolute `path`; `written` is the link as the announcement wrote it, for
   * messages; `realPath` is the file read (linkTarget's, symbolic links resolved). Never throws.
   */
  resolve(path: string, written: string, settings: Settings, realPath = path): LinkedRunbook {
    const stat = statRunbookFile(realPath, written, settings.maxFileSizeBytes);
    if (!stat.ok) {
      this.entries.delete(realPath);
      return stat.problem;
    }
    // Keyed by the file read: a link retargeted is another entry, and a change to the file forgets it.
    const cached = this.entries.get(realPath);
    if (
      cached &&
      cached.mtimeMs === stat.mtimeMs &&
      cached.size === stat.size &&
      cached.settings === settings
    )
      return linkedFrom(path, written, cached.analysis);
    const read = readRunbookText(realPath, written);
    if (!read.ok) return read.problem;
    // A linked runbook's own links are not followed (runbooks have none), nor is its "now" needed.
    const analysis = analyze(read.text, path, settings);
    this.entries.set(realPath, { mtimeMs: stat.mtimeMs, size: stat.size, settings, analysis });
    return linkedFrom(path, written, analysis);
  }

  /** Drops what is known of a file, so that the next link to it reads it again. */
  forget(path: string): void {
    this.entries.delete(path);
    // Entries are keyed by the real path, which differs when a folder on the way is a link.
    const real = realPathOf(path);
    if (real !== undefined) this.entries.delete(real);
  }
}

/**
 * The CLI's resolver for one announcement file: links resolve on disk, inside `roots` (the
 * current directory) or, for an announcement outside them, beside or below it.
 */
export function diskResolver(
  announcementPath: string,
  roots: readonly string[],
  settings: Settings,
  disk: DiskRunbooks,
): RunbookResolver {
  const absolute = resolve(announcementPath);
  return (written) => {
    const target = linkTarget(absolute, written, roots);
    return target.ok
      ? disk.resolve(target.path, written, settings, target.realPath)
      : target.problem;
  };
}
