import { strict as assert } from 'node:assert';
import { escapeMarkdown, inlineCode, markdownLine } from '../../../src/core/text/markdown';

describe('text/markdown', () => {
  describe('escapeMarkdown', () => {
    it('escapes emphasis, links, code and HTML so text shows as written', () => {
      assert.equal(
        escapeMarkdown('*a* _b_ [c](d) `e` <b>'),
        '\\*a\\* \\_b\\_ \\[c\\]\\(d\\) \\`e\\` \\<b\\>',
      );
    });

    it('escapes a leading # or - that would start a heading or a list', () => {
      assert.equal(escapeMarkdown('# 1. - x'), '\\# 1\\. \\- x');
    });

    it('leaves plain words alone', () => {
      assert.equal(escapeMarkdown('Back up every database'), 'Back up every database');
    });
  });

  describe('inlineCode', () => {
    it('wraps text in backticks', () => {
      assert.equal(inlineCode('backup'), '`backup`');
    });

    it('uses a double fence with spaces when the text holds a backtick', () => {
      assert.equal(inlineCode('a`b'), '`` a`b ``');
    });
  });

  describe('markdownLine', () => {
    it('keeps text on one line: line breaks and control characters become one space', () => {
      assert.equal(markdownLine('a\r\nb\u2028c\td'), 'a b c d');
    });

    it('escapes a marker that would start a heading, a list or a quote, and only at the start', () => {
      assert.equal(markdownLine('# a-b.c #d'), '\\# a-b.c #d');
      assert.equal(markdownLine('  - x'), '\\- x');
      assert.equal(markdownLine('12. x'), '12\\. x');
      assert.equal(markdownLine('> x'), '\\> x');
    });

    it('escapes pipes, backticks, HTML and entities', () => {
      assert.equal(markdownLine('a|b `c` <i> &lt;'), 'a\\|b \\`c\\` \\<i\\> \\&lt;');
    });

    it('cuts long text with an ellipsis, never inside a surrogate pair', () => {
      assert.equal(markdownLine('abcdef', 4), 'abc…');
      assert.equal(markdownLine('😀😀😀😀😀', 3), '😀😀…');
      assert.equal(markdownLine('abc', 3), 'abc');
      assert.equal(markdownLine('x'.repeat(1_000_000), 10).length, 10);
    });
  });
});
