// Phase 1 of `npm run test:e2e`: the mocha suite (out/test/vscode/index.js) inside code-server's
// extension host, with the extension loaded from the repository and examples/ as the workspace.
import { join } from 'node:path';
import { format } from 'node:util';
import { ROOT, startSession } from './code-server.mjs';

const SUMMARY = /^\d+ passed, \d+ failed$/;

/** The workbench's own log lines that say nothing about the suite (see docs/testing.md: harmless noise). */
const NOISE = [
  /ENOTFOUND open-vsx\.org/,
  /authentication provider 'github'/,
  /^\[?(Resolv|Creating a socket|reconnection-grace|Service Worker|AgentHost|AccountPolicyGate|Updating additional builtin)/,
];

/** Workspace trust on, and examples/ opened in Restricted Mode without asking (the untrusted suite). */
export const UNTRUSTED = {
  extensionTestsPath: join(ROOT, 'out/test/vscode/untrusted/index.js'),
  workspaceTrust: true,
  settings: {
    'security.workspace.trust.enabled': true,
    'security.workspace.trust.startupPrompt': 'never',
  },
};

/**
 * Runs the suite and resolves with { code, summary }: the extension host's exit code and the
 * suite's closing `N passed, N failed` line. Streams the extension host's console to `print`.
 * `extensionTestsPath`, `workspaceTrust` and `settings` choose another suite (UNTRUSTED).
 */
export async function runSuite({
  timeout,
  print = console.log,
  extensionTestsPath = join(ROOT, 'out/test/vscode/index.js'),
  workspaceTrust = false,
  settings = {},
}) {
  const session = await startSession({
    workspace: join(ROOT, 'examples'),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath,
    workspaceTrust,
    settings,
  });
  let summary;
  try {
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    await session.page.exposeFunction('codeAutomationExit', (code) => exit(code));
    await session.page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...[args].flat());
      if (NOISE.some((noise) => noise.test(line))) return;
      if (SUMMARY.test(line.trim())) summary = line.trim();
      print(type === 'error' || type === 'warn' ? `[${type}] ${line}` : line);
    });
    session.page.on('pageerror', (error) => print(`[page error] ${error.message}`));
    await session.page.goto(session.url);
    let timer;
    const timedOut = new Promise(
      (resolve) => (timer = setTimeout(() => resolve('timeout'), timeout)),
    );
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code === 'timeout') {
      print(
        `the suite did not finish within ${Math.round(timeout / 1000)} s; code-server said:\n${session.server.output()}`,
      );
      return { code: 1, summary };
    }
    return { code: Number(code), summary };
  } finally {
    await session.close();
  }
}
