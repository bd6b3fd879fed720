import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { exportDocument, type ExportPrompts } from '../../src/client/export/export-command';
import type { PreviewSource } from '../../src/client/preview/preview-source';
import type { ExportFormat } from '../../src/core/export/index';
import { analyze } from '../../src/core/analyze';
import { previewModel } from '../../src/core/preview/preview-model';
import { repoPath } from './helpers';

const SEED_000 = 'examples/gitter-2015/scheduled-maintenance-19-july.announcement.yaml';

/** The model as the server builds it (without following the link: the export flow is what is tested here). */
const coreSource: PreviewSource = (uri) =>
  Promise.resolve({
    ok: true,
    model: previewModel(analyze(readFileSync(uri.fsPath, 'utf8'), path.basename(uri.fsPath))),
  });

/** Answers the export's questions as a person would, and records what it was asked. */
function answering(
  format: ExportFormat | undefined,
  target: vscode.Uri | undefined,
  replace: boolean,
) {
  const asked = {
    formats: [] as string[],
    placeHolder: '',
    defaultUri: undefined as vscode.Uri | undefined,
    replace: [] as string[],
    exported: [] as string[],
    errors: [] as string[],
  };
  const prompts: ExportPrompts = {
    pickFormat: (items, placeHolder) => {
      asked.formats = items.map((item) => `${item.format}: ${item.label}`);
      asked.placeHolder = placeHolder;
      return Promise.resolve(format);
    },
    pickTarget: (defaultUri) => {
      asked.defaultUri = defaultUri;
      return Promise.resolve(target);
    },
    confirmReplace: (file) => {
      asked.replace.push(file.fsPath);
      return Promise.resolve(replace);
    },
    exported: (file) => asked.exported.push(file.fsPath),
    error: (message) => asked.errors.push(message),
  };
  return { prompts, asked };
}

describe('VS Code: Export…', () => {
  const seed = vscode.Uri.file(repoPath(SEED_000));
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'runbook-export-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('offers every format, proposes <id>.<ext> beside the file, and writes the export', async () => {
    const target = vscode.Uri.file(path.join(dir, 'seed.md'));
    const { prompts, asked } = answering('md', target, false);
    assert.equal((await exportDocument(seed, coreSource, prompts))?.fsPath, target.fsPath);
    assert.deepEqual(
      asked.formats.map((f) => f.split(':')[0]),
      ['text', 'md', 'html', 'tweet', 'ics', 'banner', 'statuspage', 'json'],
    );
    assert.equal(asked.placeHolder, 'Export "Scheduled maintenance 19 July" as…');
    assert.equal(
      asked.defaultUri?.fsPath,
      path.join(path.dirname(seed.fsPath), 'gitter-maintenance-2015-07-19.md'),
    );
    assert.deepEqual(asked.replace, [], 'a new file needs no question');
    assert.deepEqual(asked.exported, [target.fsPath]);
    const text = readFileSync(target.fsPath, 'utf8');
    assert.match(text, /Scheduled maintenance 19 July/);
    assert.match(text, /Pacific: Midnight/);
  });

  it('never writes over a file without a yes', async () => {
    const target = path.join(dir, 'existing.ics');
    writeFileSync(target, 'keep me');
    const declined = answering('ics', vscode.Uri.file(target), false);
    assert.equal(await exportDocument(seed, coreSource, declined.prompts), undefined);
    assert.deepEqual(declined.asked.replace, [target]);
    assert.equal(readFileSync(target, 'utf8'), 'keep me');

    const accepted = answering('ics', vscode.Uri.file(target), true);
    assert.equal((await exportDocument(seed, coreSource, accepted.prompts))?.fsPath, target);
    assert.match(readFileSync(target, 'utf8'), /^BEGIN:VCALENDAR/);
  });

  it('writes nothing when a question is dismissed', async () => {
    const noFormat = answering(undefined, vscode.Uri.file(path.join(dir, 'never.md')), true);
    assert.equal(await exportDocument(seed, coreSource, noFormat.prompts), undefined);
    assert.equal(noFormat.asked.defaultUri, undefined, 'no save dialog without a format');
    const noTarget = answering('md', undefined, true);
    assert.equal(await exportDocument(seed, coreSource, noTarget.prompts), undefined);
    assert.deepEqual([...noTarget.asked.replace, ...noTarget.asked.exported], []);
  });

  it('says why a format cannot be made, and writes nothing', async () => {
    const file = path.join(dir, 'no-start.announcement.yaml');
    writeFileSync(file, 'kind: announcement\nid: no-start\ntitle: Someday\nzone: Europe/London\n');
    const target = vscode.Uri.file(path.join(dir, 'no-start.ics'));
    const { prompts, asked } = answering('ics', target, true);
    assert.equal(await exportDocument(vscode.Uri.file(file), coreSource, prompts), undefined);
    assert.equal(asked.errors.length, 1);
    assert.match(
      asked.errors[0],
      /^Cannot export no-start\.announcement\.yaml as Calendar event \(\.ics\): /,
    );
    assert.equal(asked.defaultUri, undefined);
  });

  it('refuses a calendar event and a status page entry for a window whose end is not known, writing no file', async () => {
    const file = path.join(dir, 'no-end.announcement.yaml');
    writeFileSync(
      file,
      'kind: announcement\nid: no-end\ntitle: Rotation\nstart: 2099-07-19 08:00\nzone: Europe/London\n',
    );
    for (const format of ['ics', 'statuspage'] as const) {
      const target = vscode.Uri.file(path.join(dir, `no-end.${format}`));
      const { prompts, asked } = answering(format, target, true);
      assert.equal(await exportDocument(vscode.Uri.file(file), coreSource, prompts), undefined);
      assert.equal(asked.errors.length, 1, format);
      assert.match(asked.errors[0], /needs an end: nothing in this file gives the window a length/);
      assert.deepEqual(asked.exported, [], format);
      assert.ok(!existsSync(target.fsPath), `${format}: no file`);
    }
  });
});
