// Phase 5 of `npm run test:e2e`: the 50 injection payloads of test/injection/ in every field of a
// runbook and an announcement, previewed in the real webview with the .vsix installed. Nothing
// from them may run (no `window.__pwned`, no console message, no page error), load (no request
// from the webview's frames beyond its own pages and the extension's media, none to the payloads'
// host from anywhere) or become an element; every marker shows as text; and each page the preview
// shows has a strict Content-Security-Policy. Controls prove that each watcher sees what it watches.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startSession } from './code-server.mjs';
import { runCommand } from './preview-check.mjs';

// The payloads and the inertness lists are the unit twin's own (npm run build puts them in out/).
const require = createRequire(import.meta.url);
const { writePayloadFiles } = require(join(ROOT, 'out/test/injection/payload-files.js'));
const { PWNED_HOST } = require(join(ROOT, 'out/test/injection/payloads.js'));
const { RENDERED_TAGS } = require(join(ROOT, 'out/test/injection/inert-html.js'));

/** Where VS Code serves a webview's host pages (index.html, fake.html, its service worker). */
const WEBVIEW_PAGES = '/contrib/webview/browser/pre/';
const { publisher, name } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** The extension's media as the webview asks for them: `…vscode-resource…/<exts>/<publisher>.<name>-<version>/media/…`. */
const OWN_MEDIA = new RegExp(`/${publisher}\\.${name}-[^/]+/media/preview\\.(js|css)$`);

const HOST_SANDBOX_NOTE =
  'An iframe which has both allow-scripts and allow-same-origin for its sandbox attribute can escape its sandboxing.';
/**
 * The workbench's own warning when its syntax highlighter gives up on a long line (500 ms on a
 * loaded machine): it quotes the line's first 100 characters, which in these files hold a payload's
 * text. It is logged by the workbench, not run by a payload, so it says nothing about the preview.
 */
const TOKENIZER_TIME_LIMIT = 'Time limit reached when tokenizing line: ';

const inWebview = (frame) => {
  for (let f = frame; f; f = f.parentFrame()) if (f.url().includes(WEBVIEW_PAGES)) return true;
  return false;
};

/** The preview's own page: the frame VS Code's host page (index.html) loads the content into. */
const isPreviewPage = (frame) => frame.url().includes(`${WEBVIEW_PAGES}fake.html`);

/**
 * `frame.evaluate`, or a rejection after `ms`: a frame a payload made (a javascript: iframe, an
 * object) may never get a document to run in, and the check must say so rather than wait forever.
 */
function evaluateWithin(frame, ms, fn, arg) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(
      () => fail(new Error(`${frame.url().slice(0, 120)} did not answer within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([frame.evaluate(fn, arg), late]).finally(() => clearTimeout(timer));
}

/** Whether a request from a webview frame is one the preview itself makes. */
function ownRequest(url, origin) {
  const parsed = new URL(url);
  if (parsed.origin === origin) return parsed.pathname.includes(WEBVIEW_PAGES);
  return (
    parsed.hostname.endsWith('.vscode-resource.vscode-cdn.net') && OWN_MEDIA.test(parsed.pathname)
  );
}

/** Records console messages, page errors and requests that come from the webview or a payload. */
function watch(page, origin) {
  const seen = { console: [], errors: [], requests: [] };
  page.on('console', (message) => {
    const where = message.location().url ?? '';
    const text = message.text();
    // Chromium's note on VS Code's own host page as it frames each page of the preview (not a payload's frame).
    if (
      new URL(where, origin).pathname.endsWith(`${WEBVIEW_PAGES}index.html`) &&
      text === HOST_SANDBOX_NOTE
    )
      return;
    const inWebviewPage = where.includes(WEBVIEW_PAGES) || where.includes('vscode-resource');
    if (!inWebviewPage && message.type() === 'warning' && text.startsWith(TOKENIZER_TIME_LIMIT))
      return;
    if (/pwned/i.test(text) || inWebviewPage)
      seen.console.push(`${message.type()} at ${where}: ${text}`);
  });
  page.on('pageerror', (error) => {
    const text = `${error.message}\n${error.stack ?? ''}`;
    if (/pwned/i.test(text) || text.includes(WEBVIEW_PAGES) || text.includes('vscode-resource'))
      seen.errors.push(error.message);
  });
  page.context().on('request', (request) => {
    const url = request.url();
    if (url.toLowerCase().includes(PWNED_HOST))
      return void seen.requests.push(`${url} (a payload's)`);
    let frame;
    try {
      frame = request.frame();
    } catch {
      // A service worker's request has no frame: the webview's own worker is judged by its URL.
    }
    const worker = request.serviceWorker()?.url() ?? '';
    const fromWebview = worker.includes(WEBVIEW_PAGES) || (frame && inWebview(frame));
    if (fromWebview && !ownRequest(url, origin)) seen.requests.push(`${url} (from the webview)`);
  });
  return seen;
}

/** The preview's page once it shows `file`: its kind in the header and every marker of the file as text. */
async function shownFrame(page, file, timeout = 90_000) {
  // A file too large to analyse shows a message in place of the preview, in a page of its own.
  const kind = file.tooLarge
    ? 'too large'
    : file.name.includes('.runbook.')
      ? 'Runbook'
      : 'Announcement';
  const markers = file.payloads.map((p) => p.marker);
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (!isPreviewPage(frame)) continue;
      const shown = await evaluateWithin(
        frame,
        10_000,
        ([kind, markers]) => {
          const main = document.querySelector('main.runbook-preview');
          if (kind === 'too large')
            return main?.matches('.runbook-unavailable') && main.textContent.includes(kind);
          if (main?.querySelector('header .kind')?.textContent !== kind) return false;
          const text = main.textContent ?? '';
          return markers.every((marker) => text.includes(marker));
        },
        [kind, markers],
      ).catch(() => false);
      if (shown) return frame;
    }
    if (Date.now() > deadline) {
      // Say what the preview's pages hold instead: markup from a payload may be what hides the text.
      const pages = page.frames().filter(isPreviewPage);
      const found = await Promise.all(
        pages.map((frame) => inspectPage(frame).catch((error) => ({ problems: [error.message] }))),
      );
      throw new Error(
        `the preview did not show ${file.name} (a ${kind} with ${markers.length} markers as text) within ${timeout} ms; its ${pages.length} page(s): ${found
          .flatMap(({ problems }) => problems.slice(0, 10))
          .join('\n  ')}`,
      );
    }
    await page.waitForTimeout(100);
  }
}

/**
 * What is wrong with the preview's page, read in the page: a missing or weak CSP, a script or
 * stylesheet that is not the preview's own, an element or attribute no renderer writes.
 */
function inspectPage(frame) {
  return evaluateWithin(
    frame,
    30_000,
    (tags) => {
      const problems = [];
      const metas = [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')];
      const csp = metas[0]?.getAttribute('content') ?? '';
      if (metas.length !== 1 || metas[0].parentElement !== document.head)
        problems.push(`${metas.length} CSP meta tags (one in <head> expected)`);
      const policy = new Map(
        csp
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .filter(([name]) => name)
          .map(([name, ...values]) => [name.toLowerCase(), values]),
      );
      const ours = [...document.scripts].filter((script) =>
        /\/media\/preview\.js$/.test(script.src),
      );
      const scripts = policy.get('script-src') ?? [];
      if (policy.get('default-src')?.join(' ') !== "'none'")
        problems.push(`default-src is not 'none': ${csp}`);
      if (scripts.length !== 1 || !/^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(scripts[0]))
        problems.push(`scripts are not allowed by a nonce alone: ${csp}`);
      else if (ours.length !== 1 || scripts[0] !== `'nonce-${ours[0].nonce}'`)
        problems.push(`the preview's script does not carry the CSP's nonce (${ours.length} found)`);
      // Any host, any address of a scheme, inline code: none of them, but data: images (none are drawn).
      for (const [directive, values] of policy)
        for (const value of values)
          if (
            /^'unsafe-/.test(value) ||
            value === '*' ||
            /^(https?|blob|filesystem):$/.test(value) ||
            (value === 'data:' && directive !== 'img-src')
          )
            problems.push(`${directive} allows ${value}: ${csp}`);
      for (const directive of ['base-uri', 'form-action'])
        if (policy.get(directive)?.join(' ') !== "'none'")
          problems.push(`${directive} is not 'none': ${csp}`);
      // VS Code's own inline script (acquireVsCodeApi, before ours) and the preview's; nothing else.
      for (const script of document.scripts)
        if (
          !ours.includes(script) &&
          !(!script.src && script.textContent.includes('acquireVsCodeApi'))
        )
          problems.push(`a script that is not the preview's: ${script.outerHTML.slice(0, 200)}`);
      for (const style of document.querySelectorAll('style'))
        // VS Code's default styles, and the renderer's nonced stylesheet just before <main>.
        if (
          style.id !== '_defaultStyles' &&
          !(style.nonce && style.parentElement === document.body)
        )
          problems.push(
            `a style element that is not the preview's: ${style.outerHTML.slice(0, 200)}`,
          );
      for (const link of document.querySelectorAll('link'))
        if (link.rel !== 'stylesheet' || !/\/media\/preview\.css$/.test(link.href))
          problems.push(
            `a link element that is not the preview's stylesheet: ${link.outerHTML.slice(0, 200)}`,
          );
      const loaders =
        'iframe, frame, object, embed, base, img, image, video, audio, source, input, form, button, math, noscript, template, foreignObject, animate, set, use, meta[http-equiv="refresh" i], a[href^="javascript:" i]';
      for (const element of document.querySelectorAll(loaders))
        problems.push(`an element from a payload: ${element.outerHTML.slice(0, 200)}`);
      for (const element of document.querySelectorAll('*')) {
        const names = element.getAttributeNames();
        if (names.some((name) => name.toLowerCase().startsWith('on')))
          problems.push(`an event handler: ${element.outerHTML.slice(0, 200)}`);
        if (!element.closest('main')) continue;
        if (!tags.includes(element.localName))
          problems.push(`an element no renderer writes: ${element.outerHTML.slice(0, 200)}`);
        if (
          names.some((name) =>
            ['style', 'srcdoc', 'src', 'srcset', 'action', 'formaction'].includes(name),
          )
        )
          problems.push(`an attribute from a payload: ${element.outerHTML.slice(0, 200)}`);
        const href = element.getAttribute('href') ?? element.getAttribute('xlink:href');
        if (href !== null && !/^(https?:\/\/|mailto:|#)/i.test(href.trim()))
          problems.push(
            `a link that is not http(s), mailto or #: ${element.outerHTML.slice(0, 200)}`,
          );
      }
      return { problems, csp };
    },
    [...RENDERED_TAGS],
  );
}

/**
 * What is wrong in the page's frames: a frame inside the webview beyond its host page and the
 * preview's page (one a payload made), or `window.__pwned` in any frame (the workbench included).
 */
async function framesProblems(page) {
  const found = [];
  for (const frame of page.frames()) {
    const url = frame.url().slice(0, 120);
    if (
      inWebview(frame) &&
      !isPreviewPage(frame) &&
      !frame.url().includes(`${WEBVIEW_PAGES}index.html`)
    )
      found.push(`a frame inside the webview: ${url}`);
    if (frame.isDetached()) continue;
    const value = await evaluateWithin(frame, 30_000, () => typeof window.__pwned).catch(
      (error) => `(no answer: ${error.message})`,
    );
    // A frame VS Code replaced while we asked (the preview moving to the next file) has no window
    // left to hold anything; a navigation a payload made would be a request, which is watched.
    if (value !== 'undefined' && frame.isDetached()) continue;
    if (value !== 'undefined') found.push(`${url}: __pwned is ${value}`);
  }
  return found;
}

/** Opens `path` with Quick Open, as a person does. */
async function quickOpen(page, file) {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-box input').waitFor({ timeout: 30_000 });
  await page.keyboard.insertText(file.path);
  await page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: file.name })
    .waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
}

/**
 * Controls, run after the verdict: a message logged in the preview's page reaches the console
 * watcher, an image from the extension's media is seen as a request from the webview, and an
 * inline script added to the page is refused by its CSP. Each returns what went wrong, if anything.
 */
async function controls(page, frame) {
  const problems = [];
  const logged = page.waitForEvent('console', {
    predicate: (message) => message.text() === 'runbook-console-control',
    timeout: 30_000,
  });
  await evaluateWithin(frame, 30_000, () => console.log('runbook-console-control'));
  await logged.catch(() => problems.push("the console watcher missed the control's message"));

  const stylesheet = await evaluateWithin(
    frame,
    30_000,
    () => document.querySelector('link[rel=stylesheet]')?.href,
  );
  const asked = page.context().waitForEvent('request', {
    predicate: (request) => request.url().includes('runbook-request-control'),
    timeout: 30_000,
  });
  await evaluateWithin(
    frame,
    30_000,
    (href) => (new Image().src = `${href}?runbook-request-control`),
    stylesheet,
  );
  await asked.catch(() => problems.push("the request watcher missed the control's image"));

  const csp = await evaluateWithin(
    frame,
    60_000,
    () =>
      new Promise((done) => {
        const timer = setTimeout(() => done({ ran: window.__cspControl, refused: false }), 30_000);
        document.addEventListener('securitypolicyviolation', (event) => {
          if (event.effectiveDirective !== 'script-src-elem') return;
          clearTimeout(timer);
          // The refusal comes before the script would have run: give it the turn it would have had.
          setTimeout(() => done({ ran: window.__cspControl, refused: true }), 0);
        });
        const script = document.createElement('script');
        script.textContent = 'window.__cspControl = 1';
        document.body.append(script);
      }),
  );
  if (csp.ran !== undefined || !csp.refused)
    problems.push(
      `the CSP did not refuse an inline script (ran: ${csp.ran}, refused: ${csp.refused})`,
    );
  return problems;
}

/** The largest file the session analyses, in megabytes (runbook.maxFileSize): the payload files are below it. */
const MAX_FILE_MB = 0.5;

/**
 * The files with one too large to analyse after the first four: the preview shows its message
 * in a new page, and the next file in another (a new page each time the kind of content changes),
 * so the CSP is checked on pages loaded three times, not only on one page updated in place.
 */
function withTooLarge(folder, files) {
  const path = join(folder, 'too-large.runbook.yaml');
  const padding = `# ${'x'.repeat(MAX_FILE_MB * 1024 * 1024)}\n`;
  writeFileSync(path, padding + files[0].text);
  const tooLarge = { name: 'too-large.runbook.yaml', path, payloads: [], tooLarge: true };
  return [...files.slice(0, 4), tooLarge, ...files.slice(4)];
}

/** The check on a workbench page of a running code-server; throws on the first thing wrong. */
export async function checkInjection(page, server, { all = false } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'runbook-injection-'));
  try {
    const files = withTooLarge(
      folder,
      writePayloadFiles(folder).filter((file) => all || file.quick),
    );
    const seen = watch(page, server.origin);
    await page.goto(
      server.url({ folder, payload: [['openFile', server.remoteUri(files[0].path)]] }),
    );
    await page
      .locator('[id="runbook-tools.maintenance-runbooks.runbook.summary"]', { hasText: 'Σ' })
      .waitFor({ timeout: 90_000 });
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand(page, 'Runbook: Open Preview to the Side', 60_000);
    const csps = new Set();
    let frame;
    for (const [i, file] of files.entries()) {
      if (i > 0) await quickOpen(page, file);
      frame = await shownFrame(page, file);
      const { problems, csp } = await inspectPage(frame);
      problems.push(...(await framesProblems(page)));
      if (problems.length > 0)
        throw new Error(`${file.name} in the preview:\n  ${problems.slice(0, 20).join('\n  ')}`);
      csps.add(csp);
    }
    const caught = [
      ...seen.console.map((line) => `console: ${line}`),
      ...seen.errors.map((line) => `page error: ${line}`),
      ...seen.requests.map((line) => `request: ${line}`),
    ];
    if (caught.length > 0)
      throw new Error(`the payloads reached the browser:\n  ${caught.slice(0, 20).join('\n  ')}`);
    const failed = await controls(page, frame);
    if (failed.length > 0) throw new Error(`a control failed: ${failed.join('; ')}`);
    const payloads = new Set(files.flatMap((file) => file.payloads.map((p) => p.n))).size;
    return `${files.length} files with ${payloads} payloads previewed: every marker shown as text; no element, console message, page error or request from them; a strict CSP with the page's own nonce after every file, on ${csps.size} page loads`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Phase 5 of `npm run test:e2e`: the check with the packaged .vsix installed; `RUNBOOK_E2E_INJECTION=all` opens all 104 files. */
export async function checkInjectionOfVsix(
  vsix,
  { all = process.env.RUNBOOK_E2E_INJECTION === 'all' } = {},
) {
  const shot = join(tmpdir(), 'runbook-injection-failure.png');
  const session = await startSession({
    vsix,
    smokeTestDriver: false,
    settings: { 'runbook.maxFileSize': MAX_FILE_MB },
  });
  try {
    return await checkInjection(session.page, session.server, { all });
  } catch (error) {
    await session.page.screenshot({ path: shot }).catch(() => undefined);
    error.message += ` (the workbench at that moment: ${shot})`;
    throw error;
  } finally {
    await session.close();
  }
}
