import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import type { Analysis, LinkedRunbook } from '../../../src/core/analysis-types';
import { DiagnosticCodes, type DiagnosticCode } from '../../../src/core/diagnostic';
import { defaultSettings } from '../../../src/core/settings';
import { GENERATED_NOW, generateFolder, type GeneratedFile } from '../../bench/generate-runbook';

const NOW = Date.parse(GENERATED_NOW);

/** Analyses a generated file as the server would in the generated folder: links lead to its runbook only. */
function analyseIn(file: GeneratedFile, runbook: Analysis): Analysis {
  const resolve = (path: string): LinkedRunbook =>
    path === './generated.runbook.yaml'
      ? { status: 'found', path: 'generated.runbook.yaml', analysis: runbook }
      : { status: 'not-found', path, message: `${path} does not exist.` };
  return analyze(file.text, file.name, defaultSettings, NOW, resolve);
}

function codesOf(analysis: Analysis): DiagnosticCode[] {
  return [...new Set(analysis.diagnostics.map((d) => d.code))].sort();
}

describe('bench: the generated runbooks', () => {
  for (const count of [100, 1000]) {
    describe(`${count} steps`, () => {
      const folder = generateFolder(count);
      const runbook = analyze(folder.runbook.text, folder.runbook.name, defaultSettings, NOW);
      const files = [folder.runbook, folder.syntaxError, folder.announcement, ...folder.others];

      for (const file of files) {
        it(`${file.name} reports exactly the codes it claims`, () => {
          const codes = codesOf(analyseIn(file, runbook));
          // The syntax error's fallback parse may recover any of the runbook's other mistakes.
          const reported =
            file === folder.syntaxError ? codes.filter((code) => file.codes.includes(code)) : codes;
          assert.deepEqual(reported, [...file.codes].sort());
        });
      }

      it('carries every code but file-too-large and too-many-problems, across its files', () => {
        const claimed = new Set(files.flatMap((file) => file.codes));
        const missing = DiagnosticCodes.filter(
          (code) => !claimed.has(code) && code !== 'file-too-large' && code !== 'too-many-problems',
        );
        assert.deepEqual(missing, []);
      });

      it('spreads the runbook step mistakes through the file, about one in a hundred steps', () => {
        const text = folder.runbook.text;
        const stepsStart = text.indexOf('\nsteps:');
        const inSteps = runbook.diagnostics.filter(
          (d) => d.start > stepsStart && d.start < text.lastIndexOf('\nrollback:'),
        );
        const thirds = [0, 1, 2].map(
          (third) =>
            inSteps.filter(
              (d) =>
                Math.floor((3 * (d.start - stepsStart)) / (text.length - stepsStart)) === third,
            ).length,
        );
        assert.ok(
          thirds.every((n) => n > 0),
          `mistakes per third of the steps: ${thirds.join(', ')}`,
        );
        assert.ok(
          inSteps.length >= 8 && inSteps.length <= Math.max(16, count / 40),
          `${inSteps.length} mistakes`,
        );
      });

      it('the syntax error sits in the middle step, once', () => {
        const text = folder.syntaxError.text;
        const errors = analyze(text, folder.syntaxError.name).diagnostics.filter(
          (d) => d.code === 'yaml-syntax',
        );
        const middle = text.indexOf(`--shard ${Math.floor(count / 2)} `);
        assert.ok(
          errors.length > 0 && errors.every((d) => Math.abs(d.start - middle) < 200),
          JSON.stringify(errors.slice(0, 3)),
        );
      });
    });
  }
});
