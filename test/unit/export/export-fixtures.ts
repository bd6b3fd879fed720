import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import type { Analysis, LinkedRunbook } from '../../../src/core/analysis-types';
import { previewModel, type PreviewModel } from '../../../src/core/preview/preview-model';
import { defaultSettings } from '../../../src/core/settings';

/** The repository root, from out/test/unit/export/ where the built tests run. */
export const ROOT = resolve(__dirname, '../../../..');
/** Nine days before seed 000's window, and before every other seed's: no `start-in-past`, and a fixed DTSTAMP. */
export const NOW = Date.parse('2015-07-10T08:00:00Z');

/** Analyses a text, following an announcement's `runbook:` beside `file` on disk as the CLI does. */
export function analyzeFile(file: string, text = readFileSync(file, 'utf8')): Analysis {
  const resolveRunbook = (linkPath: string): LinkedRunbook => {
    const target = resolve(dirname(file), linkPath);
    if (!existsSync(target))
      return { status: 'not-found', path: linkPath, message: `No file at ${linkPath}.` };
    return {
      status: 'found',
      path: linkPath,
      analysis: analyze(readFileSync(target, 'utf8'), target, defaultSettings, NOW),
    };
  };
  return analyze(text, file, defaultSettings, NOW, resolveRunbook);
}

/** The preview model of a file under examples/. */
export function exampleModel(path: string): PreviewModel {
  return previewModel(analyzeFile(resolve(ROOT, 'examples', path)));
}

/** The preview model of a text, as if it were the file `name` in a folder of its own. */
export function textModel(text: string, name = 'fixture.announcement.yaml'): PreviewModel {
  return previewModel(analyzeFile(resolve(ROOT, 'test/unit/export/no-such-folder', name), text));
}

const GOLDEN = resolve(ROOT, 'test/unit/export/golden');

/**
 * Compares an export with its golden file. `UPDATE_GOLDEN=1 npx mocha …` rewrites the goldens
 * instead: review the diff before committing it.
 */
export function assertGolden(name: string, actual: string): void {
  const path = resolve(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.ok(
    existsSync(path),
    `no golden file ${name}: run the tests with UPDATE_GOLDEN=1 to write it`,
  );
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs from its golden file`);
}
