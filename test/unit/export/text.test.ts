import { strict as assert } from 'node:assert';
import { renderText } from '../../../src/core/export/text';
import { exampleModel, textModel } from './export-fixtures';

const SEED_000 = 'gitter-2015/scheduled-maintenance-19-july.announcement.yaml';

describe('export/text', () => {
  it("writes seed 000's six conversions exactly as the post did, one a line, after the window and the estimate", () => {
    const text = renderText(exampleModel(SEED_000));
    const head = [
      'Scheduled maintenance 19 July',
      'Window: Sun 2015-07-19 8am–9am Europe/London (BST, UTC+01:00)',
      '        Sun 2015-07-19 7am–8am UTC',
      'Estimate: 30m × 2 = 1h planned',
      '',
      'Tokyo: 4pm',
      'Moscow: 10am',
      'CEST: 9am',
      'Eastern: 3am',
      'Central: 2am',
      'Pacific: Midnight',
      '',
      'Web, desktop, mobile, irc and api will be unavailable.',
      'Updates: Twitter @gitchat',
      '',
    ].join('\n');
    assert.ok(text.startsWith(head), text.slice(0, 400));
    assert.match(text, /\nWhy\n\nIn the early days of Gitter/);
    assert.match(
      text,
      /\nFAQ\n\nCould you not have rolled this out incrementally\?\nYes, it's entirely possible/,
    );
  });

  it('says the window is unknown and lists the errors first when the start is not a time', () => {
    const text = renderText(
      textModel(
        'kind: announcement\ntitle: T\nstart: 2026-02-30 08:00\nzone: Europe/London\nlength: 1h\naudience: [Asia/Tokyo]\n',
      ),
    );
    const lines = text.split('\n');
    assert.match(lines[0], /^This file has 1 error; what follows may be incomplete:$/);
    assert.match(lines[1], /^- line 3: .*\(invalid-time\)$/);
    assert.deepEqual(lines.slice(3, 5), ['T', 'Window: unknown (no valid start and zone)']);
    assert.ok(!text.includes('Tokyo'), 'no zones without a start');
  });

  it('leaves out what the file does not say: no estimate, impact or zones lines', () => {
    const text = renderText(
      textModel(
        'kind: announcement\ntitle: Short\nstart: 2026-07-19 08:00\nzone: UTC\nlength: 1h\n',
      ),
    );
    assert.equal(text, 'Short\nWindow: Sun 2026-07-19 08:00–09:00 UTC\n');
  });
});
