import { strict as assert } from 'node:assert';
import * as path from 'node:path';
// esbuild's main file by its path: dependency-cruiser takes a bare `esbuild` for esbuild.mjs.
import { build, type Metafile } from 'esbuild/lib/main.js';

// What keeps activation short (issue 11: at most 50 ms): the extension's entry reaches, through
// static imports, only what registering its commands, panels and lenses needs. The language
// client library, the analysis, the runner and the export formats are imported on first use;
// a static import of any of them would load it with the extension again.
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

describe('client: what activation loads', () => {
  it('reaches neither the language client library, the analysis, the runner nor the exports', async () => {
    const { metafile } = await build({
      absWorkingDir: REPO_ROOT,
      entryPoints: [ENTRY],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      metafile: true,
      outfile: 'activation-imports.js',
      external: ['vscode', 'virtual:*'],
      logLevel: 'silent',
    });
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
