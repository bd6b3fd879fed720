// A journal that cannot be written stops the run, and the person at the terminal or in VS Code
// must see where and why in one sentence, never a stack trace.

/** Why the journal could not be opened or written; `message` says where and why, in words. */
export class JournalError extends Error {
  override readonly name = 'JournalError';
  constructor(
    message: string,
    /** The system's error code (ENOSPC, EACCES, …) when there was one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

const WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EIO: 'the disk or network share failed (input/output error)',
  ENOTDIR: 'a part of that path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'a journal of that name already exists',
  ENOENT: 'it does not exist',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EBADF: 'the journal was already closed',
};

/** The code of a Node system error, if it is one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A system error in words with its code, like "the disk is full (ENOSPC)". */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  // Node writes "ENOSYS: function not implemented, open '/x'": keep the words, not the path again.
  const words = code ? (WORDS[code] ?? /^[A-Z0-9]+: ([^,]+)/.exec(message)?.[1]) : undefined;
  if (code) return `${words ?? 'the system refused'} (${code})`;
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}
