import { strict as assert } from 'node:assert';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DiagnosticCodes } from '../../src/core/diagnostic';
import { describeDiagnostics, openWithDiagnostics } from './helpers';

// The examples are written beside the code; the test list follows whatever is there when the
// suite loads. __dirname is out/test/vscode, so the repository is three folders up.
const EXAMPLES = path.resolve(__dirname, '../../../examples');
const EXAMPLE_FILE = /\.(runbook|announcement)\.ya?ml$/;

function examplesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return examplesBelow(file);
    return EXAMPLE_FILE.test(entry.name) ? [file] : [];
  });
}

const all = examplesBelow(EXAMPLES).sort();
const broken = all.filter((file) => file.includes(`${path.sep}broken${path.sep}`));
const errors = (diagnostics: vscode.Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

describe('VS Code: the examples', () => {
  for (const file of all.filter((f) => !broken.includes(f))) {
    it(`${path.relative(EXAMPLES, file)} has no errors`, async () => {
      const { document, diagnostics } = await openWithDiagnostics(vscode.Uri.file(file));
      assert.equal(document.languageId, 'runbook');
      assert.deepEqual(errors(diagnostics), [], describeDiagnostics(diagnostics));
    });
  }

  // broken/<code>.runbook.yaml shows <code>; files named after rules not written yet wait for them.
  for (const file of broken) {
    const code = path.basename(file).replace(EXAMPLE_FILE, '');
    if (!(DiagnosticCodes as readonly string[]).includes(code)) continue;
    it(`broken/${path.basename(file)} reports ${code}`, async () => {
      const { diagnostics } = await openWithDiagnostics(vscode.Uri.file(file));
      assert.ok(
        diagnostics.some((d) => d.code === code && d.source === 'runbook'),
        describeDiagnostics(diagnostics),
      );
    });
  }
});
