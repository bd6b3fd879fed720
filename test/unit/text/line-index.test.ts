import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../src/core/text/line-index';

describe('text/line-index', () => {
  it('gives 1-based line and column for LF text', () => {
    const index = new LineIndex('ab\ncd\n');
    assert.deepEqual(index.at(0), { line: 1, column: 1 });
    assert.deepEqual(index.at(2), { line: 1, column: 3 });
    assert.deepEqual(index.at(3), { line: 2, column: 1 });
    assert.deepEqual(index.at(6), { line: 3, column: 1 });
  });

  it('treats CRLF as one line break', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.deepEqual(index.at(2), { line: 1, column: 3 });
    assert.deepEqual(index.at(4), { line: 2, column: 1 });
    assert.deepEqual(index.at(5), { line: 2, column: 2 });
  });

  it('treats a lone CR as a line break', () => {
    const index = new LineIndex('ab\rcd\ref');
    assert.deepEqual(index.at(3), { line: 2, column: 1 });
    assert.deepEqual(index.at(7), { line: 3, column: 2 });
  });

  it('counts columns in UTF-16 code units, as editors do', () => {
    const index = new LineIndex('😀x\ny');
    assert.deepEqual(index.at(2), { line: 1, column: 3 });
  });

  it('handles an empty text', () => {
    assert.deepEqual(new LineIndex('').at(0), { line: 1, column: 1 });
  });

  it('finds the right line among many', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n');
    const index = new LineIndex(text);
    assert.deepEqual(index.at(text.indexOf('line 737')), { line: 738, column: 1 });
  });
});

describe('text/line-index lineText', () => {
  it('returns each line without its break, whatever the break', () => {
    const index = new LineIndex('a\r\nbb\rccc\nd');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(
      [0, 1, 2, 3].map((line) => index.lineText(line)),
      ['a', 'bb', 'ccc', 'd'],
    );
  });

  it('counts the empty line after a final break', () => {
    const index = new LineIndex('a\n');
    assert.equal(index.lineCount, 2);
    assert.equal(index.lineText(1), '');
  });
});
