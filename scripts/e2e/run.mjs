// `npm run test:e2e` (after scripts/e2e/install.sh): the VS Code suite inside code-server, then
// the packaged .vsix installed into a fresh code-server. code-server rather than
// @vscode/test-electron because these machines cannot download VS Code; it is the same VS Code
// server and extension host, and `npm run test:vscode` runs the same suite where they can.
import { buildIfStale } from './build.mjs';
import { runSuite, UNTRUSTED } from './suite.mjs';
import { checkPreviewOfVsix } from './preview-check.mjs';
import { checkVsix, VSIX } from './vsix-check.mjs';

// About 4.5 minutes on a 2-core machine with other work on it: twice that before giving up.
const DEADLINE_MS = Number(process.env.RUNBOOK_E2E_DEADLINE_MS ?? 10 * 60_000);
const started = Date.now();
const say = (line) => console.log(`[e2e] ${line}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// Whatever hangs, the run ends: code-server.mjs kills every process group it started on exit.
setTimeout(() => {
  say(`FAIL: gave up after ${DEADLINE_MS / 1000} s (RUNBOOK_E2E_DEADLINE_MS)`);
  process.exit(1);
}, DEADLINE_MS).unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

buildIfStale(say);

let phase = Date.now();
say('phase 1: the VS Code suite in code-server (workspace examples/)');
const suite = await runSuite({ timeout: DEADLINE_MS - (Date.now() - started) }).catch((error) => {
  say(`phase 1 could not run: ${error.message}`);
  return { code: 1, summary: undefined };
});
const summary = suite.summary ?? 'no summary line: the suite did not run to its end';
say(
  `phase 1 ${suite.code === 0 ? 'PASS' : 'FAIL'}: ${summary} (exit ${suite.code}, ${seconds(phase)})`,
);
if (suite.code !== 0) process.exit(suite.code);

phase = Date.now();
say('phase 2: package the .vsix, install it into a fresh code-server, check it in the workbench');
try {
  say(`phase 2 PASS: ${await checkVsix({ print: say })} (${seconds(phase)})`);
} catch (error) {
  say(`phase 2 FAIL: ${error.message} (${seconds(phase)})`);
  process.exit(1);
}
phase = Date.now();
say('phase 3: the preview panel in the real webview, with the .vsix installed');
try {
  say(`phase 3 PASS: ${await checkPreviewOfVsix(VSIX)} (${seconds(phase)})`);
} catch (error) {
  say(`phase 3 FAIL: ${error.message} (${seconds(phase)})`);
  process.exit(1);
}
phase = Date.now();
say(
  'phase 4: Restricted Mode, the run suite in a code-server with workspace trust on (examples/ not trusted)',
);
const untrusted = await runSuite({
  ...UNTRUSTED,
  timeout: DEADLINE_MS - (Date.now() - started),
}).catch((error) => {
  say(`phase 4 could not run: ${error.message}`);
  return { code: 1, summary: undefined };
});
say(
  `phase 4 ${untrusted.code === 0 ? 'PASS' : 'FAIL'}: ${untrusted.summary ?? 'no summary line'} (exit ${untrusted.code}, ${seconds(phase)})`,
);
if (untrusted.code !== 0) process.exit(untrusted.code);

say(`all passed in ${seconds(started)}: ${summary}`);
// Chromium's and code-server's handles are closed; exit explicitly so a stray timer cannot hold us.
process.exit(0);
