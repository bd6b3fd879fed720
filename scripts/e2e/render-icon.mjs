// Renders images/icon.png (128×128, the marketplace icon) from the SVG below with Debian's
// Chromium, so the PNG can be regenerated after a change without an image editor.
// Usage: node scripts/e2e/render-icon.mjs   (needs the E2E tools: bash scripts/e2e/install.sh)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, launchBrowser } from './code-server.mjs';

// A clipboard checklist (the runbook) with a clock (the window), on a rounded teal tile.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="24" fill="#1f5f6e"/>
  <rect x="26" y="22" width="60" height="80" rx="8" fill="#f4f7f8"/>
  <rect x="42" y="16" width="28" height="12" rx="4" fill="#8fd3e0"/>
  <g stroke="#1f5f6e" stroke-width="5" stroke-linecap="round" fill="none">
    <path d="M35 44l5 5 9-10"/><path d="M56 45h20"/>
    <path d="M35 64l5 5 9-10"/><path d="M56 65h20"/>
    <path d="M56 85h12"/>
  </g>
  <circle cx="88" cy="88" r="26" fill="#e8792b" stroke="#1f5f6e" stroke-width="5"/>
  <path d="M88 72v17l11 7" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round" fill="none"/>
</svg>`;

const home = mkdtempSync(join(tmpdir(), 'runbook-icon-'));
const browser = await launchBrowser({ home, viewport: { width: 128, height: 128 } });
try {
  await browser.page.setContent(
    `<html><body style="margin:0;background:transparent">${SVG}</body></html>`,
  );
  await browser.page
    .locator('svg')
    .screenshot({ path: join(ROOT, 'images/icon.png'), omitBackground: true });
  console.log('wrote images/icon.png');
} finally {
  await browser.close();
  rmSync(home, { recursive: true, force: true });
}
