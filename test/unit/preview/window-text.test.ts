import { strict as assert } from 'node:assert';
import { formatTextTable } from '../../../src/core/preview/text-table';
import { windowLines } from '../../../src/core/preview/window-text';

const HOUR = 3_600_000;

describe('preview/window-text and text-table', () => {
  it("writes a window in its zone and in UTC, the end's day only when it differs", () => {
    const start = Date.parse('2015-07-19T07:00:00Z');
    assert.deepEqual(windowLines(start, start + HOUR, 'Europe/London', '12h'), [
      'Sun 2015-07-19 8am–9am Europe/London (BST, UTC+01:00)',
      'Sun 2015-07-19 7am–8am UTC',
    ]);
    assert.deepEqual(windowLines(start, start + 25 * HOUR, 'Asia/Kathmandu', '24h'), [
      'Sun 2015-07-19 12:45–Mon 2015-07-20 13:45 Asia/Kathmandu (UTC+05:45)',
      'Sun 2015-07-19 07:00–Mon 2015-07-20 08:00 UTC',
    ]);
    assert.deepEqual(windowLines(start, undefined, 'UTC', '24h'), ['Sun 2015-07-19 07:00 UTC']);
    assert.deepEqual(windowLines(start, undefined, 'UTC+01:00', '24h'), [
      'Sun 2015-07-19 08:00 UTC+01:00',
      'Sun 2015-07-19 07:00 UTC',
    ]);
  });

  it('pads columns to their widest cell and leaves out a column with nothing in it', () => {
    assert.deepEqual(
      formatTextTable({
        headers: ['Zone', 'Ends', 'Offset'],
        rows: [
          ['Tokyo', '', 'JST'],
          ['Kathmandu', '', '+05:45'],
        ],
      }),
      ['Zone       Offset', 'Tokyo      JST', 'Kathmandu  +05:45'],
    );
    assert.deepEqual(formatTextTable({ headers: ['A', 'B'], rows: [] }), ['A  B']);
  });
});
