import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PreviewResult } from '../../src/protocol/requests';
import type { PreviewModel } from '../../src/core/preview/preview-model';
import { LspClient, REPO_ROOT } from './lsp-client';

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const SEED_000 = path.join(EXAMPLES, 'gitter-2015/scheduled-maintenance-19-july.announcement.yaml');

/** The model of an answer, or a failure that says why there was none. */
function modelOf(result: PreviewResult): PreviewModel {
  assert.ok(result.ok, `no preview: ${result.ok ? '' : `${result.reason}: ${result.message}`}`);
  return result.model;
}

describe('LSP: runbook/preview (the preview panel and the exports)', () => {
  let client: LspClient;
  let count = 0;
  // The examples folder is the workspace, so seed 000's `runbook:` resolves as in the editor.
  before(async () => (client = await LspClient.start({}, [pathToFileURL(EXAMPLES).toString()])));
  after(async () => client?.stop());

  async function open(text: string, name: string): Promise<string> {
    const uri = `file:///work/preview/${++count}-${name}`;
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    return uri;
  }

  it("gives seed 000's window in its six zones, as the post wrote them, and the doubled estimate", async () => {
    const uri = pathToFileURL(SEED_000).toString();
    await client.open(uri, readFileSync(SEED_000, 'utf8'));
    await client.diagnosticsFor(uri);
    const model = modelOf(await client.preview(uri));
    assert.equal(model.title, 'Scheduled maintenance 19 July');
    assert.deepEqual(model.zonesList, [
      'Tokyo: 4pm',
      'Moscow: 10am',
      'CEST: 9am',
      'Eastern: 3am',
      'Central: 2am',
      'Pacific: Midnight',
    ]);
    assert.equal(model.window?.start, '2015-07-19T08:00:00+01:00');
    assert.equal(model.window?.minutes, 60);
    assert.deepEqual(
      {
        low: model.estimate?.low,
        high: model.estimate?.high,
        factor: model.estimate?.safetyFactor,
        planned: model.estimate?.plannedMinutes,
      },
      { low: 30, high: 30, factor: 2, planned: 60 },
    );
    // The linked runbook was followed: its steps are the announcement's plan.
    assert.equal(model.runbook?.found, true);
    assert.ok(
      model.steps.some((step) => step.id === 'migrate'),
      model.steps.map((s) => s.id).join(', '),
    );
    assert.deepEqual(model.affected, ['web', 'desktop', 'mobile', 'irc', 'api']);
  });

  it('follows edits: the answer is about the newest version', async () => {
    const text =
      'kind: runbook\ntitle: Before\nwindow:\n  start: 2099-07-19 08:00\n  zone: Europe/London\nsteps:\n  - id: a\n    estimate: 20m\n';
    const uri = await open(text, 'edit.runbook.yaml');
    assert.equal(modelOf(await client.preview(uri)).title, 'Before');
    await client.change(uri, text.replace('Before', 'After').replace('20m', '45m'));
    const model = modelOf(await client.preview(uri));
    assert.equal(model.title, 'After');
    assert.equal(model.estimate?.plannedMinutes, 90);
  });

  it('previews a file with errors, with its problems listed', async () => {
    const uri = await open(
      'kind: runbook\ntitle: Broken\nwindow:\n  start: 2099-07-19 08:00\n  zone: Mars/Olympus\nsteps:\n  - id: a\n    estimate: 10m\n    needs: [nope]\n',
      'broken.runbook.yaml',
    );
    const model = modelOf(await client.preview(uri));
    assert.equal(model.title, 'Broken');
    assert.equal(model.problems.errors, 2);
    assert.deepEqual(model.problems.items.map((p) => `${p.code}@${p.line}`).sort(), [
      'unknown-step@9',
      'unknown-zone@5',
    ]);
    assert.equal(model.steps.length, 1, 'the steps are still shown');
  });

  it('says an announcement whose runbook is missing has none', async () => {
    const uri = await open(
      'kind: announcement\ntitle: T\nrunbook: ./nowhere.runbook.yaml\nstart: 2099-07-19 08:00\nzone: Europe/London\nlength: 1h\n',
      'lost.announcement.yaml',
    );
    const model = modelOf(await client.preview(uri));
    assert.equal(model.runbook?.found, false);
    assert.match(model.runbook?.message ?? '', /nowhere\.runbook\.yaml/);
  });

  // How fast is a row of `npm run bench` (budget 1 s).
  it('answers a 10 MB file with the reason it is not previewed', async () => {
    const step = '  - id: step\n    estimate: 1m\n';
    const uri = await open(
      `kind: runbook\ntitle: T\nsteps:\n${step.repeat(Math.ceil((10 * 1024 * 1024) / step.length))}`,
      'huge.runbook.yaml',
    );
    const result = await client.preview(uri);
    assert.deepEqual(result.ok ? 'a model' : result.reason, 'too-large');
    assert.match(
      result.ok ? '' : result.message,
      /too large to analyse \(10\.0 MB; the limit is 5\.0 MB/,
    );
  });

  it('says why a file of no known kind, or one the server never saw, has no preview', async () => {
    const notes = await open('title: T\n', 'notes.yaml');
    const unknown = await client.preview(notes);
    assert.equal(unknown.ok ? 'a model' : unknown.reason, 'not-a-runbook');
    const never = await client.preview('file:///work/preview/never-opened.runbook.yaml');
    assert.equal(never.ok ? 'a model' : never.reason, 'not-open');
  });
});
