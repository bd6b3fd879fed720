// The README's pictures of onboarding, taken by `npm run screenshots` (screenshots.mjs starts the
// workbench): images/screenshot-walkthrough.png (the getting-started walkthrough, its first step
// and page), images/screenshot-new-maintenance.png (Runbook: New Maintenance… asking for the start,
// proposed a week ahead) and images/screenshot-new-maintenance-files.png (the runbook and the
// announcement it wrote, side by side, with no problems).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './code-server.mjs';
import { paletteCommand } from './workbench.mjs';

const QUICK_INPUT = '.quick-input-widget';

/** The shots by name, for screenshots.mjs's table. */
export function onboardingShots({ server, open, say }) {
  async function walkthroughShot(page) {
    await open(page, join(ROOT, 'examples/demo/demo.runbook.yaml'));
    await page
      .locator('.monaco-editor .view-lines', { hasText: 'kind: runbook' })
      .first()
      .click({ timeout: 60_000 });
    // The walkthrough shows its pages beside the steps only when it is wide: no side bar.
    await paletteCommand(page, 'View: Close Primary Side Bar', { say });
    await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
    await paletteCommand(page, 'Welcome: Open Walkthrough...', { say });
    await page.keyboard.type('Maintenance Runbooks');
    await page
      .locator('.quick-input-list')
      .getByRole('option', { name: /Get Started with Maintenance Runbooks/ })
      .click({ timeout: 30_000 });
    // The step's page is Markdown in a webview: its heading is there once it has rendered.
    await page
      .frameLocator('iframe.webview.ready')
      .frameLocator('iframe')
      .locator('h1', { hasText: 'Write a runbook' })
      .waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(ROOT, 'images/screenshot-walkthrough.png') });
    say('wrote images/screenshot-walkthrough.png');
  }

  /** Types into the open quick input, and waits for `expected` in its list or message. */
  async function typeInto(page, text, expected) {
    await page.locator(`${QUICK_INPUT} input`).fill(text);
    await page.locator(QUICK_INPUT, { hasText: expected }).waitFor({ timeout: 30_000 });
  }

  async function checkZone(page, zone) {
    await typeInto(page, zone, zone);
    await page
      .locator(`${QUICK_INPUT} .monaco-list-row`, { hasText: zone })
      .first()
      .locator('.monaco-checkbox, input[type=checkbox]')
      .first()
      .click();
  }

  async function newMaintenanceShot(page) {
    // An empty folder of its own: the files New Maintenance writes never reach the repository.
    const folder = mkdtempSync(join(tmpdir(), 'runbook-shot-new-'));
    try {
      await page.goto(server.url({ folder, payload: [] }));
      await page.locator('.part.editor').click({ timeout: 60_000 });
      await paletteCommand(page, 'Runbook: New Maintenance…', { editor: false, say });
      await typeInto(page, 'Upgrade Postgres 15', 'Writes upgrade-postgres-15.runbook.yaml');
      await page.keyboard.press('Enter');
      await typeInto(page, 'Europe/London', 'Europe/London');
      await page.keyboard.press('Enter');
      await page.locator(QUICK_INPUT, { hasText: 'New Maintenance (3/4)' }).waitFor();
      await checkZone(page, 'America/New_York');
      await checkZone(page, 'Asia/Tokyo');
      await page.locator(`${QUICK_INPUT} input`).fill('');
      await page.keyboard.press('Enter');
      await page.locator(QUICK_INPUT, { hasText: 'New Maintenance (4/4)' }).waitFor();
      // The proposed start and the window on every clock, in the prompt under it.
      await page
        .locator(QUICK_INPUT, { hasText: /London \w{3} \d\d:00–\d\d:00 · New York/ })
        .waitFor({ timeout: 30_000 });
      await page.screenshot({
        path: join(ROOT, 'images/screenshot-new-maintenance.png'),
        clip: { x: 320, y: 0, width: 640, height: 140 },
      });
      say('wrote images/screenshot-new-maintenance.png');
      await page.keyboard.press('Enter');
      // Both files open, the runbook's plan in the status bar, and no problem anywhere.
      await page
        .locator('.tabs-container .tab', { hasText: 'upgrade-postgres-15.announcement.yaml' })
        .waitFor({ timeout: 60_000 });
      await page
        .locator('[id="runbook-tools.maintenance-runbooks.runbook.summary"]', { hasText: 'Σ' })
        .waitFor({ timeout: 60_000 });
      await page
        .locator('.codelens-decoration', { hasText: 'Open runbook' })
        .waitFor({ timeout: 60_000 });
      // The tabs name both files: the two editors get the width the side bar had.
      await paletteCommand(page, 'View: Close Primary Side Bar', { say });
      await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
      await page.screenshot({ path: join(ROOT, 'images/screenshot-new-maintenance-files.png') });
      say('wrote images/screenshot-new-maintenance-files.png');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  return {
    walkthrough: walkthroughShot,
    'new-maintenance': newMaintenanceShot,
  };
}
