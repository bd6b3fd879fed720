// The preview panel as a person sees it, read from the real webview (docs/testing.md: a webview's content
// lives in `iframe.webview` → its inner iframe): seed 000's preview beside its editor, its times,
// an edit that updates it in place without losing the scroll position, the panel back after a
// reload, and the injection fixture's payloads shown as text with no dialog. Used by phase 3 of
// `npm run test:e2e` (the installed .vsix) and by `npm run screenshots -- preview`.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, startSession } from './code-server.mjs';

export const SEED_000 = join(
  ROOT,
  'examples/gitter-2015/scheduled-maintenance-19-july.announcement.yaml',
);
export const INJECTION = join(ROOT, 'test/vscode/fixtures/injection.announcement.yaml');
const ZONES = [
  'Tokyo: 4pm',
  'Moscow: 10am',
  'CEST: 9am',
  'Eastern: 3am',
  'Central: 2am',
  'Pacific: Midnight',
];
const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

/** Runs a command from the palette (F1), as a person does. */
export async function runCommand(page, title, timeout = 30_000) {
  await page.locator('.monaco-editor.focused').waitFor({ timeout });
  await page.keyboard.press('F1');
  await page.keyboard.type(title);
  // Enter runs the focused row: wait until the filter has put the command there.
  await page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: title })
    .waitFor({ timeout });
  await page.keyboard.press('Enter');
}

/** The preview's page: the webview's inner frame, once it shows `text`. */
export async function previewFrame(page, text, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (!frame.parentFrame()?.parentFrame()) continue;
      const found = await frame
        .evaluate(
          (wanted) =>
            document.querySelector('main.runbook-preview')?.innerText.includes(wanted) ?? false,
          text,
        )
        .catch(() => false);
      if (found) return frame;
    }
    if (Date.now() > deadline)
      throw new Error(
        `no preview webview showing "${text}" within ${timeout} ms (frames: ${page
          .frames()
          .map((f) => f.url())
          .join(', ')})`,
      );
    await page.waitForTimeout(100);
  }
}

/** What the preview's page holds: its text, its elements that could run or load something, its CSP, its theme. */
function inspect(frame) {
  return frame.evaluate(() => ({
    text: document.querySelector('main')?.innerText ?? '',
    scrollY: window.scrollY,
    images: document.images.length,
    // Elements in the content that could run or load something; VS Code's own inline script (acquireVsCodeApi) is outside it.
    active: document.querySelectorAll(
      'main :is(script, img, iframe, object, embed, link, style, form)',
    ).length,
    scripts: [...document.scripts]
      .filter((script) => script.src)
      .map((script) => script.src.split('/').pop()),
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      el.getAttributeNames().some((name) => name.startsWith('on')),
    ).length,
    csp:
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content') ?? '',
    theme: document.body.className,
    alerts: window.__runbookDialogs ?? null,
  }));
}

/**
 * The timeline as the theme draws it, measured in the webview: the smallest label in px on
 * screen, and the contrast against the page of a step's bar, a range's outline, a tick and a
 * label (WCAG ratios, a colour drawn with opacity blended over the background first).
 */
function measureTimeline(frame) {
  return frame.evaluate(() => {
    const details = document.querySelector('details.plan');
    const wasOpen = details?.open;
    if (details) details.open = true;
    const svg = document.querySelector('svg.timeline');
    if (!svg) return null;
    const rgb = (text) => (text.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]) => {
      const channel = (c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = rgb(getComputedStyle(document.body).backgroundColor).slice(0, 3);
    const contrast = (colour, opacity = 1) => {
      const [r, g, b, a = 1] = rgb(colour);
      const alpha = a * opacity;
      const mixed = [r, g, b].map((c, i) => c * alpha + background[i] * (1 - alpha));
      const [hi, lo] = [luminance(mixed), luminance(background)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const style = (selector) => getComputedStyle(svg.querySelector(selector));
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')].map(
      (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
    );
    const bar = style('.bar');
    const range = style('.bar-range');
    const tick = style('.tick line');
    const result = {
      smallestLabelPx: Math.min(...sizes),
      // A bar stands out by its fill or by its outline, whichever the theme's colours make stronger.
      bar: Math.max(
        contrast(bar.fill, Number(bar.fillOpacity)),
        contrast(bar.stroke, Number(bar.strokeOpacity)),
      ),
      rangeOutline: contrast(range.stroke, Number(range.strokeOpacity)),
      tick: contrast(tick.stroke, Number(tick.strokeOpacity)),
      label: contrast(style('text').fill),
    };
    if (details) details.open = wasOpen;
    return result;
  });
}

/** Fails unless the timeline's labels are 11 px or more and its marks stand out from the page in this theme. */
async function checkTimeline(frame, theme) {
  const measured = await measureTimeline(frame);
  if (!measured) throw new Error('the preview shows no timeline');
  const round = Object.fromEntries(
    Object.entries(measured).map(([key, value]) => [key, Math.round(value * 10) / 10]),
  );
  // 3:1 is WCAG's least contrast for graphics, 4.5:1 for text.
  if (
    measured.smallestLabelPx < 11 ||
    measured.bar < 3 ||
    measured.rangeOutline < 3 ||
    measured.tick < 2 ||
    measured.label < 4.5
  )
    throw new Error(`the timeline is faint in "${theme}": ${JSON.stringify(round)}`);
  return round;
}

/** Opens `file` in a fresh workbench on `folder` and waits for its editor and the extension (its Σ in the status bar). */
async function open(page, server, folder, file) {
  await page.goto(server.url({ folder, payload: [['openFile', server.remoteUri(file)]] }));
  await page
    .locator('.monaco-editor .view-lines', { hasText: 'kind: announcement' })
    .first()
    .waitFor({ timeout: 60_000 });
  await page
    .locator('[id="runbook-tools.maintenance-runbooks.runbook.summary"]', { hasText: 'Σ' })
    .waitFor({ timeout: 60_000 });
  await page.locator('.monaco-editor .view-lines').first().click();
  // The payload asked to open the file; it is open now. Without it in the address, a reload
  // restores the editors it had (with a file to open, VS Code restores none of them).
  await page.evaluate(() => {
    const url = new URL(window.location.href);
    url.searchParams.delete('payload');
    window.history.replaceState(window.history.state, '', url.toString());
  });
}

/**
 * Runs the whole check; `screenshot` (a path) is taken of seed 000's preview beside its editor.
 * Throws on the first thing wrong; resolves with a one-line verdict.
 */
export async function checkPreview(page, server, { screenshot } = {}) {
  // The check types into seed 000 and reloads the window: it works on a copy of examples/, so that
  // nothing it does (an unsaved edit kept by a reload, say) can reach the repository's files.
  const copy = mkdtempSync(join(tmpdir(), 'runbook-preview-'));
  const folder = join(copy, 'examples');
  cpSync(join(ROOT, 'examples'), folder, { recursive: true });
  const injection = join(folder, 'injection.announcement.yaml');
  cpSync(INJECTION, injection);
  try {
    return await checkPreviewIn(
      page,
      server,
      folder,
      join(folder, relative(join(ROOT, 'examples'), SEED_000)),
      injection,
      screenshot,
    );
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

async function checkPreviewIn(page, server, folder, seedFile, injectionFile, screenshot) {
  // A webview's frames are sandboxed without allow-modals, so an alert there never becomes a
  // dialog: every frame records its alert/confirm/prompt calls instead, from before any of its scripts.
  await page.addInitScript(() => {
    const calls = [];
    Object.defineProperty(window, '__runbookDialogs', { value: calls });
    for (const name of ['alert', 'confirm', 'prompt']) {
      const original = window[name];
      window[name] = function (...args) {
        calls.push(`${name}: ${args[0]}`);
        return original.apply(this, args);
      };
    }
  });
  const dialogs = [];
  page.on('dialog', (dialog) => {
    // Leaving a page with an unsaved file may ask first; that is the workbench, not the preview.
    if (dialog.type() === 'beforeunload') return void dialog.accept();
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await open(page, server, folder, seedFile);
  // For the picture, the side bar closed first, so that the editor and the panel share the width.
  if (screenshot) await page.keyboard.press('Control+B');
  await runCommand(page, 'Runbook: Open Preview to the Side');
  let frame = await previewFrame(page, 'Pacific: Midnight');
  const seed = await inspect(frame);
  if (!seed.text.includes(ZONES.join('\n')))
    throw new Error(`the six zones are not in the preview:\n${seed.text}`);
  if (!/default-src 'none'/.test(seed.csp) || !/script-src 'nonce-/.test(seed.csp))
    throw new Error(`the preview's CSP is not strict: ${seed.csp}`);
  if (!/vscode-(dark|light|high-contrast)/.test(seed.theme))
    throw new Error(`the preview's body has no theme class: "${seed.theme}"`);
  const timeline = { [seed.theme]: await checkTimeline(frame, seed.theme) };
  // And in the other kind of theme: VS Code's Dark Modern when the default was light, and back.
  const other = /vscode-light/.test(seed.theme) ? 'Dark Modern' : 'Light Modern';
  await page.locator('.monaco-editor .view-lines').first().click();
  // Its key binding: in the palette, "Browse Color Themes in Marketplace" ranks first.
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  await page.keyboard.type(other);
  await page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: other })
    .waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  const themed = /Dark/.test(other) ? 'vscode-dark' : 'vscode-light';
  await frame.waitForFunction((name) => document.body.classList.contains(name), themed, {
    timeout: 30_000,
  });
  timeline[themed] = await checkTimeline(frame, themed);
  if (screenshot) await page.screenshot({ path: screenshot });

  // Scrolled down, then an edit: the new title arrives in place and the position stays.
  const scrolled = await frame.evaluate(() => (window.scrollTo(0, 300), window.scrollY));
  await page.keyboard.press('Control+G');
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(' (moved)');
  // In place means in the very frame scrolled: a page loaded again would show the title before its scroll is restored.
  if ((await previewFrame(page, 'Scheduled maintenance 19 July (moved)')) !== frame)
    throw new Error('the edit loaded the preview again instead of updating it in place');
  const edited = await inspect(frame);
  if (scrolled === 0 || Math.abs(edited.scrollY - scrolled) > 1)
    throw new Error(`the edit moved the preview from ${scrolled} to ${edited.scrollY}`);

  await runCommand(page, 'File: Revert File');
  // The reverted title, not just a line holding it: "title: … 19 July (moved)" holds it too, and a
  // reload before the revert has landed would bring the edit back.
  await page.waitForFunction(
    () => {
      const lines = [...document.querySelectorAll('.monaco-editor .view-lines')];
      // Monaco draws spaces as no-break spaces.
      const text = lines.map((view) => (view.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
      return text.includes('19 July') && !text.includes('(moved)');
    },
    null,
    { timeout: 60_000 },
  );
  if (await page.locator('.tab.dirty').count())
    throw new Error('seed 000 is still modified after File: Revert File');
  // VS Code's own reload (it saves the layout first): the panel is revived through the extension's serializer.
  // The new page, not the old one: until the reload lands, the old preview still shows the text
  // looked for, and keys typed next would go to a window on its way out.
  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  await runCommand(page, 'Developer: Reload Window');
  await reloaded;
  await previewFrame(page, 'Pacific: Midnight', 60_000);
  // The server before the reload left V8's code cache where the extension told it to keep it, in
  // its global storage (src/server/loader/code-cache.ts): the server started after it uses it.
  const cacheFile = await codeCacheIn(server.userDataDir);

  // The injection fixture, opened by its path in Quick Open: every payload is text, nothing extra in the DOM, no dialog.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+P');
  await page.keyboard.type(injectionFile);
  await page
    .locator('.quick-input-list .monaco-list-row.focused', {
      hasText: 'injection.announcement.yaml',
    })
    .waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page
    .locator('.monaco-editor.focused .view-lines', { hasText: 'id: injection' })
    .waitFor({ timeout: 30_000 });
  await runCommand(page, 'Runbook: Open Preview to the Side');
  frame = await previewFrame(page, PAYLOADS[0]);
  const injected = await inspect(frame);
  for (const payload of PAYLOADS)
    if (!injected.text.includes(payload))
      throw new Error(`"${payload}" is not shown as text:\n${injected.text}`);
  if (
    injected.images > 0 ||
    injected.active > 0 ||
    injected.handlers > 0 ||
    injected.scripts.join() !== 'preview.js'
  ) {
    const { images, active, handlers, scripts } = injected;
    throw new Error(
      `the payloads became elements: ${JSON.stringify({ images, active, handlers, scripts })}`,
    );
  }
  if (!Array.isArray(injected.alerts))
    throw new Error("the preview's frame has no dialog recorder");
  if (dialogs.length > 0 || injected.alerts.length > 0)
    throw new Error(`a dialog was asked for: ${[...dialogs, ...injected.alerts].join(', ')}`);
  // The control: an alert from this very frame is recorded, so "none" above means none was asked for.
  await frame.evaluate(() => alert('control'));
  const control = (await inspect(frame)).alerts;
  if (control?.join() !== 'alert: control')
    throw new Error(
      `the recorder missed the control alert (saw: ${control?.join(', ') || 'nothing'})`,
    );
  return `seed 000's preview showed ${ZONES.length} zones, kept its scroll (${scrolled}px) through an edit, came back after a reload (the server's code cache: ${cacheFile}); the injection fixture's payloads showed as text with no dialog (theme class "${seed.theme}"; timeline ${JSON.stringify(timeline)})`;
}

/**
 * The code cache file in the extension's global storage, waiting up to a minute for it: a server
 * writes it as it exits, or 10 s after it started.
 */
async function codeCacheIn(userDataDir) {
  const folder = join(
    userDataDir,
    'User/globalStorage/runbook-tools.maintenance-runbooks/code-cache',
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const names = existsSync(folder) ? readdirSync(folder) : [];
    const cache = names.find((name) => /^server-[0-9a-f]{16}\.v8cache$/.test(name));
    if (cache && statSync(join(folder, cache)).size > 0) return cache;
    if (Date.now() > deadline)
      throw new Error(`no code cache in ${folder} (it holds: ${names.join(', ') || 'nothing'})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Phase 3 of `npm run test:e2e`: the check above with the packaged .vsix installed, as users get it. */
export async function checkPreviewOfVsix(vsix) {
  const tmpShot = join(tmpdir(), 'runbook-preview-failure.png');
  const session = await startSession({
    vsix,
    smokeTestDriver: false,
    workspace: join(ROOT, 'examples'),
  });
  try {
    return await checkPreview(session.page, session.server);
  } catch (error) {
    await session.page.screenshot({ path: tmpShot }).catch(() => undefined);
    error.message += ` (the workbench at that moment: ${tmpShot})`;
    throw error;
  } finally {
    await session.close();
  }
}
