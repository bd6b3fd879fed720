import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Analysis, LinkedRunbook } from '../core/analysis-types';
import { kindFromFileName } from '../core/document-kind';
import { closestMatches } from '../core/text/closest';

/** An announcement's link that leads nowhere usable, with the message `runbook-not-found` shows. */
export type LinkProblem = Exclude<LinkedRunbook, { status: 'found' }>;

/** True when `path` is `folder` or inside it (both absolute). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Where a link may lead: `path` as written in messages, `realPath` (symbolic links resolved) to read. */
export type LinkTarget =
  { ok: true; path: string; realPath: string } | { ok: false; problem: LinkProblem };

/**
 * Where an announcement's `runbook:` (as written) leads: resolved against the announcement's
 * folder, and refused when it is the announcement itself or lies outside the workspace. The
 * workspace is the root folder (of `roots`) holding the announcement; an announcement in none of
 * them (a file opened on its own, a CLI run from elsewhere) may link only beside or below itself.
 * Both the path as written and the file it really is (symbolic links followed) must be inside:
 * a link inside the workspace to a file outside it is refused like the file itself.
 */
export function linkTarget(
  announcementPath: string | undefined,
  written: string,
  roots: readonly string[],
): LinkTarget {
  const quoted = `"${written}"`;
  if (written.trim() === '')
    return {
      ok: false,
      problem: {
        status: 'not-found',
        path: '',
        message:
          '`runbook:` is empty: give the path of the runbook this announces, like ./upgrade.runbook.yaml.',
      },
    };
  if (announcementPath === undefined) {
    return {
      ok: false,
      problem: {
        status: 'not-found',
        path: '',
        message: `This announcement is not saved in a folder, so ${quoted} cannot be found relative to it: save it first.`,
      },
    };
  }
  const path = resolve(dirname(announcementPath), written);
  if (path === announcementPath) return { ok: false, problem: itself(path, quoted) };
  const workspace = roots.filter((root) => isInside(announcementPath, root));
  if (workspace.length > 0 && !workspace.some((root) => isInside(path, root))) {
    return {
      ok: false,
      problem: {
        status: 'outside-workspace',
        path,
        message: `${quoted} is outside the workspace folder ${workspace[0]}: only runbooks inside it are read.`,
      },
    };
  }
  const own = dirname(announcementPath);
  if (workspace.length === 0 && !isInside(path, own)) {
    return {
      ok: false,
      problem: {
        status: 'outside-workspace',
        path,
        message: `${quoted} is outside this announcement's folder, and the announcement is in no workspace folder: only runbooks beside it or below it are read.`,
      },
    };
  }
  return workspace.length > 0
    ? realTarget(path, quoted, announcementPath, workspace, `the workspace folder ${workspace[0]}`)
    : realTarget(path, quoted, announcementPath, [own], "this announcement's folder");
}

/**
 * The file a link inside `folders` really is. A missing file (or a loop of links) is left to
 * statRunbookFile to explain; the folders are resolved too, since they may sit under a link
 * themselves (macOS's /tmp). Where a link leads outside is not said: that path is not the
 * workspace's to show.
 */
function realTarget(
  path: string,
  quoted: string,
  announcementPath: string,
  folders: readonly string[],
  where: string,
): LinkTarget {
  const realPath = realPathOf(path);
  if (realPath === undefined) return { ok: true, path, realPath: path };
  if (realPath === realPathOf(announcementPath))
    return { ok: false, problem: itself(path, quoted) };
  if (folders.some((folder) => isInside(realPath, realPathOf(folder) ?? folder)))
    return { ok: true, path, realPath };
  return {
    ok: false,
    problem: {
      status: 'outside-workspace',
      path,
      message: `${quoted} is a symbolic link (or lies under one) leading outside ${where}: only runbooks inside it are read.`,
    },
  };
}

/** `path` with every symbolic link resolved; undefined when it cannot be (missing, a loop). */
export function realPathOf(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

function itself(path: string, quoted: string): LinkProblem {
  return {
    status: 'self',
    path,
    message: `${quoted} is this announcement itself; \`runbook:\` names the runbook it announces.`,
  };
}

/** A linked file's size and modification time (what a cache of it is keyed by), or why it cannot be a runbook. */
export type RunbookFileStat =
  { ok: true; mtimeMs: number; size: number } | { ok: false; problem: LinkProblem };

/** Looks at the file a link leads to without reading it: missing, a folder, too large. Never throws. */
export function statRunbookFile(path: string, written: string, maxBytes: number): RunbookFileStat {
  const quoted = `"${written}"`;
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      return {
        ok: false,
        problem: {
          status: 'folder',
          path,
          message: `${quoted} is a folder, not a runbook: name the *.runbook.yaml file in it.`,
        },
      };
    if (!stat.isFile())
      return {
        ok: false,
        problem: notRegular(path, quoted),
      };
    if (stat.size > maxBytes) return { ok: false, problem: tooLarge(path, quoted) };
    return { ok: true, mtimeMs: stat.mtimeMs, size: stat.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { ok: false, problem: notFound(path, written) };
    return {
      ok: false,
      problem: {
        status: 'unreadable',
        path,
        message: `Cannot read ${quoted}: ${code ?? String(error)}.`,
      },
    };
  }
}

/**
 * Reads a linked file as the editor would: invalid UTF-8 becomes U+FFFD. Only a regular file is
 * read: what was opened is checked again (the file may have been swapped since it was looked
 * at), and opening does not wait on a FIFO. Never throws.
 */
export function readRunbookText(
  path: string,
  written: string,
): { ok: true; text: string } | { ok: false; problem: LinkProblem } {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile())
      return {
        ok: false,
        problem: notRegular(path, `"${written}"`),
      };
    return { ok: true, text: new TextDecoder('utf-8').decode(readFileSync(fd)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      problem: {
        status: 'unreadable',
        path,
        message: `Cannot read "${written}": ${code ?? String(error)}.`,
      },
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The link's answer for an analysed file: found when it is a runbook, else why not. */
export function linkedFrom(path: string, written: string, analysis: Analysis): LinkedRunbook {
  const quoted = `"${written}"`;
  if (analysis.skipped) return tooLarge(path, quoted);
  if (analysis.kind === 'runbook') return { status: 'found', path, analysis };
  const what =
    analysis.kind === 'announcement'
      ? 'an announcement'
      : 'neither a runbook nor an announcement (no `kind: runbook`, and its name does not end in .runbook.yaml)';
  return {
    status: 'not-a-runbook',
    path,
    message: `${quoted} is ${what}; \`runbook:\` names the runbook this announces.`,
  };
}

/** A FIFO, a device, a socket: reading it could block or never end, and it is no runbook. */
function notRegular(path: string, quoted: string): LinkProblem {
  return { status: 'unreadable', path, message: `${quoted} is not a regular file.` };
}

function tooLarge(path: string, quoted: string): LinkProblem {
  return {
    status: 'unreadable',
    path,
    message: `${quoted} is larger than \`runbook.maxFileSize\`, so it is not read.`,
  };
}

/** No file there; with the closest runbook file name in that folder as a suggestion, written as the link was. */
function notFound(path: string, written: string): LinkProblem {
  const from = isAbsolute(written) ? '' : ", relative to this announcement's folder";
  const problem: LinkProblem = {
    status: 'not-found',
    path,
    message: `No file at "${written}"${from}.`,
  };
  let names: string[];
  try {
    names = readdirSync(dirname(path)).filter((name) => kindFromFileName(name) === 'runbook');
  } catch {
    return problem;
  }
  const [closest] = closestMatches(basename(path), names, 1);
  if (!closest) return problem;
  const suggestion = written.slice(0, written.length - basename(written).length) + closest;
  return { ...problem, message: `${problem.message} Did you mean ${suggestion}?`, suggestion };
}
