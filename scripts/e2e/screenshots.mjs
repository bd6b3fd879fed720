// `npm run screenshots`: the README's pictures, taken in code-server at 1280×800 with the
// extension installed (linked) as a user has it: images/screenshot-diagnostic.png (a squiggle,
// its quick fix and the Problems panel), images/screenshot-hover.png (hover on a `needs` entry) and
// images/screenshot-time-hover.png (seed 000's window in every zone, and the `→ 07:00 UTC` hint),
// images/screenshot-plan.png (seed 002: the Σ code lens, T+ hints, the status bar and the verdict
// on `length`), images/screenshot-preview.png (seed 000's preview beside its editor, after the
// checks of scripts/e2e/preview-check.mjs). `npm run screenshots -- plan` takes only the named ones.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIfStale } from './build.mjs';
import { ROOT, launchBrowser, onInterrupt, startCodeServer } from './code-server.mjs';
import { linkDevelopmentExtension } from './dev-extension.mjs';
import { checkPreview } from './preview-check.mjs';
import { openProblems, showHoverAtCursor, waitForErrorSquiggle } from './workbench.mjs';

const EXAMPLES = join(ROOT, 'examples');
const say = (line) => console.log(`[screenshots] ${line}`);

buildIfStale(say);
const extensionsDir = mkdtempSync(join(tmpdir(), 'runbook-shots-exts-'));
linkDevelopmentExtension(extensionsDir);
const server = await startCodeServer({
  extensionsDir,
  smokeTestDriver: false,
  settings: { 'editor.minimap.enabled': false },
});
const browser = await launchBrowser({ home: server.home, viewport: { width: 1280, height: 800 } });
const stop = async () => {
  await browser.close();
  await server.stop();
  rmSync(extensionsDir, { recursive: true, force: true });
};
onInterrupt(stop);

/** Opens `file` (optionally at line:column) in a fresh workbench tab. */
async function open(page, file, at) {
  const target = `${server.remoteUri(file)}${at ? `:${at}` : ''}`;
  const payload = [['openFile', target], ...(at ? [['gotoLineMode', 'true']] : [])];
  await page.goto(server.url({ folder: EXAMPLES, payload }));
}

async function diagnosticShot(page) {
  await open(page, join(EXAMPLES, 'broken/unknown-step.runbook.yaml'));
  await waitForErrorSquiggle(page);
  await openProblems(page);
  // Put the cursor on the squiggle and ask for its fixes, as a person would with Ctrl+.
  await page
    .locator('.monaco-editor .view-lines span', { hasText: /^isue$/ })
    .first()
    .click();
  await page.keyboard.press('Control+.');
  await page
    .locator('.action-widget', { hasText: 'Change to "issue"' })
    .waitFor({ timeout: 10_000 });
  await page.screenshot({ path: join(ROOT, 'images/screenshot-diagnostic.png') });
  say('wrote images/screenshot-diagnostic.png');
}

async function hoverShot(page) {
  await open(page, join(EXAMPLES, 'itslearning-3-2/upgrade.runbook.yaml'), '61:14');
  // 61:14 is inside `optimise-databases` in `needs: [optimise-databases, install-core]`.
  await showHoverAtCursor(page, 'Step optimise-databases');
  await page.screenshot({ path: join(ROOT, 'images/screenshot-hover.png') });
  say('wrote images/screenshot-hover.png');
}

async function timeHoverShot(page) {
  await open(
    page,
    join(EXAMPLES, 'gitter-2015/scheduled-maintenance-19-july.announcement.yaml'),
    '9:3',
  );
  // 9:3 is inside `start` of `start: 2015-07-19 08:00`: the window in London, UTC and six zones.
  await showHoverAtCursor(page, 'Maintenance window');
  await page
    .locator('.monaco-editor .view-lines', { hasText: '→ 07:00 UTC' })
    .first()
    .waitFor({ timeout: 10_000 });
  await page.screenshot({ path: join(ROOT, 'images/screenshot-time-hover.png') });
  say('wrote images/screenshot-time-hover.png');
}

async function planShot(page) {
  const file = join(EXAMPLES, 'cloudcannon-2018/postgres-upgrade.runbook.yaml');
  const text = readFileSync(file, 'utf8').split('\n');
  const line = text.findIndex((row) => row.trimStart().startsWith('length:')) + 1;
  await open(page, file, `${line}:12`);
  // The Σ lens over `steps:` may be below the fold: what a person sees is the hover, the hints and the status bar.
  await showHoverAtCursor(page, 'Window length');
  await page
    .locator('[id="runbook-tools.maintenance-runbooks.runbook.summary"]', { hasText: 'Σ' })
    .waitFor({ timeout: 10_000 });
  await page.screenshot({ path: join(ROOT, 'images/screenshot-plan.png') });
  say('wrote images/screenshot-plan.png');
}

async function previewShot(page) {
  say(
    await checkPreview(page, server, { screenshot: join(ROOT, 'images/screenshot-preview.png') }),
  );
  say('wrote images/screenshot-preview.png');
}

const SHOTS = {
  diagnostic: diagnosticShot,
  hover: hoverShot,
  'time-hover': timeHoverShot,
  plan: planShot,
  preview: previewShot,
};
const wanted = process.argv.slice(2);
let code = 0;
try {
  for (const [name, shot] of Object.entries(SHOTS))
    if (wanted.length === 0 || wanted.includes(name)) await shot(browser.page);
} catch (error) {
  const shot = join(tmpdir(), 'runbook-screenshots-failure.png');
  await browser.page.screenshot({ path: shot }).catch(() => undefined);
  say(`FAIL: ${error.message} (the workbench at that moment: ${shot})`);
  code = 1;
} finally {
  await stop();
}
process.exit(code);
