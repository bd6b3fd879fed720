import { strict as assert } from 'node:assert';
import { analyzeText, applyEdits, lines, runbook, withCode } from '../helpers';

const schemaErrors = (text: string, fileName?: string) =>
  withCode(analyzeText(text, fileName), 'schema');
/** `[text underlined, message]` of each schema diagnostic. */
const schemaPairs = (text: string, fileName?: string) =>
  schemaErrors(text, fileName).map((d) => [text.slice(d.start, d.end), d.message]);

describe('rules/schema', () => {
  describe('the document and its kind', () => {
    it('asks an empty file for a kind, at its start', () => {
      const [error, ...rest] = schemaErrors('', 'notes.yaml');
      assert.deepEqual(rest, []);
      assert.deepEqual([error.start, error.end, error.severity], [0, 0, 'error']);
      assert.match(error.message, /empty/);
    });

    it('treats a file with only comments as empty', () => {
      assert.match(schemaErrors('# nothing yet\n', 'a.runbook.yaml')[0].message, /empty/);
    });

    it('requires a mapping at the top level, marking the first line', () => {
      assert.deepEqual(
        schemaPairs('- a\n- b\n', 'a.runbook.yaml').map(([text, message]) => [
          text,
          /a list/.test(message),
        ]),
        [['- a', true]],
      );
      assert.deepEqual(
        schemaPairs('hello\n', 'a.runbook.yaml').map(([text, message]) => [
          text,
          /a single value/.test(message),
        ]),
        [['hello', true]],
      );
    });

    it('asks for kind: when neither the content nor the name says, offering both', () => {
      const text = 'title: T\nsteps: []\n';
      const [error] = schemaErrors(text, 'plan.yaml');
      assert.equal(text.slice(error.start, error.end), 'title: T');
      assert.match(error.message, /Missing `kind:`/);
      assert.deepEqual(
        error.fixes?.map((fix) => applyEdits(text, fix.edits).split('\n')[0]),
        ['kind: runbook', 'kind: announcement'],
      );
    });

    it('accepts a file without kind: whose name gives the kind', () => {
      assert.deepEqual(schemaErrors('title: T\nsteps: []\n', 'plan.runbook.yaml'), []);
    });

    it('marks an unknown kind, offering both kinds', () => {
      const text = 'kind: runbok\ntitle: T\nsteps: []\n';
      const [error, ...rest] = schemaErrors(text, 'plan.yaml');
      assert.deepEqual(rest, []);
      assert.equal(text.slice(error.start, error.end), 'runbok');
      assert.match(error.message, /Unknown kind "runbok"/);
      assert.deepEqual(
        error.fixes?.map((fix) => fix.edits[0].newText),
        ['runbook', 'announcement'],
      );
    });

    it('checks against the schema kind: names, even when the file name says otherwise', () => {
      const text = 'kind: announcement\ntitle: T\nsteps: []\n';
      const messages = schemaErrors(text, 'plan.runbook.yaml').map((e) => e.message);
      assert.ok(
        messages.some((m) => /Unknown key `steps`/.test(m)),
        messages.join('\n'),
      );
      assert.ok(
        messages.some((m) => /required key `start`/.test(m)),
        messages.join('\n'),
      );
    });
  });

  describe('unknown keys', () => {
    it('marks the key itself and offers to rename it to the closest known key', () => {
      const text = runbook('  - id: a', '    estimat: 30m');
      const [error, ...rest] = schemaErrors(text);
      assert.deepEqual(rest, []);
      assert.equal(text.slice(error.start, error.end), 'estimat');
      assert.match(
        error.message,
        /Unknown key `estimat` in this `steps` entry\. Did you mean `estimate`\?/,
      );
      assert.equal(
        applyEdits(text, error.fixes![0].edits),
        runbook('  - id: a', '    estimate: 30m'),
      );
    });

    it('marks an unknown top-level key', () => {
      const text = 'kind: runbook\ntitel: T\nsteps: []\n';
      const unknown = schemaErrors(text).find((e) => /Unknown key/.test(e.message));
      assert.equal(unknown && text.slice(unknown.start, unknown.end), 'titel');
      assert.deepEqual(
        unknown?.fixes?.map((fix) => fix.title),
        ['Rename to "title"'],
      );
    });

    it('marks each of 20,000 unknown keys of one step on its own key (one pass over its keys)', () => {
      const keys = Array.from({ length: 20_000 }, (_, i) => `    x${i}: 1`);
      const analysis = analyzeText(runbook('  - id: a', '    estimate: 5m', ...keys));
      const errors = withCode(analysis, 'schema');
      assert.equal(errors.length, 1_000, 'the first thousand, then a count');
      assert.deepEqual(
        [errors[0], errors[999]].map((e) => analysis.text.slice(e.start, e.end)),
        ['x0', 'x999'],
      );
      assert.match(errors[999].message, /^Unknown key `x999` in this `steps` entry\./);
      assert.match(withCode(analysis, 'too-many-problems')[0].message, /19,001 more problems/);
    });

    it('lists the known keys when nothing is close', () => {
      const [error] = schemaErrors(
        lines('kind: runbook', 'title: T', 'steps: []', 'window:', '  zzzzzz: 1'),
      );
      assert.match(error.message, /Known keys: start, zone, end, length\./);
      assert.equal(error.fixes, undefined);
    });
  });

  describe('values', () => {
    it('marks a value of the wrong type, saying what it should be', () => {
      assert.deepEqual(schemaPairs(runbook('  - id: a', '    estimate: 5m', '    title: [x]')), [
        ['[x]', '`title` must be text, not a list.'],
      ]);
      assert.deepEqual(
        schemaPairs(lines('kind: runbook', 'title: T', 'steps: []', 'safety_factor: two')),
        [['two', '`safety_factor` must be a number, not the text "two".']],
      );
    });

    it('marks an enum value and offers the closest allowed value', () => {
      const text = runbook('  - id: a', '    estimate: 5m', '    impact: outtage');
      const [error] = schemaErrors(text);
      assert.equal(text.slice(error.start, error.end), 'outtage');
      assert.match(
        error.message,
        /`impact` must be one of `none`, `degraded`, `read-only`, `outage`, not `outtage`/,
      );
      assert.deepEqual(
        error.fixes?.map((fix) => fix.edits[0].newText),
        ['outage'],
      );
    });

    it('offers every allowed value when none is close', () => {
      const text = lines(
        'kind: announcement',
        'title: T',
        'start: 2026-07-19 08:00',
        'zone: Europe/London',
        'time_format: military',
      );
      const [error] = schemaErrors(text, 'a.yaml');
      assert.equal(text.slice(error.start, error.end), 'military');
      assert.deepEqual(
        error.fixes?.map((fix) => fix.edits[0].newText),
        ['12h', '24h'],
      );
    });

    it('marks a value that breaks a pattern, saying which form is allowed', () => {
      const text = runbook('  - id: "-bad id"', '    estimate: 5m');
      const [error] = schemaErrors(text);
      assert.equal(text.slice(error.start, error.end), '"-bad id"');
      assert.match(error.message, /`id` is not valid: .*letters, digits/);
    });

    it('marks the value below a minimum', () => {
      assert.deepEqual(
        schemaPairs(lines('kind: runbook', 'title: T', 'steps: []', 'safety_factor: 0.5')),
        [['0.5', '`safety_factor` must be at least 1.']],
      );
    });

    it('gives one diagnostic per failure', () => {
      const text = runbook(
        '  - id: a',
        '    estimate: 5m',
        '    impact: loud',
        '    manual: maybe',
        '    title: 3',
        '    colour: red',
      );
      assert.deepEqual(
        schemaErrors(text).map((e) => text.slice(e.start, e.end)),
        ['loud', 'maybe', '3', 'colour'],
      );
    });
  });

  describe('required keys', () => {
    it('marks the first key of the mapping that misses one', () => {
      const text = runbook('  - title: No id', '    estimate: 5m');
      const [error] = schemaErrors(text);
      assert.equal(text.slice(error.start, error.end), 'title');
      assert.equal(error.message, 'This `steps` entry is missing the required key `id`.');
    });

    it('marks the document start for a missing top-level key', () => {
      const [error] = schemaErrors('kind: runbook\nsteps: []\n');
      assert.deepEqual(
        [error.start, error.end, error.message],
        [0, 4, 'The document is missing the required key `title`.'],
      );
    });
  });

  describe('audience entries (anyOf)', () => {
    const text = lines(
      'kind: runbook',
      'title: T',
      'steps: []',
      'audience:',
      '  - Asia/Tokyo',
      '  - 42',
      '  - { zone: Europe/Paris, lable: CEST }',
      '  - [a]',
      '  - { label: Eastern }',
    );
    const errors = schemaPairs(text);

    it('accepts a zone name and a { zone, label }', () => {
      assert.ok(errors.every(([where]) => where !== 'Asia/Tokyo'));
    });

    it('gives a wrong-typed entry one clear message', () => {
      assert.deepEqual(
        errors.filter(([where]) => where === '42' || where === '[a]'),
        [
          [
            '42',
            'Each entry of `audience` must be an IANA zone name, or `{ zone, label }`; found `42`.',
          ],
          [
            '[a]',
            'Each entry of `audience` must be an IANA zone name, or `{ zone, label }`; found a list.',
          ],
        ],
      );
    });

    it('reports the real fault inside a mapping entry, not the anyOf', () => {
      assert.deepEqual(
        errors
          .filter(([where]) => where === 'lable')
          .map(([, message]) => /Did you mean `label`/.test(message)),
        [true],
      );
      assert.equal(
        errors.filter(([, message]) => /missing the required key `zone`/.test(message)).length,
        1,
      );
      assert.equal(errors.length, 4);
    });

    it('sorts out the branches of 1,000 failing entries each to its own message (100× the examples)', () => {
      const entries: string[] = [];
      for (let i = 0; i < 500; i++)
        entries.push('  - 42', `  - { zone: Europe/Paris, lable: L${i} }`);
      const schemaErrors = withCode(
        analyzeText(lines('kind: runbook', 'title: T', 'steps: []', 'audience:', ...entries)),
        'schema',
      );
      assert.equal(schemaErrors.length, 1_000);
      assert.equal(schemaErrors.filter((d) => /found `42`/.test(d.message)).length, 500);
      assert.equal(schemaErrors.filter((d) => /Did you mean `label`/.test(d.message)).length, 500);
    });
  });

  it('takes 2026-07-19 and no as text (YAML 1.2), as the text-typed fields want', () => {
    const text = lines(
      'kind: announcement',
      'title: no',
      'start: 2026-07-19',
      'zone: no',
      'publish: 2026-07-12 09:00',
    );
    assert.deepEqual(schemaErrors(text, 'a.yaml'), []);
  });

  it('accepts a complete runbook', () => {
    const text = lines(
      'kind: runbook',
      'id: postgres-upgrade',
      'title: Upgrade',
      'owner: ops@example.com',
      'window:',
      '  start: 2026-07-19 08:00',
      '  zone: Europe/London',
      '  length: 1h',
      'safety_factor: 2',
      'audience:',
      '  - Asia/Tokyo',
      '  - { zone: America/New_York, label: Eastern }',
      'steps:',
      '  - id: backup',
      '    estimate: 30m',
      '    impact: none',
      '    run: ./backup.sh',
      '  - id: migrate',
      '    estimate: 5m..10m',
      '    impact: outage',
      '    needs: [backup]',
      'rollback:',
      '  deadline: 40m',
      '  estimate: 15m',
    );
    assert.deepEqual(schemaErrors(text), []);
  });

  it('reports an alias bomb once on the first line', () => {
    const rows = [
      'kind: runbook',
      'title: T',
      'steps: []',
      'x0: &a0 [x, x, x, x, x, x, x, x, x, x]',
    ];
    for (let i = 1; i < 9; i++)
      rows.push(`x${i}: &a${i} [${new Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const text = lines(...rows);
    assert.deepEqual(
      schemaErrors(text).map((e) => [text.slice(e.start, e.end), /alias bomb/.test(e.message)]),
      [['kind: runbook', true]],
    );
  });

  it('checks a file with an alias and a list of 150,000 entries (no spread over the list)', () => {
    const text = `kind: runbook\ntitle: &x T\nid: *x\naffected:\n${'  - a\n'.repeat(150_000)}`;
    assert.deepEqual(
      schemaErrors(text).map((d) => d.message),
      ['The document is missing the required key `steps`.'],
    );
  });

  it('accepts aliases that repeat a little', () => {
    const text = lines(
      'kind: runbook',
      'title: T',
      'affected: &svc [web, api]',
      'steps:',
      '  - id: a',
      '    estimate: 5m',
      '    notes: &n "x"',
      '  - id: b',
      '    estimate: 5m',
      '    notes: *n',
    );
    assert.deepEqual(schemaErrors(text), []);
  });
});
