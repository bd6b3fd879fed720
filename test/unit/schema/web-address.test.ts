import { strict as assert } from 'node:assert';
import { isWebAddress } from '../../../src/core/schema/web-address';
import { validateAgainstSchema } from '../../../src/core/schema/validator';

const WEB = ['https://status.example.com', 'HTTP://x.example/a?b=1&c#d', 'mailto:ops@example.com'];
const NOT_WEB = [
  'javascript:alert(1)',
  ' https://x.example',
  'https://x.example\t',
  'https://x.example/\u001b',
  'https://x.example/\u202e',
  'https:///x',
  'https:x',
  '//x.example',
  'mailto:',
  'data:text/html,x',
  '',
];

describe('schema/web-address', () => {
  it('takes https, http and mailto addresses without spaces or control characters', () => {
    for (const url of WEB) assert.ok(isWebAddress(url), url);
    for (const url of NOT_WEB) assert.ok(!isWebAddress(url), JSON.stringify(url));
  });

  it('is the rule the schema applies to status_page: both say the same of every address', () => {
    for (const url of [...WEB, ...NOT_WEB]) {
      const errors = validateAgainstSchema('announcement', {
        title: 'T',
        start: '2026-07-19 08:00',
        zone: 'UTC',
        channels: { status_page: url },
      });
      assert.equal(errors.length === 0, isWebAddress(url), JSON.stringify(url));
    }
  });
});
