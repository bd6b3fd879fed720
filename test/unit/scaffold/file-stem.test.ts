import { strict as assert } from 'node:assert';
import { fileStem } from '../../../src/core/scaffold/file-stem';

describe('scaffold: file names from a title', () => {
  it('keeps Latin letters and digits, drops accents, joins the rest with one -', () => {
    assert.equal(fileStem('Upgrade: Postgres 15 (Zürich)'), 'upgrade-postgres-15-zurich');
    assert.equal(fileStem('  "Quoted" -- title!  '), 'quoted-title');
    assert.equal(fileStem('Ÿ ﬁle'), 'y-file');
  });

  it('names a title without such letters "maintenance"', () => {
    assert.equal(fileStem('データベース更新'), 'maintenance');
    assert.equal(fileStem('!!! ???'), 'maintenance');
  });

  it('stays short and never ends on -', () => {
    const stem = fileStem(`${'a'.repeat(47)} b c d`);
    assert.equal(stem, 'a'.repeat(47));
    assert.ok(fileStem('word '.repeat(100)).length <= 48);
  });
});
