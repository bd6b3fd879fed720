import { strict as assert } from 'node:assert';
import { formatTextTable } from '../../../src/core/preview/text-table';

describe('preview/text-table', () => {
  it('pads each column to its widest cell and leaves out empty columns', () => {
    assert.deepEqual(
      formatTextTable({
        headers: ['Zone', 'Starts', 'Ends'],
        rows: [
          ['Tokyo', '16:00', ''],
          ['London', '08:00', ''],
        ],
      }),
      ['Zone    Starts', 'Tokyo   16:00', 'London  08:00'],
    );
  });

  it('lays out 200,000 rows, more than a call takes arguments', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`zone ${i}`, '08:00']);
    const table = formatTextTable({ headers: ['Zone', 'Starts'], rows });
    assert.equal(table.length, 200_001);
    assert.equal(table[200_000], 'zone 199999  08:00');
  });
});
