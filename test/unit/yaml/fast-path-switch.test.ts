import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import {
  configureFastPath,
  FAST_YAML_VARIABLE,
  parseYaml,
} from '../../../src/core/yaml/parse-yaml';
import { repoRoot } from '../helpers';

describe('the fast path switch (RUNBOOK_FAST_YAML)', () => {
  const text = readFileSync(
    join(repoRoot(), 'examples/gitter-2015/restructure.runbook.yaml'),
    'utf8',
  );

  afterEach(() => configureFastPath({}));

  it('is on unless the variable says 0', () => {
    configureFastPath({});
    assert.equal(parseYaml(text).reader, 'fast');
    configureFastPath({ [FAST_YAML_VARIABLE]: '1' });
    assert.equal(parseYaml(text).reader, 'fast');
  });

  it('sends every file to the yaml package when off, with the same tree and diagnostics', () => {
    const fast = analyze(text, 'restructure.runbook.yaml');
    configureFastPath({ [FAST_YAML_VARIABLE]: '0' });
    const library = analyze(text, 'restructure.runbook.yaml');
    assert.equal(library.parsed.reader, 'yaml');
    assert.deepStrictEqual(library.parsed.root, fast.parsed.root);
    assert.deepStrictEqual(library.diagnostics, fast.diagnostics);
  });
});
