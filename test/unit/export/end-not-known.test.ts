import { strict as assert } from 'node:assert';
import { ExportError } from '../../../src/core/export/export-error';
import { exportAs, EXPORT_FORMATS } from '../../../src/core/export/index';
import { textModel } from './export-fixtures';

/** An announcement with a start and a zone, and nothing that gives its window a length. */
const ENDLESS =
  'kind: announcement\ntitle: Certificate rotation\nstart: 2026-07-19 08:00\nzone: Europe/London\naudience: [Asia/Tokyo]\n';

describe('export: a window whose end is not known (window-without-end)', () => {
  it('refuses a calendar event and a status page entry, saying what to add', () => {
    for (const format of ['ics', 'statuspage'] as const)
      assert.throws(
        () => exportAs(textModel(ENDLESS), format),
        (error: unknown) =>
          error instanceof ExportError &&
          /needs an end: nothing in this file gives the window a length\. Add `length:` or `end:`/.test(
            error.message,
          ),
        format,
      );
  });

  it('says "end not known" in the prose exports instead of a zero-length window', () => {
    const model = textModel(ENDLESS);
    assert.equal(
      exportAs(model, 'tweet').text,
      'Certificate rotation: Sun 19 Jul 08:00 BST (07:00 UTC), end not known. Tokyo: 16:00.\n',
    );
    for (const format of ['text', 'md', 'html'] as const)
      assert.match(
        exportAs(model, format).text,
        /Sun 2026-07-19 08:00 Europe\/London \(BST, UTC\+01:00\), end not known/,
        format,
      );
    const json = JSON.parse(exportAs(model, 'json').text) as { window: { end: unknown } };
    assert.equal(json.window.end, null);
  });

  it('exports every format once the window has a length, the calendar event with its DTEND', () => {
    const model = textModel(
      ENDLESS.replace('zone: Europe/London\n', 'zone: Europe/London\nlength: 1h\n'),
    );
    for (const format of EXPORT_FORMATS)
      assert.doesNotMatch(exportAs(model, format).text, /end not known/, format);
    assert.match(exportAs(model, 'ics').text, /\r\nDTEND:20260719T080000Z\r\n/);
  });
});
