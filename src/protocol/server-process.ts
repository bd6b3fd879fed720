/**
 * The V8 options the language server runs with, wherever it is started (the extension's client,
 * `npm run bench`). Both bound its memory while a large runbook is typed into (issue 11):
 *
 * - Semi-spaces of 8 MB instead of V8's 16 MB: each keystroke's analysis of a large runbook is
 *   mostly short-lived objects, and a smaller young generation collects them sooner; at 10,000
 *   steps the server's peak resident set is about 20 MB lower, edits no slower.
 * - `--heap-growing-percent=100`: the next full collection comes when the old generation has
 *   doubled since the last one, whatever V8's own factor would be (up to 4 when the heap may
 *   reach 2 GB or more: Node's limit is 4 GB on a machine of 16 GB). Each keystroke replaces
 *   the whole-file parts of the analysis (the text, the step model, graph and plan: about 11 MB
 *   at 10,000 steps), which live until the next keystroke and so die in the old generation;
 *   nothing is retained (the heap after a full collection stays at about 47 MB after 200 edits
 *   in 200 places). V8 let that garbage pile up to about 230 MB before collecting it: peak RSS
 *   320 MB after 100 keystrokes at 10,000 steps, 1.6–1.9 GB at 100,000. With the factor 2:
 *   210 MB and 1.0–1.2 GB, edit → diagnostics no slower within the noise, server CPU per
 *   keystroke about 5 % higher (the factor 1.5 gave 178 MB for 19 % more CPU).
 */
export const SERVER_EXEC_ARGV: readonly string[] = [
  '--max-semi-space-size=8',
  '--heap-growing-percent=100',
];

/**
 * Environment variables the language server is started with, over the editor's own, wherever it
 * is started (the extension's client, `npm run bench`). `NODE_EXTRA_CA_CERTS` names a file of
 * certificates that Node 20 reads and parses as the process starts, before any of the server's
 * code runs: about 60 ms for a system bundle of 144 certificates on the bench's machine, a fifth
 * of the server's start (issue 11). The server opens no TLS connection, so it never uses them;
 * an empty value makes Node skip the file.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { NODE_EXTRA_CA_CERTS: '' };

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
