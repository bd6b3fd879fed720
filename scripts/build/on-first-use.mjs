// The extension's modules loaded on first use, bundled apart (see src/client/on-first-use.ts):
// in the extension's bundle, `await import('…/core/analyze')` becomes
// `require('./on-first-use.js').analyze`, so the modules behind it are neither read nor compiled
// while VS Code activates the extension.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ON_FIRST_USE_ENTRY = 'src/client/on-first-use.ts';
const BUNDLE = './on-first-use.js';
const NAMESPACE = 'on-first-use';

/** The entry's `export * as name from './path'` lines: the module's absolute path (no extension) → name. */
export function onFirstUseModules(root = process.cwd()) {
  const entry = join(root, ON_FIRST_USE_ENTRY);
  const modules = new Map();
  for (const [, name, path] of readFileSync(entry, 'utf8').matchAll(
    /^export \* as (\w+) from '([^']+)';$/gm,
  ))
    modules.set(resolve(dirname(entry), path), name);
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
