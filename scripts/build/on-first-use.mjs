// The modules loaded on first use, bundled apart. The extension's (see src/client/on-first-use.ts):
// in the extension's bundle, `await import('…/core/analyze')` becomes
// `require('./on-first-use.js').analyze`, so the modules behind it are neither read nor compiled
// while VS Code activates the extension. The server's (see src/server/on-first-use.ts): packages
// the core imports statically, each a stand-in in the server's bundle that requires
// `./server-on-first-use.js` when one of its exports is first read.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export const ON_FIRST_USE_ENTRY = 'src/client/on-first-use.ts';
const BUNDLE = './on-first-use.js';
const NAMESPACE = 'on-first-use';

export const SERVER_ON_FIRST_USE_ENTRY = 'src/server/on-first-use.ts';
const SERVER_BUNDLE = './server-on-first-use.js';
const SERVER_NAMESPACE = 'server-on-first-use';

/**
 * The entry's `export * as name from 'path'` lines: the module's absolute path (no extension), or
 * a package's name as written, → name.
 */
export function onFirstUseModules(root = process.cwd(), entryPath = ON_FIRST_USE_ENTRY) {
  const entry = join(root, entryPath);
  const modules = new Map();
  for (const [, name, path] of readFileSync(entry, 'utf8').matchAll(
    /^export \* as (\w+) from '([^']+)';$/gm,
  ))
    modules.set(path.startsWith('.') ? resolve(dirname(entry), path) : path, name);
  return modules;
}

/** The plugin for the extension's build; the language client library is left to its own plugin. */
export const onFirstUseApart = {
  name: 'on-first-use-apart',
  setup(build) {
    const root = build.initialOptions.absWorkingDir ?? process.cwd();
    const modules = onFirstUseModules(root);
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import' || args.path.endsWith('/language-client-library'))
        return undefined;
      const name = modules.get(resolve(args.resolveDir, args.path).replace(/\.ts$/, ''));
      if (name) return { path: name, namespace: NAMESPACE };
      return {
        errors: [
          { text: `${args.path} is imported on first use but not listed in ${ON_FIRST_USE_ENTRY}` },
        ],
      };
    });
    build.onResolve({ filter: /^\.\/on-first-use\.js$/ }, () => ({ path: BUNDLE, external: true }));
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(BUNDLE)}).${args.path};`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/**
 * The plugin for the server's build. An import of a package listed in the server's entry becomes
 * a stand-in whose exports (named here, from the package as the build finds it) are getters: the
 * first one read requires the bundle apart. esbuild reads an import's bindings at each use, not
 * at the import, so nothing requires that bundle until the code that uses the package runs.
 */
export const serverOnFirstUseApart = {
  name: 'server-on-first-use-apart',
  setup(build) {
    const root = build.initialOptions.absWorkingDir ?? process.cwd();
    const packages = onFirstUseModules(root, SERVER_ON_FIRST_USE_ENTRY);
    const local = [...packages.keys()].filter((path) => path.startsWith('/'));
    if (local.length)
      throw new Error(
        `${SERVER_ON_FIRST_USE_ENTRY} lists modules, not packages: ${local.join(', ')}`,
      );
    const requireFromRoot = createRequire(join(root, 'package.json'));
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      packages.has(args.path) && args.namespace !== SERVER_NAMESPACE
        ? { path: args.path, namespace: SERVER_NAMESPACE }
        : undefined,
    );
    build.onResolve({ filter: /^\.\/server-on-first-use\.js$/ }, () => ({
      path: SERVER_BUNDLE,
      external: true,
    }));
    build.onLoad({ filter: /.*/, namespace: SERVER_NAMESPACE }, (args) => ({
      contents: standIn(packages.get(args.path), Object.keys(requireFromRoot(args.path))),
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/** A module whose `exportNames` read the bundle apart's `name` export, requiring it the first time. */
function standIn(name, exportNames) {
  return [
    'let loaded;',
    `const load = () => (loaded ??= require(${JSON.stringify(SERVER_BUNDLE)}).${name});`,
    `for (const name of ${JSON.stringify(exportNames)})`,
    '  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });',
  ].join('\n');
}
