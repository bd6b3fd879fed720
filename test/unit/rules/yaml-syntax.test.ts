import { strict as assert } from 'node:assert';
import { analyzeText, codesAndText, lines, withCode } from '../helpers';

describe('rules/yaml-syntax', () => {
  it('marks a tab used as indentation, on the tab', () => {
    const text = lines('kind: runbook', 'title: T', 'steps:', '\t- id: a');
    const [error] = withCode(analyzeText(text), 'yaml-syntax');
    assert.equal(error.start, text.indexOf('\t'));
    assert.equal(text.slice(error.start, error.end), '\t');
    assert.match(error.message, /[Tt]abs/);
    assert.equal(error.severity, 'error');
  });

  it('reports an unclosed quote, and holds the schema rule back meanwhile', () => {
    const text = lines('kind: runbook', 'title: "Upgrade', 'steps: []', 'typo: 1');
    const analysis = analyzeText(text);
    const errors = withCode(analysis, 'yaml-syntax');
    assert.ok(
      errors.some((e) => /quote/i.test(e.message)),
      JSON.stringify(errors),
    );
    assert.ok(errors.every((e) => e.end > e.start));
    assert.deepEqual(withCode(analysis, 'schema'), []);
  });

  it('marks the --- of a second document and still checks the first', () => {
    const text = lines(
      'kind: runbook',
      'title: T',
      'steps:',
      '  - id: a',
      '---',
      'kind: runbook',
      '---',
      'x: 1',
    );
    const analysis = analyzeText(text);
    const [extra, ...rest] = withCode(analysis, 'yaml-syntax');
    assert.deepEqual(rest, []);
    assert.equal(extra.start, text.indexOf('---'));
    assert.equal(text.slice(extra.start, extra.end), '---');
    assert.match(extra.message, /has 3 \(separated by ---\)/);
    assert.deepEqual(
      analysis.steps.map((step) => step.id?.id),
      ['a'],
    );
  });

  it('marks each run of U+FFFD left by bytes that were not UTF-8', () => {
    const text = lines('kind: runbook', 'title: Caf\uFFFD\uFFFD', 'steps: []', 'owner: \uFFFD');
    const errors = withCode(analyzeText(text), 'yaml-syntax');
    assert.deepEqual(
      errors.map((e) => text.slice(e.start, e.end)),
      ['\uFFFD\uFFFD', '\uFFFD'],
    );
    assert.match(errors[0].message, /not valid UTF-8/);
  });

  it('reports at most five runs of unreadable bytes', () => {
    const text = lines(
      'kind: runbook',
      'title: T',
      'steps: []',
      ...Array.from({ length: 20 }, (_, i) => `# x${i} \uFFFD`),
    );
    assert.equal(withCode(analyzeText(text), 'yaml-syntax').length, 5);
  });

  for (const [shape, deep] of [
    ['flow', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['block', `\n${'- '.repeat(10_000)}x`],
  ]) {
    it(`reports 10,000-deep ${shape} nesting once, without throwing`, () => {
      const text = lines('kind: runbook', 'title: T', 'steps: []', `deep: ${deep}`);
      const result = analyzeText(text);
      assert.deepEqual(
        result.diagnostics.map((d) => d.code),
        ['yaml-syntax'],
      );
      assert.match(result.diagnostics[0].message, /deeper than \d+ levels/);
      assert.ok(result.diagnostics[0].start > text.indexOf('deep:'));
    });
  }

  it('reports nesting past 64 levels once, at the 65th level', () => {
    const text = lines(
      'kind: runbook',
      'title: T',
      'steps: []',
      `deep: ${'['.repeat(70)}${']'.repeat(70)}`,
    );
    const errors = withCode(analyzeText(text), 'yaml-syntax');
    assert.deepEqual(
      errors.map((d) => [d.start, d.message.slice(0, 29)]),
      [[text.indexOf('deep: ') + 6 + 64, 'Nesting deeper than 64 levels']],
    );
  });

  it('reports nothing for valid YAML', () => {
    assert.deepEqual(
      codesAndText(
        analyzeText(
          lines(
            'kind: runbook',
            'title: T',
            'window: { start: 2099-07-19 08:00, zone: UTC }',
            'steps:',
            '  - id: a',
            '    estimate: 5m',
          ),
        ),
      ),
      [],
    );
  });
});
