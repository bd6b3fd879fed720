import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { CODE_CACHE_DIR_ARG } from '../../protocol/server-process';

/** Every cache file this loader writes: `server-<key>.v8cache`, one per build, Node and flags. */
const PREFIX = 'server-';
const SUFFIX = '.v8cache';

/**
 * A server that started without a usable cache writes one at exit, or after this long if it is
 * still running then (a process killed rather than stopped never reaches its exit): by then it has
 * compiled what analysing and answering needs, not only what loading it does.
 */
const WRITE_AFTER_MS = 10_000;

/** The folder named by `--code-cache-dir=` on the command line, if any. */
export function codeCacheDirOf(argv: readonly string[]): string | undefined {
  const arg = argv.find((a) => a.startsWith(CODE_CACHE_DIR_ARG));
  const dir = arg?.slice(CODE_CACHE_DIR_ARG.length);
  return dir ? dir : undefined;
}

/**
 * Runs the server's bundle as Node's `require` would, with V8's code cache from `cacheDir` when
 * one was written for this very bundle, Node and flags: compiling the bundle is about a third of
 * the time from the process's start to its first diagnostics (issue 11). V8 refuses a cache of
 * another V8 version or flags, or of a source of another length, and then compiles afresh; the
 * file's name holds a hash of the source itself with Node's version and the flags, so that a cache
 * is never used for another build of the same length, and two servers of different builds never
 * fight over one file. Without a folder the bundle is simply required.
 */
export function runWithCodeCache(mainPath: string, cacheDir: string | undefined): void {
  if (cacheDir === undefined) {
    createRequire(mainPath)(mainPath);
    return;
  }
  const source = readFileSync(mainPath, 'utf8');
  const cacheFile = join(cacheDir, `${PREFIX}${cacheKey(source)}${SUFFIX}`);
  const cachedData = readIfThere(cacheFile);
  const script = new Script(Module.wrap(source), { filename: mainPath, cachedData });
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  const main = new Module(mainPath, module);
  main.filename = mainPath;
  main.loaded = true;
  wrapper.call(
    main.exports,
    main.exports,
    createRequire(mainPath),
    main,
    mainPath,
    dirname(mainPath),
  );
  if (!cachedData || script.cachedDataRejected)
    writeLater(() => writeCache(cacheDir, cacheFile, script));
}

/** The build, Node and V8 flags a cache belongs to, in 16 hex digits. */
function cacheKey(source: string): string {
  return createHash('sha256')
    .update(`${process.version} ${process.arch} ${process.execArgv.join(' ')}\n`)
    .update(source)
    .digest('hex')
    .slice(0, 16);
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeLater(write: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    write();
  };
  setTimeout(once, WRITE_AFTER_MS).unref();
  process.once('exit', once);
}

/**
 * Writes the cache whole or not at all (a temporary file renamed), and removes the caches of
 * other builds, so that the folder holds one. A cache is only a saving: failing to write one
 * (a read-only or full disk, a file where the folder should be) is not worth a word. Nothing
 * here may throw: it runs in the process's `exit` event, and an exception there would stop
 * `process.exit` and leave the server running after the editor asked it to exit.
 */
function writeCache(dir: string, file: string, script: Script): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
    for (const name of readdirSync(dir))
      if (name.startsWith(PREFIX) && join(dir, name) !== file)
        rmSync(join(dir, name), { force: true });
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written there.
    }
  }
}
