import { strict as assert } from 'node:assert';
import { bodyHtml } from '../../../src/client/preview/preview-body';
import { shellHtml } from '../../../src/client/preview/preview-html';
import { analyze } from '../../../src/core/analyze';
import type { LinkedRunbook } from '../../../src/core/analysis-types';
import { defaultSettings } from '../../../src/core/settings';
import { previewOf } from '../../../src/server/handlers/preview';
import { notInert, visibleText } from '../../injection/inert-html';
import { payloadFiles } from '../../injection/payload-files';
import { PAYLOADS } from '../../injection/payloads';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const NOW = Date.parse('2099-07-01T00:00:00Z');
const FILES = payloadFiles();

/** The page the preview panel loads for a payload file, the linked runbook found among the files. */
function previewPage(name: string, text: string): string {
  const resolveRunbook = (path: string): LinkedRunbook => {
    const target = FILES.find((file) => `./${file.name}` === path);
    return target
      ? {
          status: 'found',
          path,
          analysis: analyze(target.text, target.name, defaultSettings, NOW),
        }
      : { status: 'not-found', path, message: `No file at ${path}.` };
  };
  const result = previewOf(analyze(text, name, defaultSettings, NOW, resolveRunbook));
  const body = bodyHtml(result, { nonce: 'n0nce', cspSource: CSP_SOURCE });
  return shellHtml(body, {
    cspSource: CSP_SOURCE,
    nonce: 'n0nce',
    scriptUri: `${CSP_SOURCE}/ext/media/preview.js`,
    styleUri: `${CSP_SOURCE}/ext/media/preview.css`,
    documentUri: `file:///w/${name}`,
    seq: 1,
  });
}

// The page's own: the nonced preview.js; the extension's stylesheet and the renderer's nonced <style>.
const OWN = { scripts: 1, styles: 2 };

describe("the preview's HTML for the 50 injection payloads in every field (unit twin of E2E phase 5)", () => {
  it('has 50 payloads, each with its own marker, and a file of each kind per payload', () => {
    assert.equal(PAYLOADS.length, 50);
    assert.equal(new Set(PAYLOADS.map((p) => p.marker)).size, 50);
    assert.equal(FILES.length, 4 + 2 * 50);
  });

  it('catches a payload that is not escaped (the check can fail)', () => {
    const reasons = PAYLOADS.flatMap((p) => notInert(p.text, { scripts: 0, styles: 0 }));
    assert.ok(reasons.length >= 45, reasons.join('\n'));
    assert.ok(reasons.some((reason) => reason.includes('event handler')));
    assert.ok(reasons.some((reason) => reason.includes('never writes: <iframe')));
    assert.ok(reasons.some((reason) => reason.includes('address that is not')));
  });

  for (const file of FILES) {
    it(`${file.name}: every payload is text, nothing else became markup`, () => {
      const page = previewPage(file.name, file.text);
      assert.deepEqual(notInert(page, OWN), [], file.name);
      const text = visibleText(page);
      const missing = file.payloads.filter((p) => !text.includes(p.marker));
      assert.deepEqual(
        missing.map((p) => `${p.marker} (${p.kind})`),
        [],
        'markers not shown as text',
      );
      // A link to a payload's address may stay a link (nothing loads until it is followed); nothing loads it.
      assert.doesNotMatch(page, /\s(src|srcset|data|poster|background)="[^"]*pwned/i);
    });
  }
});
