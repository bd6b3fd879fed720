import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportPath, writeRunReport } from '../../../src/runner/run-report';
import { fourSteps, JournalWriter } from '../run/report-fixtures';

describe('runner/run-report', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'runbook-report-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const plan = fourSteps();
  const journalPath = () => join(folder, 'upgrade', '2026-07-19T07-00-00Z.jsonl');
  const session = (previous: JournalWriter['events'] = []) => ({
    plan,
    runId: 'run-1',
    journalPath: journalPath(),
    previous,
  });

  beforeEach(() => mkdirSync(join(folder, 'upgrade')));

  it('writes <journal without .jsonl>.md beside the journal, marked with its run', async () => {
    const events = new JournalWriter(plan).step('backup', 0, 8).end(8, 'aborted');
    const path = await writeRunReport(session(), events);
    assert.equal(path, join(folder, 'upgrade', '2026-07-19T07-00-00Z.md'));
    assert.equal(path, reportPath(journalPath()));
    const text = readFileSync(path, 'utf8');
    assert.match(text, /^<!-- runbook run report run-1 -->\n# Run report: Upgrade\n/);
    assert.match(text, /\| 1 \| backup — Back up \| 10m \| 20m \| 8m \| done \| 1 \|/);
  });

  it("reports a resumed run from the earlier session's events and this one's", async () => {
    const writer = new JournalWriter(plan).step('backup', 0, 8);
    const previous = [...writer.events];
    const now = writer
      .add({
        type: 'run-resumed',
        at: '2026-07-19T07:20:00.000Z',
        user: 'bo',
        host: 'box',
        contentHash: 'hash1',
      })
      .step('migrate', 20, 23)
      .end(23, 'aborted')
      .slice(previous.length);
    const text = readFileSync(await writeRunReport(session(previous), now), 'utf8');
    assert.match(
      text,
      /- By: ana on ops-1\n- Resumed: by bo on box at 2026-07-19 08:20 Europe\/London/,
    );
    assert.match(text, /\(2 done, 2 pending\)/);
  });

  it('replaces the report it wrote for the same run, and never a file it did not write', async () => {
    const first = await writeRunReport(session(), new JournalWriter(plan).end(1, 'aborted'));
    const again = await writeRunReport(session(), new JournalWriter(plan).end(2, 'aborted'));
    assert.equal(again, first);
    assert.match(readFileSync(first, 'utf8'), /- Ended: 2026-07-19 08:02/);

    writeFileSync(first, 'my notes\n');
    const other = await writeRunReport(session(), new JournalWriter(plan).end(3, 'aborted'));
    assert.equal(other, join(folder, 'upgrade', '2026-07-19T07-00-00Z.report-2.md'));
    assert.equal(readFileSync(first, 'utf8'), 'my notes\n');

    const otherRun = { ...session(), runId: 'run-2' };
    const third = await writeRunReport(otherRun, new JournalWriter(plan).end(4, 'aborted'));
    assert.equal(third, join(folder, 'upgrade', '2026-07-19T07-00-00Z.report-3.md'));
  });

  it('says where and why when the report cannot be written', async () => {
    const missing = { ...session(), journalPath: join(folder, 'nowhere', 'x.jsonl') };
    await assert.rejects(
      writeRunReport(missing, []),
      /cannot write the run report .*x\.md: it does not exist \(ENOENT\)/,
    );
  });
});
