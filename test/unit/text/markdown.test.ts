import { strict as assert } from 'node:assert';
import { escapeMarkdown, inlineCode } from '../../../src/core/text/markdown';

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
});
