// `npm run test:e2e` (after scripts/e2e/install.sh): the VS Code suite inside code-server, then
// the packaged .vsix installed into a fresh code-server, its preview, Restricted Mode, and the
// injection payloads in the preview. `RUNBOOK_E2E_PHASES=3,5` runs only those phases. code-server rather than
// @vscode/test-electron because these machines cannot download VS Code; it is the same VS Code
// server and extension host, and `npm run test:vscode` runs the same suite where they can.
import { buildIfStale } from './build.mjs';
import { runSuite, UNTRUSTED } from './suite.mjs';
import { checkInjectionOfVsix } from './injection-check.mjs';
import { checkPreviewOfVsix } from './preview-check.mjs';
import { checkVsix, packageIfStale, VSIX } from './vsix-check.mjs';

// About 6 minutes on a 2-core machine with other work on it (phase 5 about 1.5 of them): more
// than twice that before giving up.
const DEADLINE_MS = Number(process.env.RUNBOOK_E2E_DEADLINE_MS ?? 15 * 60_000);
const started = Date.now();
const say = (line) => console.log(`[e2e] ${line}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// Whatever hangs, the run ends: code-server.mjs kills every process group it started on exit.
setTimeout(() => {
  say(`FAIL: gave up after ${DEADLINE_MS / 1000} s (RUNBOOK_E2E_DEADLINE_MS)`);
  process.exit(1);
}, DEADLINE_MS).unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** The phases asked for (`RUNBOOK_E2E_PHASES=1,5`), all five by default. */
const PHASES = new Set(
  (process.env.RUNBOOK_E2E_PHASES ?? '1,2,3,4,5').split(',').map((phase) => phase.trim()),
);
const unknown = [...PHASES].filter((phase) => !['1', '2', '3', '4', '5'].includes(phase));
if (unknown.length > 0) {
  say(`FAIL: RUNBOOK_E2E_PHASES names no phase ${unknown.join(', ')} (phases are 1 to 5)`);
  process.exit(2);
}
const skipped = (phase) =>
  !PHASES.has(phase) && (say(`phase ${phase} skipped (RUNBOOK_E2E_PHASES)`), true);

buildIfStale(say);
// Phases 3 and 5 use the .vsix that phase 2 packages.
if (!PHASES.has('2') && (PHASES.has('3') || PHASES.has('5'))) packageIfStale(say);

/** Runs a phase whose check throws on failure and resolves with a verdict; exits on failure. */
async function checkPhase(number, title, check) {
  if (skipped(number)) return;
  const phase = Date.now();
  say(`phase ${number}: ${title}`);
  try {
    say(`phase ${number} PASS: ${await check()} (${seconds(phase)})`);
  } catch (error) {
    say(`phase ${number} FAIL: ${error.message} (${seconds(phase)})`);
    process.exit(1);
  }
}

/** Runs a mocha suite in the extension host as a phase; exits with its code on failure. */
async function suitePhase(number, title, options) {
  if (skipped(number)) return undefined;
  const phase = Date.now();
  say(`phase ${number}: ${title}`);
  const suite = await runSuite({
    ...options,
    timeout: DEADLINE_MS - (Date.now() - started),
  }).catch((error) => {
    say(`phase ${number} could not run: ${error.message}`);
    return { code: 1, summary: undefined };
  });
  const summary = suite.summary ?? 'no summary line: the suite did not run to its end';
  say(
    `phase ${number} ${suite.code === 0 ? 'PASS' : 'FAIL'}: ${summary} (exit ${suite.code}, ${seconds(phase)})`,
  );
  if (suite.code !== 0) process.exit(suite.code);
  return summary;
}

const summary = await suitePhase('1', 'the VS Code suite in code-server (workspace examples/)', {});
await checkPhase(
  '2',
  'package the .vsix, install it into a fresh code-server, check it in the workbench',
  () => checkVsix({ print: say }),
);
await checkPhase('3', 'the preview panel in the real webview, with the .vsix installed', () =>
  checkPreviewOfVsix(VSIX),
);
await suitePhase(
  '4',
  'Restricted Mode, the run suite in a code-server with workspace trust on (examples/ not trusted)',
  UNTRUSTED,
);
await checkPhase(
  '5',
  'the 50 injection payloads in every field, previewed in the real webview with the .vsix installed',
  () => checkInjectionOfVsix(VSIX),
);

say(`all passed in ${seconds(started)}${summary ? `: ${summary}` : ''}`);
// Chromium's and code-server's handles are closed; exit explicitly so a stray timer cannot hold us.
process.exit(0);
