import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  readSmallFile,
  runbookFilesIn,
  walkWouldList,
} from '../../../src/file-access/workspace-files';

describe('file-access/workspace-files', () => {
  let root: string;
  const names = (files: string[]) => files.map((file) => relative(root, file)).sort();

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'runbook-workspace-files-'));
    mkdirSync(join(root, 'ops', 'deep'), { recursive: true });
    mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
    for (const name of [
      'a.runbook.yaml',
      'b.announcement.yml',
      'notes.yaml',
      'ops/c.runbook.yml',
      'ops/deep/d.announcement.yaml',
      'node_modules/pkg/e.runbook.yaml',
    ])
      writeFileSync(join(root, name), 'kind: runbook\n');
    symlinkSync(join(root, 'a.runbook.yaml'), join(root, 'link.runbook.yaml'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists the runbook and announcement files, not dependencies, other YAML or symbolic links', async () => {
    const { files, capped } = await runbookFilesIn([root], { maxFiles: 100, maxEntries: 100 });
    assert.equal(capped, false);
    assert.deepEqual(names(files), [
      'a.runbook.yaml',
      'b.announcement.yml',
      'ops/c.runbook.yml',
      'ops/deep/d.announcement.yaml',
    ]);
  });

  it('leaves out what .runbookignore lists, as runbook lint does, for a walk and for one file', async () => {
    mkdirSync(join(root, 'ops', 'broken'));
    writeFileSync(join(root, 'ops', 'broken', 'x.runbook.yaml'), 'kind: runbook\n');
    writeFileSync(join(root, 'ops', '.runbookignore'), '# on purpose\nbroken/\nc.runbook.yml\n');
    const { files } = await runbookFilesIn([root], { maxFiles: 100, maxEntries: 100 });
    assert.deepEqual(names(files), [
      'a.runbook.yaml',
      'b.announcement.yml',
      'ops/deep/d.announcement.yaml',
    ]);
    const would = (name: string) => walkWouldList([root], join(root, name));
    assert.equal(await would('ops/deep/d.announcement.yaml'), true);
    assert.equal(await would('ops/broken/x.runbook.yaml'), false);
    assert.equal(await would('ops/c.runbook.yml'), false);
    assert.equal(await would('node_modules/pkg/e.runbook.yaml'), false);
    assert.equal(await would('notes.yaml'), false);
    assert.equal(await walkWouldList([join(root, 'ops')], join(root, 'a.runbook.yaml')), false);
  });

  it('stops at the file and entry limits and says so', async () => {
    const few = await runbookFilesIn([root], { maxFiles: 2, maxEntries: 100 });
    assert.equal(few.capped, true);
    assert.equal(few.files.length, 2);
    const shallow = await runbookFilesIn([root], { maxFiles: 100, maxEntries: 3 });
    assert.equal(shallow.capped, true);
    assert.ok(shallow.files.length <= 3);
  });

  it('stops a walk no longer wanted, and skips a folder that cannot be read', async () => {
    assert.deepEqual(
      (await runbookFilesIn([root], { maxFiles: 100, maxEntries: 100 }, () => false)).files,
      [],
    );
    const missing = await runbookFilesIn([join(root, 'gone')], { maxFiles: 9, maxEntries: 9 });
    assert.deepEqual(missing, { files: [], capped: false });
  });

  it('reads a small regular file and refuses a large, missing or non-regular one', async () => {
    assert.deepEqual(await readSmallFile(join(root, 'a.runbook.yaml'), 100), {
      ok: true,
      text: 'kind: runbook\n',
    });
    assert.deepEqual(await readSmallFile(join(root, 'a.runbook.yaml'), 5), {
      ok: false,
      why: 'too-large',
    });
    assert.deepEqual(await readSmallFile(join(root, 'gone.runbook.yaml'), 100), {
      ok: false,
      why: 'unreadable',
    });
    assert.deepEqual(await readSmallFile(join(root, 'ops'), 100), { ok: false, why: 'unreadable' });
  });
});
