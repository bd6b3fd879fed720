import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { complete, completionList } from '../../../src/core/features/completion';
import {
  completionReference,
  warmZoneDetails,
  zoneDetailsReady,
} from '../../../src/core/features/zone-details';
import { allZoneNames } from '../../../src/core/time/index';
import { applyEdits, cursor, lines } from '../helpers';

const NOW = Date.parse('2026-01-15T12:34:00Z');

/** The completions at the `|` of a fixture, with the fixture's text. */
function completeAt(marked: string, now: number | null = NOW) {
  const { text, offset } = cursor(marked);
  return { text, items: complete(analyze(text, 'test.yaml', undefined, now ?? undefined), offset) };
}

const detailOf = (items: ReturnType<typeof completeAt>['items'], label: string) =>
  items.find((item) => item.label === label)?.detail;
const labels = (items: ReturnType<typeof completeAt>['items']) => items.map((item) => item.label);

/** A runbook whose window starts in July (summer time in the north). */
function runbook(zoneLine: string, ...more: string[]): string {
  return lines(
    'kind: runbook',
    'title: T',
    'window:',
    '  start: 2026-07-19 08:00',
    `  ${zoneLine}`,
    '  length: 1h',
    ...more,
    'steps: []',
  );
}

describe('features/completion: zone names', () => {
  it("offers every IANA zone after zone:, each with its offset at the window's start", () => {
    const { items } = completeAt(runbook('zone: |'));
    assert.deepEqual(labels(items), [...allZoneNames()]);
    assert.ok(items.every((item) => item.kind === 'zone'));
    assert.equal(detailOf(items, 'Asia/Tokyo'), '+09:00 JST');
    assert.equal(detailOf(items, 'Europe/London'), '+01:00 BST');
    assert.equal(detailOf(items, 'America/New_York'), '-04:00 EDT');
    assert.equal(detailOf(items, 'Asia/Kathmandu'), '+05:45');
    assert.equal(detailOf(items, 'Etc/GMT+5'), '-05:00');
  });

  it("describes offsets at the window's start, not now, and at now without a start", () => {
    const winter = completeAt(
      runbook('zone: |').replace('2026-07-19', '2026-01-19'),
      Date.parse('2026-07-01T10:00:00Z'),
    );
    assert.equal(detailOf(winter.items, 'Europe/London'), '+00:00 GMT');
    // An audience zone is described at the window's instant: 08:00 in London.
    const audience = completeAt(
      runbook('zone: Europe/London', 'audience: [|]').replace(
        '2026-07-19 08:00',
        '2026-03-29 00:30',
      ),
    );
    assert.equal(detailOf(audience.items, 'Europe/Paris'), '+01:00 CET');
    // The window's own zone: the start as written, read in each candidate: 00:30 in Paris is still CET, 03:30 is CEST.
    assert.equal(
      detailOf(
        completeAt(runbook('zone: Europe/P|').replace('2026-07-19 08:00', '2026-03-29 00:30'))
          .items,
        'Europe/Paris',
      ),
      '+01:00 CET',
    );
    assert.equal(
      detailOf(
        completeAt(runbook('zone: Europe/P|').replace('2026-07-19 08:00', '2026-03-29 03:30'))
          .items,
        'Europe/Paris',
      ),
      '+02:00 CEST',
    );
    const withOffset = completeAt(
      runbook('zone: Asia/T|').replace('2026-07-19 08:00', '2026-07-19T23:00:00-05:00'),
    ).items;
    assert.equal(detailOf(withOffset, 'Asia/Tokyo'), '+09:00 JST');
    const noStart = completeAt(
      lines('kind: runbook', 'title: T', 'window:', '  zone: |', 'steps: []'),
      Date.parse('2026-07-01T10:00:00Z'),
    );
    assert.equal(detailOf(noStart.items, 'Europe/London'), '+01:00 BST');
    const neither = completeAt(
      lines('kind: runbook', 'title: T', 'window:', '  zone: |', 'steps: []'),
      null,
    );
    assert.equal(detailOf(neither.items, 'Europe/London'), undefined);
  });

  it('filters by what is typed: names that start with it, then cities that do, then names that contain it', () => {
    const { text, items } = completeAt(runbook('zone: Tok|'));
    assert.deepEqual(labels(items), ['Asia/Tokyo', 'Antarctica/Vostok', 'Asia/Vladivostok']);
    assert.deepEqual(
      items.map((item) => item.sortText),
      ['20000', '30001', '30002'],
    );
    // The server filtered: the editor must keep every item for the text typed.
    assert.ok(items.every((item) => item.filterText === 'Tok'));
    assert.equal(
      applyEdits(text, [
        { start: items[0].start, end: items[0].end, newText: items[0].insertText },
      ]),
      runbook('zone: Asia/Tokyo'),
    );
    assert.deepEqual(labels(completeAt(runbook('zone: europe/lon|')).items), ['Europe/London']);
    assert.deepEqual(labels(completeAt(runbook('zone: Etc/GMT+1|')).items), [
      'Etc/GMT+1',
      'Etc/GMT+10',
      'Etc/GMT+11',
      'Etc/GMT+12',
    ]);
  });

  it('brings the zones an abbreviation may mean first, saying what it stands for', () => {
    const bst = completeAt(runbook('zone: BST|')).items;
    // The most used meaning first, as the abbreviation table orders them.
    assert.deepEqual(labels(bst), ['Europe/London', 'Asia/Dhaka', 'Pacific/Bougainville']);
    assert.equal(
      bst.find((item) => item.label === 'Europe/London')?.documentation,
      'BST: British Summer Time (+01:00)',
    );
    const ist = labels(completeAt(runbook('zone: ist|')).items);
    assert.deepEqual(ist.slice(0, 3), ['Asia/Kolkata', 'Asia/Jerusalem', 'Europe/Dublin']);
    assert.equal(labels(completeAt(runbook('zone: CST|')).items)[0], 'America/Chicago');
    // An abbreviation begun completes too: BS → BST's zones, London first.
    const begun = completeAt(runbook('zone: BS|')).items;
    assert.deepEqual(labels(begun).slice(0, 3), [
      'Europe/London',
      'Asia/Dhaka',
      'Pacific/Bougainville',
    ]);
    assert.equal(begun[0].documentation, 'BST: British Summer Time (+01:00)');
    assert.ok(
      ist.includes('Europe/Istanbul'),
      'names that merely contain the letters still follow',
    );
  });

  it('offers zones in audience: plain items, block and flow { zone }, flow lists', () => {
    const plain = completeAt(runbook('zone: Europe/London', 'audience:', '  - Asia/T|')).items;
    assert.equal(detailOf(plain, 'Asia/Tokyo'), '+09:00 JST');
    assert.ok(labels(plain).includes('Asia/Tokyo'));
    const bare = labels(completeAt(runbook('zone: Europe/London', 'audience:', '  - |')).items);
    assert.ok(
      bare.includes('Asia/Tokyo') && bare.includes('zone') && bare.includes('label'),
      'a bare item may be a name or { zone, label }',
    );
    const block = completeAt(
      runbook('zone: Europe/London', 'audience:', '  - label: Tokyo', '    zone: Asia/Tok|'),
    ).items;
    assert.deepEqual(labels(block), ['Asia/Tokyo']);
    const blockFirst = completeAt(
      runbook('zone: Europe/London', 'audience:', '  - zone: Asia/Tok|'),
    ).items;
    assert.deepEqual(labels(blockFirst), ['Asia/Tokyo']);
    const flowMap = completeAt(
      runbook('zone: Europe/London', 'audience:', '  - { label: Tokyo, zone: Asia/Tok| }'),
    ).items;
    assert.deepEqual(labels(flowMap), ['Asia/Tokyo']);
    assert.equal(flowMap[0].detail, '+09:00 JST');
    const flowList = completeAt(
      runbook('zone: Europe/London', 'audience: [Asia/Tokyo, Europe/Mos|]'),
    ).items;
    assert.deepEqual(labels(flowList), ['Europe/Moscow']);
    const inline = labels(
      completeAt(runbook('zone: Europe/London', 'audience: [{zone: |}]')).items,
    );
    assert.equal(inline.length, allZoneNames().length);
  });

  it('offers no zones where a label or another key is written', () => {
    const label = completeAt(
      runbook('zone: Europe/London', 'audience:', '  - { label: T| }'),
    ).items;
    assert.ok(
      label.every((item) => item.kind !== 'zone'),
      labels(label).join(),
    );
    const blockLabel = completeAt(
      runbook('zone: Europe/London', 'audience:', '  - zone: Asia/Tokyo', '    label: T|'),
    ).items;
    assert.deepEqual(blockLabel, []);
    const title = completeAt(
      runbook('zone: Europe/London').replace('title: T', 'title: Asia|'),
    ).items;
    assert.deepEqual(title, []);
  });

  it("offers zones after an announcement's zone:, inside quotes too", () => {
    const { items } = completeAt(
      lines('kind: announcement', 'title: T', 'start: 2026-07-19 08:00', 'zone: "Europe/Lo|"'),
    );
    assert.deepEqual(labels(items), ['Europe/London']);
    assert.equal(items[0].detail, '+01:00 BST');
  });

  it('describes every zone at an instant ahead of time, a slice per call', () => {
    const analysis = analyze(
      runbook('zone: Europe/London').replace('2026-07-19', '2031-02-03'),
      'test.yaml',
    );
    for (const forWindowZone of [true, false]) {
      const reference = completionReference(analysis, forWindowZone)!;
      assert.equal(zoneDetailsReady(reference), false);
      const step = warmZoneDetails(reference, 100);
      let calls = 1;
      while (!step()) calls++;
      assert.equal(calls, Math.ceil(allZoneNames().length / 100));
      assert.equal(zoneDetailsReady(reference), true);
    }
  });

  it('describes at most `newZoneDetails` zones not described before, the first ranked; the others later', () => {
    // A window start no other test uses: none of its zones is described yet.
    const marked = runbook('zone: UTC', 'audience:', '  - zone: |').replace(
      '2026-07-19',
      '2033-04-05',
    );
    const { text, offset } = cursor(marked);
    const analysis = analyze(text, 'test.yaml', undefined, NOW);
    const first = completionList(analysis, offset, { newZoneDetails: 3 }).items;
    assert.deepEqual(
      first.map((item) => item.detail !== undefined),
      first.map((_, i) => i < 3),
    );
    const second = completionList(analysis, offset, { newZoneDetails: 3 }).items;
    assert.equal(second.filter((item) => item.detail !== undefined).length, 6, 'three more');
    const all = completionList(analysis, offset).items;
    assert.ok(all.every((item) => item.detail !== undefined));
    assert.equal(all.find((item) => item.label === 'Asia/Tokyo')?.detail, '+09:00 JST');
  });
});
