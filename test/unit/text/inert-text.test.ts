import { strict as assert } from 'node:assert';
import { inertText } from '../../../src/core/text/inert-text';

describe('text/inert-text', () => {
  it('shows each character a terminal obeys as \\uXXXX, and leaves tab, newline and CRLF', () => {
    assert.equal(
      inertText('a\tb\nc\r\nd\re\u001b[31m\u0007\u0000\u0008\u007f\u0085\u009b\u202e\u2066'),
      'a\tb\nc\r\nd\\u000de\\u001b[31m\\u0007\\u0000\\u0008\\u007f\\u0085\\u009b\\u202e\\u2066',
    );
  });

  it('leaves printable text alone, and its escapes read back in a JSON string', () => {
    assert.equal(inertText('plain – text ✓ 東京 \u200d'), 'plain – text ✓ 東京 \u200d');
    const json = JSON.stringify({ id: 'x\u009by\u202ez' });
    assert.deepEqual(JSON.parse(inertText(json)), { id: 'x\u009by\u202ez' });
    assert.doesNotMatch(inertText(json), /[\u0080-\u009f\u202a-\u202e]/);
  });
});
