import { strict as assert } from 'node:assert';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { journalsSignature } from '../../../src/file-access/journal-signature';

describe('file-access/journal-signature', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'runbook-signature-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('changes when a journal is added or written to, and not for other files', async () => {
    assert.equal(await journalsSignature(folder, 'demo'), '', 'no folder, no journals');
    const dir = join(folder, 'demo');
    mkdirSync(dir);
    const journal = join(dir, '2026-07-19T07-00-00Z.jsonl');
    writeFileSync(journal, '{}\n');
    const first = await journalsSignature(folder, 'demo');
    assert.notEqual(first, '');
    writeFileSync(join(dir, '2026-07-19T07-00-00Z.md'), '# report');
    mkdirSync(join(dir, '2026-07-19T07-00-00Z'));
    assert.equal(
      await journalsSignature(folder, 'demo'),
      first,
      'reports and log folders do not count',
    );
    appendFileSync(journal, '{}\n');
    const second = await journalsSignature(folder, 'demo');
    assert.notEqual(second, first);
    writeFileSync(join(dir, '2026-07-20T07-00-00Z.jsonl'), '{}\n');
    assert.notEqual(await journalsSignature(folder, 'demo'), second);
  });
});
