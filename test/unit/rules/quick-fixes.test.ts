import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { applyEdits, repoRoot } from '../helpers';
import { NOW } from './time-fixtures';

const BROKEN = join(repoRoot(), 'examples/broken');

describe('rules: every quick fix of examples/broken', () => {
  for (const name of readdirSync(BROKEN)
    .filter((file) => file.endsWith('.yaml'))
    .sort()) {
    const text = readFileSync(join(BROKEN, name), 'utf8');
    const diagnostics = analyze(text, name, undefined, NOW).diagnostics.filter(
      (d) => d.fixes && d.fixes.length > 0,
    );
    if (diagnostics.length === 0) continue;
    it(`${name}: each fix alone yields a file that lints clean`, () => {
      for (const diagnostic of diagnostics) {
        for (const fix of diagnostic.fixes!) {
          const fixed = applyEdits(text, fix.edits);
          assert.notEqual(fixed, text, fix.title);
          assert.deepEqual(
            analyze(fixed, name, undefined, NOW).diagnostics.map((d) => `${d.code}: ${d.message}`),
            [],
            `after "${fix.title}"`,
          );
        }
      }
    });
  }
});
