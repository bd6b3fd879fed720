// A journal that cannot be written stops the run, and the person at the terminal or in VS Code
// must see where and why in one sentence, never a stack trace.

import { describeError as describeSystemError } from '../core/text/system-error';

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

/** Where the journal knows better than the common wording. */
const JOURNAL_WORDS: Record<string, string> = {
  EEXIST: 'a journal of that name already exists',
  EBADF: 'the journal was already closed',
};

export { errorCode } from '../core/text/system-error';

/** A system error in words with its code, like "the disk is full (ENOSPC)". */
export function describeError(error: unknown): string {
  return describeSystemError(error, JOURNAL_WORDS);
}
