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
 * fight over one file. The bundles beside it that it requires on first use
 * (`./server-on-first-use.js`, src/server/on-first-use.ts) are run the same way, each with a cache
 * of its own. Without a folder the bundle is simply required.
 */
export function runWithCodeCache(mainPath: string, cacheDir: string | undefined): void {
  if (cacheDir === undefined) {
    createRequire(mainPath)(mainPath);
    return;
  }
  new CachedBundles(cacheDir).run(mainPath);
}

/** What the bundle requires from its own folder by name: another bundle of the build. */
const BESIDE = /^\.\/[\w-]+\.js$/;

type ModuleWrapper = (
  exports: unknown,
  require: NodeJS.Require,
  module: Module,
  filename: string,
  dirname: string,
) => void;

/** The bundles one server has run with the cache folder, and the cache files of this build. */
class CachedBundles {
  private readonly ran = new Map<string, Module>();
  private readonly current = new Set<string>();

  constructor(private readonly dir: string) {}

  /** The bundle's exports; it runs once, with its cache when there is one. */
  run(path: string): unknown {
    const known = this.ran.get(path);
    if (known) return known.exports;
    const source = readFileSync(path, 'utf8');
    const cacheFile = join(this.dir, `${PREFIX}${cacheKey(source)}${SUFFIX}`);
    this.current.add(cacheFile);
    const cachedData = readIfThere(cacheFile);
    const script = new Script(Module.wrap(source), { filename: path, cachedData });
    const wrapper = script.runInThisContext() as ModuleWrapper;
    const bundle = new Module(path, module);
    bundle.filename = path;
    bundle.loaded = true;
    this.ran.set(path, bundle);
    wrapper.call(
      bundle.exports,
      bundle.exports,
      this.requireFor(path),
      bundle,
      path,
      dirname(path),
    );
    if (!cachedData || script.cachedDataRejected)
      writeLater(() => writeCache(this.dir, cacheFile, script, this.current));
    return bundle.exports;
  }

  /** Node's `require` for the bundle at `path`, except that a bundle beside it runs with its cache. */
  private requireFor(path: string): NodeJS.Require {
    const plain = createRequire(path);
    const required = (id: string): unknown =>
      BESIDE.test(id) ? this.run(join(dirname(path), id)) : plain(id);
    return Object.assign(required, plain);
  }
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
 * other builds (any not in `current`), so that the folder holds one per bundle. A cache is only
 * a saving: failing to write one (a read-only or full disk, a file where the folder should be)
 * is not worth a word. Nothing
 * here may throw: it runs in the process's `exit` event, and an exception there would stop
 * `process.exit` and leave the server running after the editor asked it to exit.
 */
function writeCache(dir: string, file: string, script: Script, current: ReadonlySet<string>): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
    for (const name of readdirSync(dir))
      if (name.startsWith(PREFIX) && !current.has(join(dir, name)))
        rmSync(join(dir, name), { force: true });
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written there.
    }
  }
}
