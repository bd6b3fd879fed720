import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  documentKind,
  isRunbookFileName,
  kindFromContent,
  RUNBOOK_FILE_GLOB,
  kindFromFileName,
} from '../../src/core/document-kind';
import { parseYaml } from '../../src/core/yaml/parse-yaml';

const rootOf = (text: string) => parseYaml(text).root;

describe('document-kind', () => {
  it('reads the kind from *.runbook.yaml, *.announcement.yml and any case', () => {
    assert.equal(kindFromFileName('/x/db.runbook.yaml'), 'runbook');
    assert.equal(kindFromFileName('july.announcement.yml'), 'announcement');
    assert.equal(kindFromFileName('DB.Runbook.YAML'), 'runbook');
  });

  it('reads no kind from other names', () => {
    assert.equal(kindFromFileName('runbook.yaml'), undefined);
    assert.equal(kindFromFileName('db.runbook.yaml.bak'), undefined);
    assert.equal(isRunbookFileName('notes.yaml'), false);
    assert.equal(isRunbookFileName('a.announcement.yaml'), true);
  });

  it('names the files the language contributes, in the glob the watcher and the workspace pass use', () => {
    const manifest = JSON.parse(
      readFileSync(resolve(__dirname, '../../../package.json'), 'utf8'),
    ) as { contributes: { languages: Array<{ filenamePatterns: string[] }> } };
    const patterns = manifest.contributes.languages[0].filenamePatterns;
    // The glob's {a,b}.{c,d} spelled out: one `*.x.y` per pair, as package.json lists them.
    const [, kinds, extensions] = /^\*\*\/\*\.\{(.+)\}\.\{(.+)\}$/.exec(RUNBOOK_FILE_GLOB) ?? [];
    const expanded = kinds
      .split(',')
      .flatMap((kind) => extensions.split(',').map((ext) => `*.${kind}.${ext}`));
    assert.deepEqual([...expanded].sort(), [...patterns].sort());
    for (const pattern of patterns)
      assert.ok(isRunbookFileName(pattern.replace('*', 'x')), pattern);
  });

  it('reads a known top-level kind: and ignores unknown ones', () => {
    assert.equal(kindFromContent(rootOf('kind: announcement\n')), 'announcement');
    assert.equal(kindFromContent(rootOf('kind: runbok\n')), undefined);
    assert.equal(kindFromContent(rootOf('steps:\n  - kind: runbook\n')), undefined);
    assert.equal(kindFromContent(null), undefined);
  });

  it('lets kind: win over the file name, and falls back to the name', () => {
    assert.equal(documentKind(rootOf('kind: announcement\n'), 'a.runbook.yaml'), 'announcement');
    assert.equal(documentKind(rootOf('title: T\n'), 'a.runbook.yaml'), 'runbook');
    assert.equal(documentKind(rootOf('title: T\n'), 'a.yaml'), undefined);
  });
});
