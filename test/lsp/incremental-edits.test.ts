import { strict as assert } from 'node:assert';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { generateRunbook } from '../bench/generate-runbook';
import { LspClient } from './lsp-client';

/** The line and character of an offset, as the protocol counts them. */
function rangeAt(text: string, start: number, end: number): Range {
  const position = (offset: number) => {
    const line = text.slice(0, offset).split('\n').length - 1;
    return { line, character: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
  };
  return { start: position(start), end: position(end) };
}

/** Keystrokes that type into a step, break the structure and mend it: [find, replace with]. */
const EDITS: Array<[string, string]> = [
  ['title: Migrate shard 7 ', 'title: Migrate shard seven '],
  ['estimate: 3m..4m', 'estimate: 3 minutes'],
  ['    run: ./scripts/migrate.sh --shard 9 ', '    run: "./scripts/migrate.sh --shard 9 '],
  ['    run: "./scripts/migrate.sh --shard 9 ', '    run: ./scripts/migrate.sh --shard 9 '],
  ['  - id: step-11\n', '  id: step-11\n'],
  ['  id: step-11\n', '  - id: step-11\n'],
  ['needs: [step-13, step-12]', 'needs: [step-13, stpe-12'],
  ['needs: [step-13, stpe-12', 'needs: [step-13, stpe-12]'],
  ['title: Generated runbook', 'titel: Generated runbook'],
  ['  - id: step-14\n', '\t- id: step-14\n'],
  ['\t- id: step-14\n', '  - id: step-14\n'],
  ['    verify: ./scripts/verify.sh --shard 15\n', ''],
];

describe('LSP: incremental edits', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start()));
  after(async () => client?.stop());

  it('ends a sequence of range edits with the diagnostics of the final text opened fresh', async () => {
    const uri = 'file:///work/typed.runbook.yaml';
    let text = generateRunbook(30);
    await client.open(uri, text);
    await client.diagnosticsFor(uri);
    let version = 1;
    let broken = 0;
    let last: Diagnostic[] = [];
    for (const [find, replace] of EDITS) {
      const start = text.indexOf(find);
      assert.ok(start >= 0, `the fixture holds ${JSON.stringify(find)}`);
      const range = rangeAt(text, start, start + find.length);
      text = text.slice(0, start) + replace + text.slice(start + find.length);
      await client.edit(uri, [{ range, text: replace }]);
      version++;
      // Each version analysed in turn, so that each starts from the one before.
      const publication = await client.publicationFor(uri);
      assert.equal(publication.version, version);
      last = publication.diagnostics;
      if (last.some((d) => d.code === 'yaml-syntax')) broken++;
    }
    assert.ok(broken >= 3, `only ${broken} versions had a syntax error`);
    const fresh = 'file:///work/fresh.runbook.yaml';
    await client.open(fresh, text);
    const expected = await client.diagnosticsFor(fresh);
    const codes = new Set(expected.map((d) => d.code));
    for (const code of ['invalid-duration', 'schema', 'unknown-step'])
      assert.ok(codes.has(code), code);
    assert.deepEqual(last, expected);
  });
});
