import { strict as assert } from 'node:assert';
import ICAL from 'ical.js';
import { ExportError } from '../../../src/core/export/export-error';
import { renderIcs } from '../../../src/core/export/ics';
import { foldLine, icsText, icsTriggerBefore } from '../../../src/core/export/ics-lines';
import type { PreviewModel } from '../../../src/core/preview/preview-model';
import { exampleModel, textModel } from './export-fixtures';

const EXAMPLES = [
  'gitter-2015/scheduled-maintenance-19-july.announcement.yaml',
  'cloudcannon-2018/scheduled-maintenance.announcement.yaml',
  'campaign-app-2019/planned-maintenance.announcement.yaml',
  'metrics-2017/schema-migration.runbook.yaml',
  'itslearning-3-2/upgrade.runbook.yaml',
];

/** The one VEVENT of an export, as ical.js (a strict RFC 5545 parser) reads it. */
function parseEvent(ics: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent');
  assert.equal(events.length, 1);
  return new ICAL.Event(events[0]);
}

describe('export/ics', () => {
  it("parses with ical.js, DTSTART and DTEND being the window's instants in UTC", () => {
    for (const path of EXAMPLES) {
      const model = exampleModel(path);
      const ics = renderIcs(model);
      const event = parseEvent(ics);
      assert.equal(event.startDate.toJSDate().getTime(), model.window!.startMs, path);
      assert.equal(event.endDate.toJSDate().getTime(), model.window!.endMs, path);
      assert.ok(event.startDate.zone === ICAL.Timezone.utcTimezone, `${path}: DTSTART in UTC`);
      assert.equal(event.summary, model.title, path);
      assert.ok(event.description.includes(model.window!.lines[0]), path);
    }
  });

  it('ends every line with CRLF, folds at 75 octets without splitting a character, and escapes TEXT', () => {
    const title =
      'Wartung; Datenbank, Netz \\ Speicher — 東京とロンドンの両方で長いタイトルが折り返されることを確かめるための件名';
    const model = textModel(
      `kind: announcement\nid: x\ntitle: "${title.replace(/\\/g, '\\\\')}"\nstart: 2026-07-19 08:00\nzone: Europe/London\nlength: 1h\naudience: [{ zone: Asia/Tokyo, label: "Tokyo, Japan" }]\n`,
    );
    const ics = renderIcs(model);
    assert.ok(ics.endsWith('\r\n') && !/[^\r]\n/.test(ics), 'CRLF only');
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);
    const event = parseEvent(ics);
    assert.equal(event.summary, title);
    assert.match(event.description, /\nTokyo, Japan: 16:00$/m);
    assert.deepEqual(foldLine('x'.repeat(80)), ['x'.repeat(75), ` ${'x'.repeat(5)}`]);
    assert.deepEqual(foldLine(`${'x'.repeat(74)}é`), ['x'.repeat(74), ' é']);
    assert.equal(icsText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
  });

  it('keeps the UID for the same id and start, stamps with the pinned now, and links the banner or status page', () => {
    const model = exampleModel('cloudcannon-2018/scheduled-maintenance.announcement.yaml');
    const event = parseEvent(renderIcs(model));
    assert.equal(
      event.uid,
      'cloudcannon-maintenance-2018-11-13-20181113T040000Z@maintenance-runbooks',
    );
    assert.equal(
      renderIcs(model),
      renderIcs(exampleModel('cloudcannon-2018/scheduled-maintenance.announcement.yaml')),
    );
    assert.equal(
      event.component.getFirstPropertyValue('dtstamp')?.toString(),
      '2015-07-10T08:00:00Z',
    );
    assert.equal(
      event.component.getFirstPropertyValue('url'),
      'https://cloudcannon.com/operations/2018/11/13/scheduled-maintenance/',
    );
    const moved: PreviewModel = {
      ...model,
      now: null,
      window: { ...model.window!, startMs: model.window!.startMs + 3_600_000 },
    };
    assert.notEqual(parseEvent(renderIcs(moved)).uid, event.uid);
    assert.match(renderIcs(moved), /\r\nDTSTAMP:20181113T050000Z\r\n/);
  });

  it('turns reminders into display alarms before the start', () => {
    const ics = renderIcs(
      textModel(
        'kind: announcement\nid: r\ntitle: T\nstart: 2026-07-19 08:00\nzone: UTC\nlength: 1h\nreminders: [24h, 1h30m, 7d]\n',
      ),
    );
    const alarms = parseEvent(ics)
      .component.getAllSubcomponents('valarm')
      .map((alarm) => String(alarm.getFirstPropertyValue('trigger')));
    assert.deepEqual(alarms, ['-P1D', '-PT1H30M', '-P7D']);
    assert.deepEqual([icsTriggerBefore(45), icsTriggerBefore(0)], ['-PT45S', '-PT0S']);
  });

  it('refuses, saying why, when the file has no valid start', () => {
    assert.throws(
      () =>
        renderIcs(textModel('kind: announcement\ntitle: T\nstart: 2026-02-30 08:00\nzone: UTC\n')),
      (error: unknown) => error instanceof ExportError && /no valid start/.test(error.message),
    );
  });
});
