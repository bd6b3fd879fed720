// Builds only when an output is missing or older than a source: `npm test` has just built, and a
// second `npm run test:e2e` should not pay for a build it does not need.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './code-server.mjs';

const SOURCES = [
  'src',
  'test/vscode',
  'test/injection',
  'schemas',
  'esbuild.mjs',
  'scripts/build',
  'package.json',
];
const OUTPUTS = [
  'dist/extension.js',
  'dist/language-client.js',
  'dist/on-first-use.js',
  'dist/server.js',
  'dist/server-main.js',
  'dist/server-on-first-use.js',
  'out/test/vscode/index.js',
  'out/test/vscode/untrusted/index.js',
  'out/test/injection/payload-files.js',
];

function newestBelow(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestBelow(join(path, name))));
}

export function isStale() {
  const outputs = OUTPUTS.map((file) => join(ROOT, file));
  if (!outputs.every(existsSync)) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return SOURCES.some(
    (source) => existsSync(join(ROOT, source)) && newestBelow(join(ROOT, source)) > built,
  );
}

/** Runs an npm script in the repository, its output shown; throws when it fails. */
export function npmRun(script, ...args) {
  const result = spawnSync(
    'npm',
    ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0)
    throw new Error(`npm run ${script} failed (${result.status ?? result.signal})`);
}

/** `npm run build` when something changed since the last build; says which it did. */
export function buildIfStale(log = console.log) {
  if (!isStale()) {
    log('build is up to date');
    return;
  }
  log('building (npm run build)');
  npmRun('build');
}
