import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { renderBanner } from '../../../src/core/export/banner';
import { yamlString } from '../../../src/core/export/yaml-scalar';
import { analyzeText } from '../helpers';
import { exampleModel, textModel } from './export-fixtures';

describe('export/banner', () => {
  it("writes seed 002's _data/banner_notification.yml as the post shows it, line for line", () => {
    assert.equal(
      renderBanner(exampleModel('cloudcannon-2018/scheduled-maintenance.announcement.yaml')),
      'enabled: true\ntext: Scheduled Maintanence today at 5:00pm NZDT\nurl: https://cloudcannon.com/operations/2018/11/13/scheduled-maintenance/\n',
    );
  });

  it('writes the text from the window when the file gives none, and the status page as the link', () => {
    assert.equal(
      renderBanner(exampleModel('gitter-2015/scheduled-maintenance-19-july.announcement.yaml')),
      'enabled: true\ntext: Scheduled maintenance Sun 19 Jul at 8am BST\n',
    );
    assert.equal(
      renderBanner(exampleModel('campaign-app-2019/planned-maintenance.announcement.yaml')),
      'enabled: true\ntext: Scheduled maintenance Sun 24 Mar at 04:00 UTC\nurl: https://status.example.com\n',
    );
    const offset = renderBanner(
      textModel(
        'kind: announcement\ntitle: T\nstart: "2026-07-19T08:00:00+05:45"\nlength: 1h\nchannels: { banner: { enabled: false } }\n',
      ),
    );
    assert.equal(
      offset,
      'enabled: false\ntext: Scheduled maintenance Sun 19 Jul at 08:00 UTC+05:45\n',
    );
  });

  it('links only to a web address: a javascript: url is left out, with a schema error in the file', () => {
    const text = (url: string, page = 'https://status.example.com') =>
      `kind: announcement\ntitle: T\nstart: "2026-07-19T08:00:00Z"\nlength: 1h\nchannels: { status_page: "${page}", banner: { url: "${url}" } }\n`;
    assert.match(
      renderBanner(textModel(text('javascript:alert(document.cookie)'))),
      /\nurl: https:\/\/status\.example\.com\n$/,
    );
    assert.doesNotMatch(
      renderBanner(textModel(text('javascript:alert(1)', 'JAVASCRIPT:x'))),
      /url:/,
    );
    const problems = analyzeText(text('javascript:alert(1)'), 'x.announcement.yaml').diagnostics;
    assert.ok(
      problems.some(
        (d) =>
          d.code === 'schema' &&
          /`url` is not valid: An https:\/\/, http:\/\/ or mailto: address/.test(d.message),
      ),
      JSON.stringify(problems.map((d) => d.message)),
    );
  });

  it('quotes whatever YAML 1.1 (Jekyll) or 1.2 would read as something else, and reads back as written', () => {
    const tricky = [
      'no',
      'On',
      '1:30',
      '12',
      '2026-07-19',
      'a: b',
      'ends with:',
      'a #comment',
      '#hash',
      '- dash',
      '"quoted"',
      ' lead',
      'line\nbreak',
      '*star',
      'Tab\there',
      '',
    ];
    for (const text of tricky) {
      assert.match(yamlString(text), /^"/, text);
      assert.deepEqual(parse(`text: ${yamlString(text)}\n`, { version: '1.1' }), { text }, text);
      assert.deepEqual(parse(`text: ${yamlString(text)}\n`), { text }, text);
    }
    for (const text of [
      'Scheduled maintenance today at 5:00pm NZDT',
      'https://example.com/a?b=c#d',
      'Wartung um 8:00 (MESZ)',
    ])
      assert.equal(yamlString(text), text);
  });

  it('writes a banner that reads back as its fields whatever the title holds', () => {
    const model = textModel(
      'kind: announcement\ntitle: "yes: <b>#1</b>"\nchannels: { banner: { text: "no", url: "https://x.example/?a=1&b=no#top" } }\n',
    );
    assert.deepEqual(parse(renderBanner(model), { version: '1.1' }), {
      enabled: true,
      text: 'no',
      url: 'https://x.example/?a=1&b=no#top',
    });
    assert.deepEqual(
      parse(renderBanner(textModel('kind: announcement\ntitle: "yes: <b>#1</b>"\n'))),
      { enabled: true, text: 'Scheduled maintenance: yes: <b>#1</b>' },
    );
  });
});
