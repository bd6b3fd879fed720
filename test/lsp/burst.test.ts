import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { didChange, didOpen, RawServer, type Received } from './raw-server';

const runbookText = (estimate: string) =>
  `kind: runbook\ntitle: Upgrade\nwindow:\n  start: 2099-07-19 08:00\n  zone: Europe/London\n  length: 2h\nsteps:\n  - id: backup\n    estimate: 15m\n  - id: upgrade\n    estimate: ${estimate}\n`;
const ANNOUNCEMENT = `kind: announcement\ntitle: Upgrade\nrunbook: ./up.runbook.yaml\nstart: 2099-07-19 08:00\nzone: Europe/London\nlength: 2h\n`;
/** The line of the upgrade's estimate in runbookText(). */
const ESTIMATE_LINE = 10;
/** The last estimate of the burst: 15m + 1h15m, twice, is more than the announcement's 2h. */
const LAST_ESTIMATE = '1h15m';
const SHORT = 'window-shorter-than-planned';
const EDITS = 20;
/**
 * Requests about the announcement between two edits: each is a message the server reads and
 * handles in a turn of its own, where a phase of an analysis may run too. They let the
 * announcement's analysis come as far as its linked runbook between two edits, which (before the
 * announcement waited for the runbook) forced the runbook's version of the moment to its end.
 */
const REQUESTS_BETWEEN_EDITS = 6;

const setEstimate = (uri: string, version: number, estimate: string) =>
  didChange(
    uri,
    version,
    {
      start: { line: ESTIMATE_LINE, character: 0 },
      end: { line: ESTIMATE_LINE + 1, character: 0 },
    },
    `    estimate: ${estimate}\n`,
  );
const symbols = (id: string, uri: string) => ({
  jsonrpc: '2.0',
  id,
  method: 'textDocument/documentSymbol',
  params: { textDocument: { uri } },
});

type Published = { uri: string; version: number; diagnostics: { code?: unknown }[] };
const publication = (m: Received): Published | undefined =>
  m.method === 'textDocument/publishDiagnostics' ? (m.params as Published) : undefined;

/** The versions of `uri` whose analysis ran to its end, from the server's trace (`traceAnalyses`). */
function analysedVersions(server: RawServer, uri: string): number[] {
  return server.received.flatMap((m) => {
    if (m.method !== 'window/logMessage') return [];
    const match = /^analysed (\S+) version (\d+) in \d+ phases$/.exec(
      (m.params as { message: string }).message,
    );
    return match && match[1] === uri ? [Number(match[2])] : [];
  });
}

// An editor sends each keystroke's change without waiting for anything: the server must analyse
// only the text it ends with, also when an open announcement reads the runbook being typed into.
describe('LSP: a burst of edits to a runbook that an open announcement links', () => {
  let folder: string;
  let server: RawServer;
  let runbook: string;
  let announcement: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'runbook-burst-'));
    writeFileSync(join(folder, 'up.runbook.yaml'), runbookText('30m'));
    writeFileSync(join(folder, 'a.announcement.yaml'), ANNOUNCEMENT);
    runbook = pathToFileURL(join(folder, 'up.runbook.yaml')).href;
    announcement = pathToFileURL(join(folder, 'a.announcement.yaml')).href;
    server = RawServer.start();
    await server.initialize({ traceAnalyses: true });
    server.send(didOpen(runbook, runbookText('30m')));
    await server.waitFor((m) => publication(m)?.uri === runbook, 'the runbook diagnostics');
    server.send(didOpen(announcement, ANNOUNCEMENT));
    await server.waitFor(
      (m) => publication(m)?.uri === announcement,
      'the announcement diagnostics',
    );
  });
  after(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('analyses only the last version, and the announcement reads that one', async () => {
    const messages: unknown[] = [];
    const last = EDITS + 1;
    for (let version = 2; version <= last; version++) {
      const estimate = version === last ? LAST_ESTIMATE : `${version}m`;
      messages.push(setEstimate(runbook, version, estimate));
      for (let i = 0; i < REQUESTS_BETWEEN_EDITS; i++)
        messages.push(symbols(`symbols ${version}.${i}`, announcement));
    }
    const seen = server.received.length;
    // One write: the server has every change to read before any analysis of the burst can end.
    server.send(...messages);

    await server.waitFor(
      (m) => publication(m)?.uri === runbook && publication(m)?.version === last,
      'diagnostics for the last version',
    );
    const warned = await server.waitFor(
      (m) =>
        server.received.indexOf(m) >= seen &&
        publication(m)?.uri === announcement &&
        publication(m)!.diagnostics.some((d) => d.code === SHORT),
      'the announcement judged against the last version',
    );
    // Its trace line comes before each publication: every analysis of the burst has been told.
    assert.deepEqual(analysedVersions(server, runbook), [1, last]);
    const runbookPublished = server.received.flatMap((m) =>
      publication(m)?.uri === runbook ? [publication(m)!.version] : [],
    );
    assert.deepEqual(runbookPublished, [1, last]);
    // Nothing about the announcement was published from a runbook the burst had gone past.
    const announcementPublished = server.received
      .slice(seen, server.received.indexOf(warned))
      .filter((m) => publication(m)?.uri === announcement);
    assert.deepEqual(announcementPublished, []);
    const answers = await Promise.all(
      messages.flatMap((m) =>
        'id' in (m as object) ? [server.response((m as { id: string }).id)] : [],
      ),
    );
    for (const answer of answers) assert.ok(Array.isArray(answer.result), JSON.stringify(answer));
  });
});
