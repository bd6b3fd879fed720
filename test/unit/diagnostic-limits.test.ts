import { strict as assert } from 'node:assert';
import {
  capDiagnostic,
  clipText,
  countText,
  MAX_FIXES,
  MAX_MESSAGE_LENGTH,
  MAX_RELATED,
  namesList,
} from '../../src/core/diagnostic-limits';

describe('diagnostic-limits', () => {
  it('clips a text with an ellipsis, never inside a surrogate pair', () => {
    assert.equal(clipText('short', 10), 'short');
    assert.equal(clipText('abcdefghij', 5), 'abcd…');
    // 'abc' and a 2-unit emoji fill five units; a cut at six would split the next emoji.
    assert.equal(clipText(`abc${'😀'.repeat(10)}`, 7), 'abc😀…');
    assert.equal(clipText(`abc${'😀'.repeat(10)}`, 6), 'abc😀…');
  });

  it('writes counts as toLocaleString("en-US") does, with commas between groups of three digits', () => {
    const counts = [0, -0, 1, 12, 999, 1000, 4990, 10_000, 999_999, 1_000_000, 123_456_789];
    for (const count of [...counts, Number.MAX_SAFE_INTEGER, -4990, 1234.5, NaN, Infinity])
      assert.equal(countText(count), count.toLocaleString('en-US'), String(count));
    for (let count = 0; count < 100_000; count += 997)
      assert.equal(countText(count), count.toLocaleString('en-US'));
    assert.equal(countText(4990), '4,990');
  });

  it('lists up to five names, then counts the rest', () => {
    assert.equal(namesList([]), '');
    assert.equal(namesList(['"a"']), '"a"');
    assert.equal(namesList(['"a"', '"b"']), '"a" and "b"');
    const names = Array.from({ length: 5 }, (_, i) => `"s${i}"`);
    assert.equal(namesList(names, 5_000), '"s0", "s1", "s2", "s3", "s4" and 4,995 more');
  });

  it('caps a message, its related locations and its fixes, keeping the edits exact', () => {
    const long = 'x'.repeat(10_000);
    const capped = capDiagnostic({
      code: 'unknown-step',
      severity: 'error',
      message: `No step has the id "${long}".`,
      start: 0,
      end: 1,
      related: Array.from({ length: 500 }, () => ({ start: 0, end: 1, message: long })),
      fixes: Array.from({ length: 500 }, () => ({
        title: `Change to "${long}"`,
        edits: [{ start: 0, end: 1, newText: long }],
      })),
    });
    assert.equal(capped.message.length, MAX_MESSAGE_LENGTH);
    assert.ok(capped.message.endsWith('…'));
    assert.equal(capped.related?.length, MAX_RELATED);
    assert.ok(capped.related?.every((r) => r.message.length <= 200));
    assert.equal(capped.fixes?.length, MAX_FIXES);
    assert.ok(capped.fixes?.every((f) => f.title.length <= 200 && f.edits[0].newText === long));
  });
});
