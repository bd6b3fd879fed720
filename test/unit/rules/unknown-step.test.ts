import { strict as assert } from 'node:assert';
import { analyzeText, applyEdits, runbook, withCode } from '../helpers';

describe('rules/unknown-step', () => {
  const text = runbook(
    '  - id: backup',
    '    estimate: 5m',
    '  - id: backup-db',
    '    estimate: 5m',
    '  - id: migrate',
    '    estimate: 5m',
    '    needs: [bakup, zzz]',
  );
  const [typo, unrelated] = withCode(analyzeText(text), 'unknown-step');

  it('marks each needs entry that names no step, as an error on the entry', () => {
    assert.equal(text.slice(typo.start, typo.end), 'bakup');
    assert.equal(text.slice(unrelated.start, unrelated.end), 'zzz');
    assert.equal(typo.severity, 'error');
    assert.match(typo.message, /No step has the id "bakup"/);
  });

  it('suggests the closest ids and offers each as a quick fix', () => {
    assert.match(typo.message, /Did you mean "backup"/);
    assert.deepEqual(
      typo.fixes?.map((fix) => fix.title),
      ['Change to "backup"'],
    );
    assert.equal(typo.fixes?.[0].preferred, true);
    assert.equal(applyEdits(text, typo.fixes[0].edits), text.replace('[bakup,', '[backup,'));
  });

  it('does not mark a single fix preferred when several ids are close', () => {
    const several = runbook(
      '  - id: step-a',
      '    estimate: 5m',
      '  - id: step-b',
      '    estimate: 5m',
      '  - id: c',
      '    estimate: 5m',
      '    needs: [step-x]',
    );
    const [diagnostic] = withCode(analyzeText(several), 'unknown-step');
    assert.deepEqual(
      diagnostic.fixes?.map((fix) => [fix.title, fix.preferred]),
      [
        ['Change to "step-a"', false],
        ['Change to "step-b"', false],
      ],
    );
  });

  it('offers no fix when nothing is close', () => {
    assert.deepEqual(unrelated.fixes, []);
    assert.doesNotMatch(unrelated.message, /Did you mean/);
  });

  it('never suggests the step itself, which would make it need itself', () => {
    const self = runbook('  - id: migrate', '    estimate: 5m', '    needs: [migrat]');
    const [diagnostic] = withCode(analyzeText(self), 'unknown-step');
    assert.deepEqual(diagnostic.fixes, []);
  });

  it('finds entries of block needs lists too', () => {
    const block = runbook(
      '  - id: a',
      '    estimate: 5m',
      '  - id: b',
      '    estimate: 5m',
      '    needs:',
      '      - a',
      '      - nope',
    );
    assert.deepEqual(
      withCode(analyzeText(block), 'unknown-step').map((d) => block.slice(d.start, d.end)),
      ['nope'],
    );
  });

  it('accepts needs that all name steps, including later ones', () => {
    const fine = runbook(
      '  - id: a',
      '    estimate: 5m',
      '    needs: [b]',
      '  - id: b',
      '    estimate: 5m',
      '    needs: []',
    );
    assert.deepEqual(withCode(analyzeText(fine), 'unknown-step'), []);
  });

  it('suggests the right id for each of 1,000 mistyped needs among 1,000 steps (100× the examples)', () => {
    const rows: string[] = [];
    for (let i = 0; i < 1_000; i++)
      rows.push(
        `  - id: rotate-cert-${i}`,
        '    estimate: 1m',
        `    needs: [rotate-cret-${(i + 1) % 1_000}]`,
      );
    const unknown = withCode(analyzeText(runbook(...rows)), 'unknown-step');
    assert.equal(unknown.length, 1_000);
    unknown.forEach((d, i) => {
      const id = `rotate-cert-${(i + 1) % 1_000}`;
      assert.ok(
        d.message.startsWith(
          `No step has the id "rotate-cret-${(i + 1) % 1_000}". Did you mean "${id}"`,
        ),
      );
      assert.equal(d.fixes?.[0].edits[0].newText, id);
      assert.ok((d.fixes?.length ?? 0) <= 3);
    });
  });

  it('gives a 10,000-character id a bounded message and no suggestion', () => {
    const id = 'x'.repeat(10_000);
    const text = runbook(
      `  - id: ${id}`,
      '    estimate: 1m',
      '  - id: b',
      `    needs: [${id.slice(1)}y]`,
    );
    const [unknown, ...rest] = withCode(analyzeText(text), 'unknown-step');
    assert.deepEqual(rest, []);
    assert.deepEqual(unknown.fixes ?? [], []);
    assert.ok(unknown.message.length <= 1_000);
  });
});
