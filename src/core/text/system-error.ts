// People meet Node's system errors as codes (ENOENT, EACCES); what they need is what went wrong,
// in words, with the code kept for searching. Pure: the error only has to carry a `code`.

const WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EIO: 'the disk or network share failed (input/output error)',
  ENOTDIR: 'a part of that path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'it already exists',
  ENOENT: 'it does not exist',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'it leads round a loop of symbolic links',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EBADF: 'the file was already closed',
};

/** The code of a Node system error, if it is one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A system error in words with its code, like "the disk is full (ENOSPC)". `words` overrides the
 * common wording for a code where the caller knows better ("a journal of that name already exists").
 */
export function describeError(error: unknown, words: Record<string, string> = {}): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code) {
    // Node writes "ENOSYS: function not implemented, open '/x'": keep the words, not the path again.
    const said = words[code] ?? WORDS[code] ?? /^[A-Z0-9]+: ([^,]+)/.exec(message)?.[1];
    return `${said ?? 'the system refused'} (${code})`;
  }
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}
