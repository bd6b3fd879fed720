import { strict as assert } from 'node:assert';
import * as path from 'node:path';
// esbuild's main file by its path: dependency-cruiser takes a bare `esbuild` for esbuild.mjs.
import { build, type Metafile, type Plugin } from 'esbuild/lib/main.js';
import { onFirstUseApart, onFirstUseModules } from '../../../scripts/build/on-first-use.mjs';

// What keeps activation short (issue 11: at most 50 ms): the extension's entry reaches, through
// static imports, only what registering its commands, panels and lenses needs. The language
// client library, the analysis, the runner and the export formats are imported on first use;
// a static import of any of them would load it with the extension again. And the build puts
// what is imported on first use in bundles of its own (esbuild.mjs), so that VS Code does not
// even compile it while activating the extension.
const REPO_ROOT = path.resolve(__dirname, '../../../..');
const ENTRY = 'src/client/extension.ts';
const LOADED_ON_FIRST_USE = [
  /^node_modules\/vscode-languageclient\//,
  /^node_modules\/vscode-languageserver-protocol\//,
  /^node_modules\/yaml\//,
  /^node_modules\/markdown-it\//,
  /^src\/core\/analyze\.ts$/,
  /^src\/core\/export\/index\.ts$/,
  /^src\/runner\//,
];

/** Every module the entry reaches through static imports, with the chain that reaches it. */
function staticallyReached(metafile: Metafile, entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const chain = chains.get(next) ?? [];
    for (const imported of metafile.inputs[next]?.imports ?? []) {
      if (imported.kind !== 'import-statement' && imported.kind !== 'require-call') continue;
      if (chains.has(imported.path)) continue;
      chains.set(imported.path, [...chain, imported.path]);
      queue.push(imported.path);
    }
  }
  return chains;
}

/** The language client library's own bundle, as esbuild.mjs makes it. */
const LANGUAGE_CLIENT_APART: Plugin = {
  name: 'language-client-apart',
  setup(build) {
    build.onResolve({ filter: /\/language-client-library$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './language-client.js', external: true } : undefined,
    );
  },
};

/** The extension's bundle: as esbuild.mjs builds it (`apart`), or with everything in it. */
async function extensionBundle(apart: boolean): Promise<Metafile> {
  const { metafile } = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    outfile: 'dist/extension.js',
    external: ['vscode', 'virtual:*'],
    logLevel: 'silent',
    ...(apart
      ? {
          supported: { 'dynamic-import': false },
          plugins: [LANGUAGE_CLIENT_APART, onFirstUseApart],
        }
      : {}),
  });
  return metafile;
}

describe('client: what activation loads', () => {
  it('compiles none of what is imported on first use: the client library and on-first-use.ts are bundles of their own', async () => {
    const metafile = await extensionBundle(true);
    const inBundle = Object.keys(metafile.inputs).filter((module) =>
      LOADED_ON_FIRST_USE.some((pattern) => pattern.test(module)),
    );
    assert.deepEqual(inBundle, [], 'compiled with the extension');
    const output = Object.values(metafile.outputs)[0];
    // Besides vscode and Node's own modules, the bundle requires only the two bundles apart.
    const required = new Set(output.imports.map((imported) => imported.path));
    assert.deepEqual(
      [...required].filter((path) => path !== 'vscode' && !path.startsWith('node:')).sort(),
      ['./language-client.js', './on-first-use.js'],
    );
  });

  it('lists in on-first-use.ts exactly the modules the client imports on first use', async () => {
    const { inputs } = await extensionBundle(false);
    const imported = new Set(
      Object.values(inputs).flatMap((input) =>
        input.imports.flatMap((i) => (i.kind === 'dynamic-import' ? [i.path] : [])),
      ),
    );
    imported.delete('src/client/language-client-library.ts');
    const listed = [...onFirstUseModules(REPO_ROOT).keys()].map(
      (module) => `${path.relative(REPO_ROOT, module)}.ts`,
    );
    assert.deepEqual(listed.sort(), [...imported].sort());
  });

  it('reaches neither the language client library, the analysis, the runner nor the exports', async () => {
    const metafile = await extensionBundle(false);
    const chains = staticallyReached(metafile, ENTRY);
    const eager = [...chains.keys()].filter((module) =>
      LOADED_ON_FIRST_USE.some((pattern) => pattern.test(module)),
    );
    assert.deepEqual(
      eager.map((module) => chains.get(module)?.join(' -> ')),
      [],
      'loaded with the extension',
    );
    // The check sees the graph: the library is in the bundle, reached on first use.
    assert.ok(
      Object.keys(metafile.inputs).some((module) => LOADED_ON_FIRST_USE[0].test(module)),
      'the language client library is not in the bundle at all',
    );
  });
});
