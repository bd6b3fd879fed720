// Phase 2 of `npm run test:e2e`: package the extension (vsce, offline), check what the .vsix
// holds, install it into a fresh code-server like a user would, and check through the workbench
// UI that it activated and published diagnostics, with no test payload.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, startSession } from './code-server.mjs';
import { npmRun } from './build.mjs';
import { expectRunbookProblem } from './workbench.mjs';

export const VSIX = join(ROOT, 'dist/maintenance-runbooks.vsix');
const REQUIRED = [
  'package.json',
  'dist/extension.js',
  'dist/language-client.js',
  'dist/on-first-use.js',
  'dist/server.js',
  'dist/server-main.js',
  'dist/server-on-first-use.js',
  'dist/cli.js',
  'media/preview.js',
  'media/preview.css',
  'language-configuration.json',
  'images/icon.png',
  'images/file-icon.svg',
  'images/run-view.svg',
  'LICENSE.txt',
  'readme.md',
];
const FORBIDDEN = [
  /^node_modules\//,
  /\.map$/,
  /^(out|test|src|scripts|examples|docs|\.e2e|\.vscode)\//,
  /\.ts$/,
];

/** The ceiling on the package people download (issue 11): minified bundles, no maps, few images. */
const MAX_VSIX_BYTES = 1_500_000;

/** Entry names of a zip file, read from its central directory (no unzip tool needed). */
function zipEntries(file) {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const names = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

/** Throws unless the .vsix holds exactly what runs: the allowlist in .vscodeignore, nothing else. */
export function checkVsixContents(file = VSIX) {
  const files = zipEntries(file)
    .filter((name) => name.startsWith('extension/'))
    .map((name) => name.slice('extension/'.length));
  const bytes = statSync(file).size;
  if (bytes > MAX_VSIX_BYTES)
    throw new Error(`the .vsix is ${bytes} bytes, more than ${MAX_VSIX_BYTES}`);
  const missing = REQUIRED.filter((name) => !files.includes(name));
  const unwanted = files.filter((name) => FORBIDDEN.some((pattern) => pattern.test(name)));
  const schemas = files.filter((name) => name.startsWith('schemas/'));
  if (missing.length || unwanted.length || schemas.length === 0) {
    throw new Error(
      `the .vsix is wrong: missing ${JSON.stringify(missing)}, unwanted ${JSON.stringify(unwanted)}, schemas ${JSON.stringify(schemas)}`,
    );
  }
  return files;
}

/** What the .vsix is made of: packaged again when any of it is newer (phase 2 skipped, phases 3 or 5 run). */
const PACKAGED = [
  'dist/extension.js',
  'dist/language-client.js',
  'dist/on-first-use.js',
  'dist/server.js',
  'dist/server-main.js',
  'dist/server-on-first-use.js',
  'dist/cli.js',
  'package.json',
  'media',
];

/** `npm run package` unless the .vsix is newer than everything it holds; says which it did. */
export function packageIfStale(log = console.log) {
  const newest = (path) =>
    statSync(path).isDirectory()
      ? Math.max(0, ...readdirSync(path).map((name) => statSync(join(path, name)).mtimeMs))
      : statSync(path).mtimeMs;
  const sources = PACKAGED.map((path) => join(ROOT, path)).filter(existsSync);
  if (existsSync(VSIX) && sources.every((path) => newest(path) < statSync(VSIX).mtimeMs)) {
    log('the .vsix is up to date');
    return;
  }
  log('packaging the .vsix (npm run package)');
  npmRun('package');
}

/** The broken example the check opens; the suite's own fixture if examples/ lacks it. */
function brokenFile() {
  const example = join(ROOT, 'examples/broken/unknown-step.runbook.yaml');
  return existsSync(example)
    ? example
    : join(ROOT, 'test/vscode/fixtures/unknown-step.runbook.yaml');
}

/** Packages, installs and checks; resolves with a one-line verdict or throws. */
export async function checkVsix({ print = console.log } = {}) {
  npmRun('package');
  const files = checkVsixContents();
  print(`vsix holds ${files.length} files, all from the allowlist: ${files.join(', ')}`);
  const file = brokenFile();
  // No smoke-test driver and no payload: the extension loads only because it is installed.
  const session = await startSession({
    vsix: VSIX,
    smokeTestDriver: false,
    workspace: join(file, '..'),
    openFile: file,
    // The folder holds a broken file per code: checked all at once, the open file's rows would
    // scroll out of the Problems panel. Open files only, which also tries the setting.
    settings: { 'runbook.diagnostics.scope': 'openFiles' },
  });
  try {
    await session.page.goto(session.url);
    const { counts, row } = await expectRunbookProblem(session.page, 'unknown-step');
    return `installed .vsix reported ${row.source}(${row.code}) "${row.message}" ${row.line} in ${relative(ROOT, file)}; status bar: ${counts.errors} error(s)`;
  } catch (error) {
    const shot = join(tmpdir(), 'runbook-vsix-failure.png');
    await session.page.screenshot({ path: shot }).catch(() => undefined);
    error.message += ` (the workbench at that moment: ${shot})`;
    throw error;
  } finally {
    await session.close();
  }
}
