/**
 * The V8 options the language server runs with, wherever it is started (the extension's client,
 * `npm run bench`). Semi-spaces of 8 MB instead of V8's 16 MB: each keystroke's analysis of a
 * large runbook is mostly short-lived objects, and a smaller young generation collects them
 * sooner; at 10,000 steps the server's peak resident set is about 20 MB lower, edits no slower
 * (issue 11).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=8'];

/**
 * The language server's argument naming the folder where it keeps V8's compiled code between
 * starts (src/server/loader/code-cache.ts); the extension passes its global storage. Without it
 * the server compiles its code afresh at each start.
 */
export const CODE_CACHE_DIR_ARG = '--code-cache-dir=';

/** The arguments that give the server `dir` as its code cache folder. */
export function codeCacheArgs(dir: string | undefined): string[] {
  return dir === undefined ? [] : [`${CODE_CACHE_DIR_ARG}${dir}`];
}
