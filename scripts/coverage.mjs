// npm run coverage: the unit, CLI and protocol layers under c8, then one report over src/**.
// The tests run from esbuild bundles (out/test/…; the CLI tests' and protocol tests' child
// processes run dist/cli.js and dist/server.js, which NODE_V8_COVERAGE follows), so c8 maps V8's
// coverage back through the bundles' source maps (`npm run build`, not --production) to src/*.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const LAYERS = ['test:unit', 'test:cli', 'test:lsp'];
const C8 = resolve('node_modules/c8/bin/c8.js');
/** Folders whose totals follow the per-file table (subfolders included). */
const FOLDERS = ['src/core', 'src/server', 'src/cli', 'src/file-access', 'src/protocol'];
const METRICS = ['statements', 'branches', 'functions', 'lines'];

// Include and exclude apply after the source maps (a bundle holds src, test and node_modules
// code alike). v8-to-istanbul first checks each range's source as Node's source-map cache wrote
// it, a file: URL, which test-exclude reads as a path relative to here ("file:/…/src/x.ts"); the
// second pattern keeps those ranges, else every src line would stay counted as covered.
const srcAsUrl = relative(process.cwd(), pathToFileURL(resolve('src')).href);
const OPTIONS = [
  ...['src/**', `${srcAsUrl}/**`].flatMap((glob) => ['--include', glob]),
  ...['test/**', 'node_modules/**'].flatMap((glob) => ['--exclude', glob]),
  '--exclude-after-remap',
  '--reports-dir=coverage',
  '--temp-directory=coverage/tmp',
];

function c8(...args) {
  return spawnSync(process.execPath, [C8, ...args], { stdio: 'inherit' }).status ?? 1;
}

rmSync('coverage', { recursive: true, force: true });
const failed = [];
const took = [];
for (const layer of LAYERS) {
  const started = Date.now();
  if (c8(...OPTIONS, '--clean=false', '--reporter=none', 'npm', 'run', layer) !== 0)
    failed.push(layer);
  took.push(`${layer} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log(`\ncoverage: layers took ${took.join(', ')} (under c8)`);
if (c8('report', ...OPTIONS, '--reporter=text', '--reporter=json-summary') !== 0)
  failed.push('c8 report');

const summary = JSON.parse(readFileSync('coverage/coverage-summary.json', 'utf8'));
const files = Object.entries(summary).filter(([file]) => file !== 'total');
const rows = [['All files', summary.total]];
for (const folder of FOLDERS) {
  const inside = files.filter(([file]) =>
    relative(process.cwd(), file).split('\\').join('/').startsWith(`${folder}/`),
  );
  if (inside.length === 0) continue;
  const totals = Object.fromEntries(
    METRICS.map((metric) => {
      const covered = inside.reduce((sum, [, file]) => sum + file[metric].covered, 0);
      const total = inside.reduce((sum, [, file]) => sum + file[metric].total, 0);
      return [metric, { pct: total === 0 ? 100 : (100 * covered) / total }];
    }),
  );
  rows.push([`${folder}/**`, totals]);
}
console.log(`\n${'Coverage by layer'.padEnd(20)}${METRICS.map((m) => m.padStart(12)).join('')}`);
for (const [name, totals] of rows)
  console.log(
    `${name.padEnd(20)}${METRICS.map((m) => `${totals[m].pct.toFixed(2)}%`.padStart(12)).join('')}`,
  );

if (failed.length > 0) {
  console.error(`\ncoverage: failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
