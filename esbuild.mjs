// One build for everything that runs: the extension (client), the language server, the CLI,
// and the test suites. `--production` minifies the shipped bundles; `--watch` rebuilds on change.
// Type checking is `npm run check` (tsc --noEmit), kept apart so builds stay fast.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  ON_FIRST_USE_ENTRY,
  onFirstUseApart,
  SERVER_ON_FIRST_USE_ENTRY,
  serverOnFirstUseApart,
} from './scripts/build/on-first-use.mjs';
import { schemaValidators } from './scripts/build/schema-validators.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shipped = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [schemaValidators],
};

/** Every *.ts file below a folder, for the test bundles. */
function filesBelow(dir, suffix) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesBelow(path, suffix);
    return path.endsWith(suffix) ? [path] : [];
  });
}

/**
 * The extension imports the language client library (src/client/language-client-library.ts)
 * only dynamically, when it starts the client: that import becomes a require of the library's
 * own bundle, so that VS Code neither reads nor compiles it while activating the extension.
 */
const languageClientApart = {
  name: 'language-client-apart',
  setup(build) {
    build.onResolve({ filter: /\/language-client-library$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './language-client.js', external: true } : undefined,
    );
  },
};

const builds = [
  {
    ...shipped,
    entryPoints: ['src/client/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [...shipped.plugins, languageClientApart, onFirstUseApart],
    // A require, not Node's import(): VS Code's extension host loads extensions as CommonJS.
    supported: { 'dynamic-import': false },
  },
  {
    ...shipped,
    entryPoints: [ON_FIRST_USE_ENTRY],
    outfile: 'dist/on-first-use.js',
    external: ['vscode'],
    plugins: [...shipped.plugins, languageClientApart],
    supported: { 'dynamic-import': false },
  },
  {
    ...shipped,
    entryPoints: ['src/client/language-client-library.ts'],
    outfile: 'dist/language-client.js',
    external: ['vscode'],
  },
  // The server's entry is a small loader that runs the server's bundle with V8's code cache.
  { ...shipped, entryPoints: ['src/server/loader/server-loader.ts'], outfile: 'dist/server.js' },
  // What it reads only on first use (src/server/on-first-use.ts) is a bundle of its own.
  {
    ...shipped,
    entryPoints: ['src/server/server.ts'],
    outfile: 'dist/server-main.js',
    plugins: [...shipped.plugins, serverOnFirstUseApart],
  },
  { ...shipped, entryPoints: [SERVER_ON_FIRST_USE_ENTRY], outfile: 'dist/server-on-first-use.js' },
  {
    ...shipped,
    entryPoints: ['src/cli/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
];

if (!production) {
  // Start the test bundles afresh: the output of a deleted test file would otherwise still run.
  if (!watch) rmSync('out/test', { recursive: true, force: true });
  // Tests stay unminified with source maps; mocha and vscode are loaded from node_modules / the host.
  builds.push({
    ...shipped,
    entryPoints: filesBelow('test', '.ts').filter((f) => !f.endsWith('.d.ts')),
    outbase: 'test',
    outdir: 'out/test',
    bundle: true,
    external: ['vscode', 'mocha', '@vscode/test-electron', 'playwright-core', 'esbuild'],
  });
}

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
  console.log('[watch] building…');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
