import { strict as assert } from 'node:assert';
import {
  documentKind,
  isRunbookFileName,
  kindFromContent,
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
