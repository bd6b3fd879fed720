import { strict as assert } from 'node:assert';
import { stepReads } from '../../src/core/rules/index';
import { BenchClient } from '../bench/lsp/bench-client';
import { ours } from '../bench/lsp/servers';

const URI = 'file:///bench/trace.runbook.yaml';
const TEXT =
  'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    title: B\n    estimate: 30m\n  - id: restore\n    needs: [backup]\n';
/** The title's first letter: each change types another. */
const TITLE = { start: { line: 1, character: 7 }, end: { line: 1, character: 8 } };
/** The first step's title, inside the step list. */
const STEP_TITLE = { start: { line: 4, character: 11 }, end: { line: 4, character: 12 } };
const DEADLINE_MS = 60_000;

/** The versions of URI the server's `$/logTrace` lines say it analysed, and how. */
function tracedVersions(client: BenchClient): Array<[number, string]> {
  return client.traces.flatMap(({ message }) => {
    const match = /^analysed (\S+) version (\d+) in \d+(\.\d+)? ms, (.+)$/.exec(message);
    return match && match[1] === URI ? [[Number(match[2]), match[4]] as [number, string]] : [];
  });
}

/** Changes a title (the runbook's unless told) and waits for that version's diagnostics. */
async function edit(client: BenchClient, letter: string, range = TITLE): Promise<number> {
  const { version } = await client.change(URI, range, letter);
  assert.ok(await client.diagnosticsFor(URI, version, DEADLINE_MS), `diagnostics for ${version}`);
  return version;
}

// The trace npm run bench reads to count the versions of a burst analysed in full. The server
// writes a trace line before it publishes that version's diagnostics, on the same stream, so it
// has arrived when they have.
describe('LSP: the analysis trace ($/setTrace, $/logTrace)', () => {
  let client: BenchClient;
  before(async () => {
    client = await BenchClient.start(ours(), 'file:///bench');
    await client.open(URI, TEXT);
    assert.ok(await client.diagnosticsFor(URI, 1, DEADLINE_MS));
  });
  after(async () => client.stop());

  it('sends nothing while the client has not asked for a trace', async () => {
    await edit(client, 'U');
    assert.deepEqual(client.traces, []);
  });

  it('sends one line per analysed version, with its milliseconds, once asked', async () => {
    await client.setTrace('messages');
    const version = await edit(client, 'V');
    assert.deepEqual(tracedVersions(client), [[version, 'in full']]);
  });

  it('says when only the edited step was checked again', async () => {
    const before = tracedVersions(client).length;
    const version = await edit(client, 'C', STEP_TITLE);
    assert.deepEqual(tracedVersions(client).slice(before), [
      [version, `${stepReads.size} rules re-checked in the edited step alone`],
    ]);
  });

  it('stops when the trace is turned off again', async () => {
    await client.setTrace('off');
    const before = client.traces.length;
    await edit(client, 'W');
    assert.equal(client.traces.length, before);
  });
});
