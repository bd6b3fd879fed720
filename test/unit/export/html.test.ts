import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { previewCsp, renderPreviewHtml } from '../../../src/core/export/html';
import { exampleModel, textModel } from './export-fixtures';

const SEED_000 = 'gitter-2015/scheduled-maintenance-19-july.announcement.yaml';

describe('export/html', () => {
  it('is a standalone document whose CSP allows no script and only its own stylesheet, by hash', () => {
    const html = renderPreviewHtml(exampleModel(SEED_000), { standalone: true });
    assert.match(html, /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta');
    assert.match(csp, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:; /);
    assert.doesNotMatch(csp, /script-src|unsafe/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    assert.ok(
      csp.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`),
      "the hash is the stylesheet's",
    );
    // The CSP blocks inline style attributes: everything is styled by class.
    assert.doesNotMatch(html, /\sstyle="/);
    assert.match(html, /--vscode-foreground, #1f2328/);
    assert.match(html, /@media \(prefers-color-scheme: dark\)/);
  });

  it('gives the panel its body with a nonced stylesheet, and a CSP for the panel to use', () => {
    const body = renderPreviewHtml(exampleModel(SEED_000), { standalone: false, nonce: 'abc123' });
    assert.match(body, /^<style nonce="abc123">/);
    assert.doesNotMatch(body, /<html|<head>|<meta/);
    assert.match(body, /<main class="runbook-preview">[\s\S]*<\/main>\n$/);
    assert.equal(
      previewCsp({ nonce: 'abc123', cspSource: 'https://file+.vscode-resource.vscode-cdn.net' }),
      "default-src 'none'; style-src 'nonce-abc123' https://file+.vscode-resource.vscode-cdn.net; img-src data: https://file+.vscode-resource.vscode-cdn.net; base-uri 'none'; form-action 'none'",
    );
  });

  it("shows seed 000 as readers see it: window, estimate, the post's zones, the linked plan folded, the FAQ", () => {
    const html = renderPreviewHtml(exampleModel(SEED_000), { standalone: true });
    assert.ok(
      html.includes(
        '<p class="when">Sun 2015-07-19 8am–9am Europe/London (BST, UTC+01:00)</p><p class="utc">Sun 2015-07-19 7am–8am UTC</p><p class="relative">in 9 days</p>',
      ),
    );
    assert.ok(html.includes('<dt>Estimate</dt><dd>30m × 2 = 1h planned</dd>'));
    assert.ok(
      html.includes(
        '<ul class="zones-list"><li>Tokyo: 4pm</li><li>Moscow: 10am</li><li>CEST: 9am</li><li>Eastern: 3am</li><li>Central: 2am</li><li>Pacific: Midnight</li></ul>',
      ),
    );
    assert.match(
      html,
      /<details class="plan"><summary>The plan: 6 steps from the linked runbook<\/summary>\n<div class="timeline-scroll">\n<svg /,
    );
    assert.match(
      html,
      /<dt>Could you not have rolled this out incrementally\?<\/dt><dd><p>Yes, it's entirely possible/,
    );
  });

  it('lists problems first, and says when the linked runbook is missing', () => {
    const html = renderPreviewHtml(
      textModel(
        'kind: announcement\ntitle: T\nrunbook: ./gone.runbook.yaml\nstart: 2026-07-19 08:00\nzone: Europe/Londn\n',
      ),
      { standalone: true },
    );
    const main = html.slice(html.indexOf('<main'));
    assert.match(
      main,
      /^<main class="runbook-preview">\n<section class="problems" role="alert"><h2>2 errors: this preview shows what can be shown<\/h2>/,
    );
    assert.match(
      main,
      /<span class="severity-error">error<\/span> line 3: [^<]*<code>runbook-not-found<\/code>/,
    );
    assert.match(
      main,
      /<p class="runbook-missing">The linked runbook <code>\.\/gone\.runbook\.yaml<\/code> is missing: /,
    );
    assert.match(main, /<p class="when">Window: unknown \(no valid start and zone\)<\/p>/);
  });
});

describe('export/html: commands', () => {
  const RUNBOOK =
    'kind: runbook\ntitle: T\nwindow: { start: 2026-07-19 08:00, zone: Europe/London }\nsteps:\n  - id: backup\n    estimate: 30m\n    run: ./backup.sh --all <db>\n    verify: ./verify.sh\n    rollback: ./restore.sh\n';

  it("shows a runbook step's run, verify and rollback commands, escaped", () => {
    const html = renderPreviewHtml(textModel(RUNBOOK), { standalone: true });
    assert.ok(
      html.includes(
        '<div class="command"><span class="muted">run</span> <code>./backup.sh --all &lt;db&gt;</code></div>',
      ),
    );
    assert.ok(html.includes('<span class="muted">verify</span> <code>./verify.sh</code>'));
    assert.ok(html.includes('<span class="muted">rollback</span> <code>./restore.sh</code>'));
  });

  it("never shows the linked runbook's commands in an announcement", () => {
    const html = renderPreviewHtml(exampleModel(SEED_000), { standalone: true });
    assert.doesNotMatch(html, /class="command"/);
  });
});
