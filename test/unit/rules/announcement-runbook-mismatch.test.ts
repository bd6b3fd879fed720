import { strict as assert } from 'node:assert';
import { allMessages, announcementText, fixed, foundLinked, runbookText } from './linked-fixtures';

const LINK = 'runbook: ./up.runbook.yaml';
/** Seed 000 in short: 08:00 London, 1h window, 30m of outage, five services. */
const RUNBOOK = runbookText(
  ['start: 2026-07-19 08:00', 'zone: Europe/London', 'length: 1h'],
  'affected: [web, desktop, api]',
  'steps:',
  '  - id: backup',
  '    estimate: 10m',
  '    impact: none',
  '  - id: migrate',
  '    estimate: 20m',
  '    impact: outage',
);
const runbooks = { './up.runbook.yaml': RUNBOOK };
const AGREEING = [
  'start: 2026-07-19 08:00',
  'zone: Europe/London',
  'length: 1h',
  'impact: outage',
  'affected: [api, web, desktop]',
  'estimate: 30m',
];
const mismatches = (text: string, others: Record<string, string> = runbooks) =>
  foundLinked(text, 'announcement-runbook-mismatch', others);

/** The agreeing announcement with one line replaced (or removed, with `undefined`). */
function withLine(key: string, line: string | undefined): string {
  return announcementText(
    LINK,
    ...AGREEING.flatMap((row) =>
      row.startsWith(`${key}:`) ? (line === undefined ? [] : [line]) : [row],
    ),
  );
}

describe('rules/announcement-runbook-mismatch', () => {
  it('is quiet when the announcement agrees (affected compared as sets)', () => {
    assert.deepEqual(allMessages(announcementText(LINK, ...AGREEING), runbooks), []);
  });

  it("takes the runbook's planned length when the announcement has none: seed 000's 30m plans a 1h window", () => {
    const text = withLine('length', undefined);
    assert.deepEqual(allMessages(text, runbooks), []);
  });

  it('warns on a start at another instant, with the gap, and moves it', () => {
    const text = withLine('start', 'start: 2026-07-19 09:00');
    const [warning, ...rest] = mismatches(text);
    assert.deepEqual(rest, []);
    assert.equal(warning.text, '2026-07-19 09:00');
    assert.equal(warning.severity, 'warning');
    assert.equal(
      warning.message,
      "The announcement starts 2026-07-19 09:00 Europe/London, 1h after its runbook's window (2026-07-19 08:00 Europe/London).",
    );
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      ["Start at the runbook's 2026-07-19 08:00"],
    );
    assert.deepEqual(allMessages(fixed(text, warning), runbooks), []);
  });

  it('accepts the same instant written in UTC with an offset, but names another zone', () => {
    assert.deepEqual(
      mismatches(
        withLine('start', 'start: 2026-07-19T07:00:00Z').replace(
          'zone: Europe/London',
          'zone: UTC',
        ),
      ).map((d) => d.text),
      ['UTC'],
    );
    assert.deepEqual(mismatches(withLine('start', 'start: 2026-07-19T08:00:00+01:00')), []);
  });

  it('reports another zone once, and its fix takes the zone and the start together', () => {
    const text = withLine('zone', 'zone: America/New_York');
    const [warning, ...rest] = mismatches(text);
    assert.deepEqual(rest, []);
    assert.equal(warning.text, 'America/New_York');
    assert.match(
      warning.message,
      /^The announcement is in America\/New_York, but its runbook's window is in Europe\/London; it starts 2026-07-19 08:00 America\/New_York, the runbook 2026-07-19 08:00 Europe\/London\.$/,
    );
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      ["Use the runbook's zone and start: 2026-07-19 08:00 Europe/London"],
    );
    assert.deepEqual(allMessages(fixed(text, warning), runbooks), []);
  });

  it("warns on another length and sets it to the runbook's window", () => {
    const text = withLine('length', 'length: 45m');
    const found = mismatches(text);
    assert.deepEqual(
      found.map((d) => [d.text, d.message]),
      [['45m', "The announced length 45m differs from its runbook's window, 1h."]],
    );
    assert.deepEqual(
      found[0].fixes?.map((f) => f.title),
      ["Set length to 1h (the runbook's window)"],
    );
    assert.deepEqual(allMessages(fixed(text, found[0]), runbooks), []);
  });

  it("adds a missing length where the runbook's window is not its planned length", () => {
    const longer = { './up.runbook.yaml': RUNBOOK.replace('length: 1h', 'length: 1h30m') };
    const text = withLine('length', undefined);
    const [warning] = mismatches(text, longer);
    assert.equal(warning.text, './up.runbook.yaml');
    assert.equal(
      warning.message,
      "This announcement has no `length`, so it lasts the planned 1h; but its runbook's window is 1h 30m.",
    );
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      ["Add length: 1h30m (the runbook's window)"],
    );
    const after = fixed(text, warning);
    assert.match(after, /\nzone: Europe\/London\nlength: 1h30m\nimpact: outage\n/);
    assert.deepEqual(allMessages(after, longer), []);
  });

  it('measures an `end` too, without a fix', () => {
    const [warning] = mismatches(withLine('length', 'end: 2026-07-19 10:00'));
    assert.deepEqual(
      [warning.text, warning.message, warning.fixes],
      [
        '2026-07-19 10:00',
        "The announced window lasts 2h to `end`, but its runbook's window lasts 1h.",
        undefined,
      ],
    );
  });

  it("compares the impact with the runbook's worst step", () => {
    const text = withLine('impact', 'impact: degraded');
    const [warning] = mismatches(text);
    assert.deepEqual(
      [warning.text, warning.message],
      [
        'degraded',
        'The announcement says impact degraded, but its runbook\'s worst is outage (step "migrate").',
      ],
    );
    assert.deepEqual(allMessages(fixed(text, warning), runbooks), []);
    assert.deepEqual(
      mismatches(withLine('impact', undefined)),
      [],
      'an announcement may leave impact out',
    );
  });

  it("names what `affected` leaves out and adds, and takes the runbook's list", () => {
    const text = withLine('affected', 'affected: [web, "irc: bridge"]');
    const [warning] = mismatches(text);
    assert.equal(
      warning.message,
      '`affected` leaves out desktop, api, which its runbook affects, and lists irc: bridge, which its runbook does not.',
    );
    assert.deepEqual(
      warning.fixes?.map((f) => f.title),
      ["Set affected to the runbook's [web, desktop, api]"],
    );
    assert.deepEqual(allMessages(fixed(text, warning), runbooks), []);
    const block = announcementText(
      LINK,
      ...AGREEING.filter((row) => !row.startsWith('affected')),
      'affected:',
      '  - web',
      '  - api',
    );
    assert.deepEqual(allMessages(fixed(block, mismatches(block)[0]), runbooks), []);
  });

  it("compares the announcement's own estimate with the runbook's (high ends)", () => {
    const text = withLine('estimate', 'estimate: 20m');
    const [warning] = mismatches(text);
    assert.equal(
      warning.message,
      "The announcement's estimate 20m differs from its runbook's, 30m, which is the one the window is planned from.",
    );
    assert.deepEqual(allMessages(fixed(text, warning), runbooks), []);
    assert.deepEqual(mismatches(withLine('estimate', 'estimate: 10m..30m')), []);
  });

  it('reports nothing when the link is not followed or not found', () => {
    const text = withLine('start', 'start: 2026-07-19 09:00');
    assert.deepEqual(mismatches(text, {}), []);
    assert.deepEqual(foundLinked(text, 'runbook-not-found', {}).length, 1);
  });

  it('compares two lists of 10,000 services as sets (100× the examples), with a bounded message', () => {
    const services = Array.from({ length: 10_000 }, (_, i) => `service-${i}`);
    const runbook = RUNBOOK.replace(
      'affected: [web, desktop, api]',
      `affected: [${services.join(', ')}]`,
    );
    const shuffled = [...services.slice(5_000), ...services.slice(0, 5_000)];
    const others = { './up.runbook.yaml': runbook };
    assert.deepEqual(
      mismatches(withLine('affected', `affected: [${shuffled.join(', ')}]`), others),
      [],
    );
    const [warning] = mismatches(
      withLine('affected', `affected: [${services.slice(1).join(', ')}, extra]`),
      others,
    );
    assert.equal(
      warning.message,
      '`affected` leaves out service-0, which its runbook affects, and lists extra, which its runbook does not.',
    );
  });
});
