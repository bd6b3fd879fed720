import { strict as assert } from 'node:assert';
import { didChange, didOpen, RawServer, type Received } from './raw-server';

const OTHER = 'file:///work/busy/other.runbook.yaml';
const OTHER_TEXT = 'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    estimate: 30m\n';
const HOSTILE = 'file:///work/busy/hostile.runbook.yaml';

/** A damaged runbook of 1,000 steps: long `needs` chains, bad durations, unknown needs. */
function hostileRunbook(): string {
  const lines = [
    'kind: runbook',
    'title: Busy',
    'start: 2030-01-01T02:00',
    'zone: Europe/Londn',
    'steps:',
  ];
  for (let i = 0; i < 1000; i++) {
    lines.push(`  - id: step-${i}`, `    estimate: ${i % 10 === 0 ? 'soon' : '1m'}`);
    if (i > 0) lines.push(`    needs: [step-${i - 1}${i % 25 === 0 ? `, stpe-${i}` : ''}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** Appends a comment line (an edit that changes nothing the rules see). */
const appendLine = (uri: string, version: number, line: number) =>
  didChange(
    uri,
    version,
    { start: { line, character: 0 }, end: { line, character: 0 } },
    `# ${version}\n`,
  );
const symbols = (id: string, uri: string) => ({
  jsonrpc: '2.0',
  id,
  method: 'textDocument/documentSymbol',
  params: { textDocument: { uri } },
});
const hover = (id: string, uri: string) => ({
  jsonrpc: '2.0',
  id,
  method: 'textDocument/hover',
  params: { textDocument: { uri }, position: { line: 3, character: 10 } },
});

const published = (uri: string, version: number) => (m: Received) =>
  m.method === 'textDocument/publishDiagnostics' &&
  (m.params as { uri: string; version: number }).uri === uri &&
  (m.params as { version: number }).version === version;

/** The versions of `uri` whose analysis ended, from the server's trace (`traceAnalyses`). */
function analysedVersions(server: RawServer, uri: string): number[] {
  return server.received.flatMap((m) => {
    if (m.method !== 'window/logMessage') return [];
    const match = /^analysed (\S+) version (\d+) in (\d+) phases$/.exec(
      (m.params as { message: string }).message,
    );
    return match && match[1] === uri ? [Number(match[2])] : [];
  });
}

describe('LSP: a responsive server', () => {
  let server: RawServer;
  const lineCount = hostileRunbook().split('\n').length - 1;
  before(async () => {
    server = RawServer.start();
    await server.initialize({ traceAnalyses: true });
    server.send(didOpen(OTHER, OTHER_TEXT), didOpen(HOSTILE, hostileRunbook()));
    await server.waitFor(published(OTHER, 1), 'diagnostics for the other document');
    await server.waitFor(published(HOSTILE, 1), 'diagnostics for the hostile document');
  });
  after(async () => server.stop());

  it('answers a hover on another document before the analysis of a changed hostile one ends', async () => {
    // One write: the server reads the three together, so the order of the answers is the server's alone.
    server.send(
      appendLine(HOSTILE, 2, lineCount),
      symbols('symbols', HOSTILE),
      hover('hover', OTHER),
    );
    const [outline, answer] = await Promise.all([
      server.response('symbols'),
      server.response('hover'),
    ]);
    assert.ok(Array.isArray(outline.result), JSON.stringify(outline).slice(0, 300));
    assert.match(JSON.stringify(answer.result), /Step `backup`/);
    assert.ok(
      server.received.indexOf(answer) < server.received.indexOf(outline),
      'the hover is answered first',
    );
    assert.deepEqual(analysedVersions(server, HOSTILE), [1, 2]);
  });

  it('analyses only the last of a burst of edits', async () => {
    const edits = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((version, i) =>
      appendLine(HOSTILE, version, lineCount + 1 + i),
    );
    // Mid-burst, an outline asked of version 5 and a preview of the document.
    const preview = {
      jsonrpc: '2.0',
      id: 'preview',
      method: 'runbook/preview',
      params: { uri: HOSTILE },
    };
    server.send(
      ...edits.slice(0, 3),
      symbols('mid-burst', HOSTILE),
      preview,
      ...edits.slice(3),
      symbols('after-burst', HOSTILE),
    );
    const outline = await server.response('after-burst');
    assert.ok(Array.isArray(outline.result), JSON.stringify(outline).slice(0, 300));
    // The outline of a version replaced before its analysis ended is out of date: ContentModified.
    const stale = await server.response('mid-burst');
    assert.equal(
      (stale.error as { code: number } | undefined)?.code,
      -32801,
      JSON.stringify(stale).slice(0, 300),
    );
    // The preview (no position in it) waits for the newest version instead.
    const previewed = await server.response('preview');
    assert.equal(
      (previewed.result as { ok: boolean }).ok,
      true,
      JSON.stringify(previewed).slice(0, 300),
    );
    await server.waitFor(published(HOSTILE, 12), 'diagnostics for the last version');
    assert.deepEqual(analysedVersions(server, HOSTILE), [1, 2, 12]);
    const versions = server.received
      .filter((m) => m.method === 'textDocument/publishDiagnostics')
      .map((m) => m.params as { uri: string; version: number })
      .filter((p) => p.uri === HOSTILE)
      .map((p) => p.version);
    assert.ok(
      versions.every((v) => v <= 2 || v === 12),
      `published only for the last version: ${versions.join(', ')}`,
    );
  });
});
