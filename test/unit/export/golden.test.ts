import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { PREVIEW_CSS } from '../../../src/core/export/html-styles';
import { EXPORT_FORMATS, exportAs } from '../../../src/core/export/index';
import { previewModel } from '../../../src/core/preview/preview-model';
import { analyzeFile, assertGolden, ROOT } from './export-fixtures';

/**
 * The seeds' announcements (000: zones list and Twitter; 002: banner and in-app; 004: status page)
 * and a runbook with ranges and phases (003), as frozen copies of the examples under
 * fixtures/seeds/: the goldens change when an export does, not when an example is edited.
 */
const FIXTURES: Array<[string, string]> = [
  ['seed-000', 'gitter-2015/scheduled-maintenance-19-july.announcement.yaml'],
  ['seed-002', 'cloudcannon-2018/scheduled-maintenance.announcement.yaml'],
  ['seed-004', 'campaign-app-2019/planned-maintenance.announcement.yaml'],
  ['seed-003-runbook', 'metrics-2017/schema-migration.runbook.yaml'],
];

/**
 * An HTML export with its stylesheet (and the CSP's hash of it) folded to a marker, after checking
 * that the stylesheet is html-styles.ts's exactly: the goldens hold each page's content, so a
 * change of style is one file's change, not five.
 */
function withStylesheetFolded(html: string): string {
  const style = /<style>([\s\S]*?)<\/style>/.exec(html);
  assert.equal(
    style?.[1],
    `\n${PREVIEW_CSS}\n`,
    'the standalone page carries html-styles.ts as its stylesheet',
  );
  return html
    .replace(style[0], '<style>/* PREVIEW_CSS of html-styles.ts */</style>')
    .replace(/'sha256-[A-Za-z0-9+/=]+'/, "'sha256-…'");
}

const seedModel = (path: string) =>
  previewModel(analyzeFile(resolve(ROOT, 'test/unit/export/fixtures/seeds', path)));

describe('export: golden files', () => {
  for (const [name, path] of FIXTURES) {
    it(`exports ${name} in every format as its golden files say`, () => {
      const model = seedModel(path);
      for (const format of EXPORT_FORMATS) {
        const result = exportAs(model, format);
        assertGolden(
          `${name}.${format}.${result.extension}`,
          format === 'html' ? withStylesheetFolded(result.text) : result.text,
        );
      }
    });
  }

  it("names each format's extension and media type", () => {
    const model = seedModel(FIXTURES[0][1]);
    const kinds = EXPORT_FORMATS.map((format) => {
      const { extension, mime } = exportAs(model, format);
      return [format, extension, mime.split(';')[0]];
    });
    assert.deepEqual(kinds, [
      ['text', 'txt', 'text/plain'],
      ['md', 'md', 'text/markdown'],
      ['html', 'html', 'text/html'],
      ['tweet', 'txt', 'text/plain'],
      ['ics', 'ics', 'text/calendar'],
      ['banner', 'yml', 'application/yaml'],
      ['statuspage', 'json', 'application/json'],
      ['json', 'json', 'application/json'],
    ]);
  });
});
