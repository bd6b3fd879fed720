// `npm run screenshots`: the README's pictures, taken in code-server at 1280×800 with the
// extension installed (linked) as a user has it: images/screenshot-diagnostic.png (a squiggle,
// its quick fix and the Problems panel), images/screenshot-hover.png (hover on a `needs` entry) and
// images/screenshot-time-hover.png (seed 000's window in every zone, and the `→ 07:00 UTC` hint),
// images/screenshot-plan.png (seed 002: the Σ code lens, T+ hints, the status bar and the verdict
// on `length`), images/screenshot-preview.png (seed 000's preview beside its editor, after the
// checks of scripts/e2e/preview-check.mjs), images/screenshot-run.png (a run of the demo, done: the
// Runbook Run view, the run's terminal and the status bar). `npm run screenshots -- plan` takes
// only the named ones.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIfStale } from './build.mjs';
import { ROOT, launchBrowser, onInterrupt, startCodeServer } from './code-server.mjs';
import { linkDevelopmentExtension } from './dev-extension.mjs';
import { checkPreview } from './preview-check.mjs';
import { onboardingShots } from './onboarding-shots.mjs';
import {
  openProblems,
  paletteCommand,
  showHoverAtCursor,
  waitForErrorSquiggle,
} from './workbench.mjs';

const EXAMPLES = join(ROOT, 'examples');
const say = (line) => console.log(`[screenshots] ${line}`);

buildIfStale(say);
const extensionsDir = mkdtempSync(join(tmpdir(), 'runbook-shots-exts-'));
linkDevelopmentExtension(extensionsDir);
const server = await startCodeServer({
  extensionsDir,
  smokeTestDriver: false,
  settings: {
    'editor.minimap.enabled': false,
    // The run's terminal drawn in the DOM, where the shot reads its text, and no "105 x 22" over it
    // once its panel is resized.
    'terminal.integrated.gpuAcceleration': 'off',
    'terminal.integrated.resizeDimensionsOverlay.enabled': false,
  },
});
const browser = await launchBrowser({ home: server.home, viewport: { width: 1280, height: 800 } });
const stop = async () => {
  await browser.close();
  await server.stop();
  rmSync(extensionsDir, { recursive: true, force: true });
};
onInterrupt(stop);

/** Opens `file` (optionally at line:column) in a fresh workbench tab on `folder`. */
async function open(page, file, at, folder = EXAMPLES) {
  const target = `${server.remoteUri(file)}${at ? `:${at}` : ''}`;
  const payload = [['openFile', target], ...(at ? [['gotoLineMode', 'true']] : [])];
  await page.goto(server.url({ folder, payload }));
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

async function runShot(page) {
  // The run writes into the demo's scratch folder and a journal beside the runbook: it works on a
  // copy of examples/, so that nothing it does reaches the repository's files. The workspace is
  // trusted (startCodeServer turns workspace trust off unless asked), so the run commands show.
  const copy = mkdtempSync(join(tmpdir(), 'runbook-shot-'));
  const folder = join(copy, 'examples');
  cpSync(EXAMPLES, folder, { recursive: true });
  try {
    await open(page, join(folder, 'demo/demo.runbook.yaml'), undefined, folder);
    await page
      .locator('.monaco-editor .view-lines', { hasText: 'kind: runbook' })
      .first()
      .waitFor({ timeout: 60_000 });
    await page
      .locator('[id="runbook-tools.maintenance-runbooks.runbook.summary"]', { hasText: 'Σ' })
      .waitFor({ timeout: 60_000 });
    await page.locator('.monaco-editor .view-lines').first().click();
    // "Runbook: Run" also matches Dry Run and Resume Run: its own row is chosen.
    await paletteCommand(page, 'Runbook: Run', { say });
    // The modal lists every command that may run; nothing runs until its Run button is chosen.
    await page
      .locator('.monaco-dialog-box')
      .getByRole('button', { name: 'Run', exact: true })
      .click({ timeout: 30_000 });
    // Every step done in the view (each drawn with the pass icon), and the run's end in the status bar.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.part.sidebar .monaco-list-row .codicon-pass-filled').length ===
        5,
      null,
      { timeout: 120_000 },
    );
    await page
      .locator('.part.statusbar', { hasText: 'demo done after' })
      .waitFor({ timeout: 120_000 });
    // The run's report opens in the editor when it ends; the picture shows the runbook beside the view.
    await page
      .locator('.tabs-container .tab', { hasText: /^Preview .*\.md$/ })
      .waitFor({ timeout: 60_000 });
    await page.locator('.tabs-container .tab', { hasText: 'demo.runbook.yaml' }).click();
    await page
      .locator('.monaco-editor.focused .view-lines', { hasText: 'kind: runbook' })
      .waitFor({ timeout: 30_000 });
    // The runbook from `kind:` on (Ctrl+Down scrolls by one line).
    await page.keyboard.press('Control+Home');
    for (let line = 1; line < 8; line++) await page.keyboard.press('Control+ArrowDown');
    // The end-of-run toast hides after a while: gone for sure, the picture is the same every time.
    await paletteCommand(page, 'Notifications: Clear All Notifications', { say });
    await page
      .locator('.notification-toast')
      .first()
      .waitFor({ state: 'detached', timeout: 30_000 });
    // A taller panel, dragged by its sash (the 4 px just above it): the terminal shows the whole run.
    const panel = await page.locator('.part.panel').boundingBox();
    await page.mouse.move(panel.x + panel.width / 2, panel.y - 2);
    await page.mouse.down();
    await page.mouse.move(panel.x + panel.width / 2, 370, { steps: 10 });
    await page.mouse.up();
    // The mouse away from the sash, over the side bar's empty part, and the sash's highlight faded out.
    await page.mouse.move(200, 600);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.monaco-sash')].every(
          (sash) => getComputedStyle(sash, '::before').backgroundColor === 'rgba(0, 0, 0, 0)',
        ),
      null,
      { timeout: 10_000 },
    );
    const terminal = page.locator('.part.panel .xterm-rows');
    await terminal.filter({ hasText: 'Run done.' }).waitFor({ timeout: 30_000 });
    await terminal.filter({ hasText: 'announce · run' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(ROOT, 'images/screenshot-run.png') });
    say('wrote images/screenshot-run.png');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const SHOTS = {
  diagnostic: diagnosticShot,
  hover: hoverShot,
  'time-hover': timeHoverShot,
  plan: planShot,
  preview: previewShot,
  run: runShot,
  ...onboardingShots({ server, open, say }),
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
