import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import type { LinkedRunbook } from '../../../src/core/analysis-types';
import { defaultSettings } from '../../../src/core/settings';
import { DiskRunbooks, diskResolver } from '../../../src/file-access/disk-runbooks';
import { isInside, linkTarget } from '../../../src/file-access/link-target';

/** A link's message, or '' when it was found. */
const messageOf = (linked: LinkedRunbook) => (linked.status === 'found' ? '' : linked.message);

const RUNBOOK =
  'kind: runbook\ntitle: T\nwindow: { start: 2026-07-19 08:00, zone: UTC }\nsteps:\n  - id: a\n    estimate: 30m\n';

describe('links: where `runbook:` leads, and reading it from disk', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'runbook-links-'));
    mkdirSync(join(root, 'ws/ops'), { recursive: true });
    writeFileSync(join(root, 'ws/ops/up.runbook.yaml'), RUNBOOK);
    writeFileSync(join(root, 'outside.runbook.yaml'), RUNBOOK);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const announcement = () => join(root, 'ws/a.announcement.yaml');
  const resolve = (
    written: string,
    roots = [join(root, 'ws')],
    settings = defaultSettings,
    disk = new DiskRunbooks(),
  ) => diskResolver(announcement(), roots, settings, disk)(written);

  it('resolves relative to the announcement, and absolute paths inside the workspace', () => {
    const found = resolve('./ops/up.runbook.yaml');
    assert.equal(found.status, 'found');
    assert.equal(found.path, join(root, 'ws/ops/up.runbook.yaml'));
    assert.equal(resolve(join(root, 'ws/ops/up.runbook.yaml')).status, 'found');
    assert.equal(resolve('ops/../ops/up.runbook.yaml').status, 'found');
  });

  it('refuses a path outside the workspace folder, whichever way it is written', () => {
    for (const written of [
      '../outside.runbook.yaml',
      join(root, 'outside.runbook.yaml'),
      './ops/../../outside.runbook.yaml',
    ]) {
      const result = resolve(written);
      assert.equal(result.status, 'outside-workspace', written);
      assert.equal(
        messageOf(result),
        `"${written}" is outside the workspace folder ${join(root, 'ws')}: only runbooks inside it are read.`,
      );
    }
  });

  it('bounds an announcement in no workspace folder by its own folder', () => {
    assert.equal(resolve('./ops/up.runbook.yaml', []).status, 'found');
    const result = resolve('../outside.runbook.yaml', [join(root, 'elsewhere')]);
    assert.equal(result.status, 'outside-workspace');
    assert.match(
      messageOf(result),
      /outside this announcement's folder, and the announcement is in no workspace folder/,
    );
  });

  it('refuses a folder, the announcement itself, an empty path and an unsaved announcement, each saying so', () => {
    const folder = resolve('./ops');
    assert.deepEqual(
      [folder.status, messageOf(folder)],
      ['folder', '"./ops" is a folder, not a runbook: name the *.runbook.yaml file in it.'],
    );
    const self = resolve('./a.announcement.yaml');
    assert.deepEqual(
      [self.status, messageOf(self)],
      [
        'self',
        '"./a.announcement.yaml" is this announcement itself; `runbook:` names the runbook it announces.',
      ],
    );
    assert.equal(resolve('  ').status, 'not-found');
    const unsaved = linkTarget(undefined, './x.runbook.yaml', []);
    assert.match(unsaved.ok ? '' : unsaved.problem.message, /not saved in a folder/);
  });

  it('names a missing file, with the closest runbook beside it as a suggestion', () => {
    const missing = resolve('./ops/upp.runbook.yaml');
    assert.equal(missing.status, 'not-found');
    assert.deepEqual(missing.status === 'not-found' && [missing.message, missing.suggestion], [
      'No file at "./ops/upp.runbook.yaml", relative to this announcement\'s folder. Did you mean ./ops/up.runbook.yaml?',
      './ops/up.runbook.yaml',
    ]);
    const far = resolve('./nothing-like-it.runbook.yaml');
    assert.deepEqual(far.status === 'not-found' && [far.message, far.suggestion], [
      'No file at "./nothing-like-it.runbook.yaml", relative to this announcement\'s folder.',
      undefined,
    ]);
    assert.equal(resolve('./missing/x.runbook.yaml').status, 'not-found');
  });

  it('says what a file that is not a runbook is', () => {
    writeFileSync(
      join(root, 'ws/b.announcement.yaml'),
      'kind: announcement\ntitle: T\nstart: 2026-07-19 08:00\nzone: UTC\n',
    );
    writeFileSync(join(root, 'ws/notes.yaml'), 'title: notes\n');
    assert.match(
      JSON.stringify(resolve('./b.announcement.yaml')),
      /"status":"not-a-runbook".*is an announcement/,
    );
    assert.match(
      JSON.stringify(resolve('./notes.yaml')),
      /"status":"not-a-runbook".*neither a runbook nor an announcement/,
    );
    writeFileSync(join(root, 'ws/kind.yaml'), RUNBOOK);
    assert.equal(
      resolve('./kind.yaml').status,
      'found',
      '`kind: runbook` makes any name a runbook',
    );
  });

  it('refuses a file larger than runbook.maxFileSize, and reads invalid UTF-8 without throwing', () => {
    const big = resolve('./ops/up.runbook.yaml', undefined, {
      ...defaultSettings,
      maxFileSizeBytes: 10,
    });
    assert.deepEqual(
      [big.status, messageOf(big)],
      [
        'unreadable',
        '"./ops/up.runbook.yaml" is larger than `runbook.maxFileSize`, so it is not read.',
      ],
    );
    writeFileSync(
      join(root, 'ws/bad.runbook.yaml'),
      Buffer.concat([
        Buffer.from('kind: runbook\ntitle: caf'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\nsteps: []\n'),
      ]),
    );
    const bad = resolve('./bad.runbook.yaml');
    assert.equal(bad.status, 'found');
    assert.deepEqual(bad.status === 'found' && bad.analysis.diagnostics.map((d) => d.code), [
      'missing-window',
      'yaml-syntax',
    ]);
  });

  it('analyses a file once per version: a new modification time or size reads it again', () => {
    const disk = new DiskRunbooks();
    const first = resolve('./ops/up.runbook.yaml', undefined, defaultSettings, disk);
    const again = resolve('./ops/up.runbook.yaml', undefined, defaultSettings, disk);
    assert.ok(
      first.status === 'found' && again.status === 'found' && first.analysis === again.analysis,
    );
    const path = join(root, 'ws/ops/up.runbook.yaml');
    writeFileSync(path, RUNBOOK.replace('30m', '45m'));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const changed = resolve('./ops/up.runbook.yaml', undefined, defaultSettings, disk);
    assert.ok(changed.status === 'found' && changed.analysis !== first.analysis);
    assert.equal(changed.status === 'found' && changed.analysis.plan?.estimate.high, 45 * 60);
  });

  it("plugs into analyze: the announcement takes the runbook's planned length", () => {
    const analysis = analyze(
      'kind: announcement\ntitle: T\nrunbook: ./ops/up.runbook.yaml\nstart: 2026-07-19 08:00\nzone: UTC\n',
      announcement(),
      defaultSettings,
      undefined,
      diskResolver(announcement(), [join(root, 'ws')], defaultSettings, new DiskRunbooks()),
    );
    assert.deepEqual(analysis.diagnostics, []);
    assert.equal(analysis.window?.lengthMs, 60 * 60_000);
  });

  it('tells inside from outside by whole path segments', () => {
    assert.deepEqual(
      [isInside('/w/a', '/w'), isInside('/w', '/w'), isInside('/wx/a', '/w'), isInside('/a', '/w')],
      [true, true, false, false],
    );
  });
});
