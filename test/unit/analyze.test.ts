import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { codesAndText, lines, runbook } from './helpers';

describe('analyze', () => {
  it('reads the kind from kind:, else from the file name', () => {
    assert.equal(analyze('kind: announcement\n', 'x.runbook.yaml').kind, 'announcement');
    assert.equal(analyze('title: T\n', 'x.runbook.yml').kind, 'runbook');
    assert.equal(analyze('title: T\n', 'x.yaml').kind, undefined);
  });

  it('reads steps for runbooks only', () => {
    const text = runbook('  - id: a', '    estimate: 5m');
    assert.deepEqual(
      analyze(text, 'x.yaml').steps.map((s) => s.id?.id),
      ['a'],
    );
    assert.deepEqual(
      analyze(text.replace('kind: runbook', 'kind: announcement'), 'x.yaml').steps,
      [],
    );
  });

  it('sorts diagnostics by position whatever rule found them', () => {
    const text = lines(
      'kind: runbook',
      'title: T',
      'steps:',
      '  - id: a',
      '    needs: [zz]',
      '  - id: a',
      '    estimate: soon',
    );
    const analysis = analyze(text, 'x.yaml');
    assert.deepEqual(codesAndText(analysis), [
      ['missing-window', 'kind'],
      ['missing-estimate', 'a'],
      ['unknown-step', 'zz'],
      ['duplicate-step-id', 'a'],
      ['invalid-duration', 'soon'],
    ]);
    const starts = analysis.diagnostics.map((d) => d.start);
    assert.deepEqual(
      starts,
      [...starts].sort((x, y) => x - y),
    );
  });

  it('reports nothing for a correct runbook', () => {
    const text = lines(
      'kind: runbook',
      'title: T',
      'window: { start: 2099-07-19 08:00, zone: Europe/London }',
      'steps:',
      '  - id: a',
      '    estimate: 5m',
    );
    assert.deepEqual(analyze(text, 'x.yaml').diagnostics, []);
  });

  it('keeps the text and the file name, and indexes lines on demand', () => {
    const analysis = analyze('kind: runbook\r\ntitle: T\r\n', 'x.yaml');
    assert.equal(analysis.fileName, 'x.yaml');
    assert.equal(analysis.skipped, false);
    assert.deepEqual(analysis.lines.at(analysis.text.indexOf('title')), { line: 2, column: 1 });
  });

  it('never throws, whatever the text', () => {
    const texts = [
      '\0',
      ':',
      '[',
      '}',
      '*unknown',
      'a: *unknown',
      '? [a]\n: b',
      '{a: 1}: b',
      '!!binary x',
      'a: !custom x',
      '\uD800',
      '%YAML 1.1\n---\na: b',
      'kind: runbook\nsteps:\n  - id: [a]\n    needs: {a: 1}\n',
      'kind: runbook\n<<: *x',
      'kind: runbook\nsteps:\n  - &a\n    id: a\n  - *a\n',
      'kind: runbook\nsteps:\n  - id: 12\n    needs: [12, true, ~]\n',
      '__proto__: x\nkind: runbook\n',
      'kind: runbook\nsteps:\n  - constructor: 1\n    toString: 2\n',
    ];
    for (const text of texts) {
      for (const fileName of ['x.yaml', 'x.runbook.yaml', 'x.announcement.yaml']) {
        assert.doesNotThrow(
          () => analyze(text, fileName),
          `${JSON.stringify(text)} as ${fileName}`,
        );
      }
    }
  });

  it('reports an alias to its own container as a loop instead of looping', () => {
    for (const text of [
      'kind: runbook\ntitle: T\nsteps: []\na: &x { b: *x }\n',
      'kind: runbook\ntitle: T\nsteps: &s\n  - id: a\n    needs: *s\n',
    ]) {
      const analysis = analyze(text, 'x.yaml');
      const loops = analysis.diagnostics.filter(
        (d) => d.code === 'yaml-syntax' && /endless loop/.test(d.message),
      );
      assert.deepEqual(
        loops.map((d) => text.slice(d.start, d.end)),
        [text.includes('*x') ? '*x' : '*s'],
      );
    }
  });
});
