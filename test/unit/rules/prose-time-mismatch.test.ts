import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, repoRoot } from '../helpers';
import { analyzeAt, announcement, found, withFix } from './time-fixtures';

const seed000 = announcement(
  'start: 2015-07-19 08:00',
  'zone: Europe/London',
  'length: 1h',
  'audience:',
  '  - { label: Tokyo, zone: Asia/Tokyo }',
  '  - { label: Moscow, zone: Europe/Moscow }',
  '  - { label: CEST, zone: Europe/Paris }',
  '  - { label: Eastern, zone: America/New_York }',
  '  - { label: Central, zone: America/Chicago }',
  '  - { label: Pacific, zone: America/Los_Angeles }',
  'time_format: 12h',
  'channels:',
  '  banner: { text: Scheduled maintenance today at 8:00 BST }',
  'sections:',
  '  summary: |',
  '    We anticipate the down time to be around 1 hour and will take place at 8:00AM BST on Sunday.',
  '    For your convenience, some time zones conversions:',
  '',
  '    Tokyo: 4pm',
  '',
  '    Moscow: 10am',
  '',
  '    CEST: 9am',
  '',
  '    Eastern: 3am',
  '',
  '    Central: 2am',
  '',
  '    Pacific: Midnight',
  '  faq:',
  '    - q: How long do you expect this to last?',
  '      a: "Until 9:00AM BST, if everything goes smoothly."',
);

describe('rules/prose-time-mismatch', () => {
  it('accepts every time seed 000 wrote by hand, in the sections, the banner and the FAQ', () => {
    assert.deepEqual(found(seed000, 'prose-time-mismatch'), []);
  });

  it('marks each wrong time on its own words, with the right text as the fix', () => {
    const text = seed000
      .replace('Tokyo: 4pm', 'Tokyo: 5pm')
      .replace('Pacific: Midnight', 'Pacific: 1am')
      .replace('at 8:00 BST', 'at 8:00 GMT')
      .replace('Until 9:00AM', 'Until 10:00AM');
    const diagnostics = found(text, 'prose-time-mismatch');
    assert.deepEqual(
      diagnostics.map((d) => [d.text, d.fixes?.[0].edits[0].newText, d.severity]),
      [
        ['8:00', '07:00', 'warning'],
        ['5pm', '4pm', 'warning'],
        ['1am', 'Midnight', 'warning'],
        ['10:00AM', '9:00AM', 'warning'],
      ],
    );
    assert.equal(
      diagnostics[1].message,
      '"Tokyo: 5pm" disagrees with the window: in Tokyo (Asia/Tokyo) the window is 16:00–17:00 on 2015-07-19. Write "4pm" instead of "5pm".',
    );
    assert.deepEqual(
      found(
        applyEdits(
          text,
          diagnostics.flatMap((d) => d.fixes![0].edits),
        ),
        'prose-time-mismatch',
      ),
      [],
    );
  });

  it('reports seed 004\'s "EST" as written, and its fix leaves the announcement clean', () => {
    const path = join(
      repoRoot(),
      'examples/campaign-app-2019/planned-maintenance.announcement.yaml',
    );
    const text = readFileSync(path, 'utf8');
    const [est, ...rest] = found(text, 'prose-time-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(est.text, 'EST');
    assert.equal(text.slice(est.start - 18, est.end + 1), '00:00am - 01:00am EST)');
    assert.deepEqual(
      est.fixes?.map((f) => f.title),
      ['Change to "EDT"'],
    );
    assert.deepEqual(found(withFix(text, est), 'prose-time-mismatch'), []);
  });

  it('applies every quick fix of seed 004 to give the golden file, which lints clean', () => {
    const fixture = (name: string) =>
      readFileSync(join(repoRoot(), 'test/unit/rules/fixtures', name), 'utf8');
    const text = fixture('seed-004.announcement.yaml');
    const golden = fixture('seed-004.announcement.golden.yaml');
    const analysis = analyzeAt(text, null);
    assert.deepEqual(
      analysis.diagnostics.map((d) => d.code),
      ['label-mismatch', 'prose-time-mismatch'],
    );
    const fixed = applyEdits(
      text,
      analysis.diagnostics.flatMap((d) => d.fixes![0].edits),
    );
    assert.equal(fixed, golden);
    assert.deepEqual(analyzeAt(fixed, null).diagnostics, []);
  });

  it('checks only announcements, and only times that name a zone', () => {
    const runbookProse = seed000
      .replace('kind: announcement', 'kind: runbook')
      .replace('Tokyo: 4pm', 'Tokyo: 5pm');
    assert.deepEqual(found(runbookProse, 'prose-time-mismatch'), []);
    assert.deepEqual(
      found(seed000.replace('at 8:00AM BST on Sunday', 'at 11am on Sunday'), 'prose-time-mismatch'),
      [],
    );
  });

  it('says nothing while the window has no start', () => {
    assert.deepEqual(
      found(
        seed000
          .replace('start: 2015-07-19 08:00', 'start: 2015-07-19 25:00')
          .replace('Tokyo: 4pm', 'Tokyo: 5pm'),
        'prose-time-mismatch',
      ),
      [],
    );
  });
});
