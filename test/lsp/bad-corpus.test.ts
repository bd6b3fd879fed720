import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { renderPreviewHtml } from '../../src/core/export/index';
import {
  corpusFiles,
  diagnosticProblems,
  liveMarkup,
  readCorpusText,
  verdict,
  type CorpusFile,
} from '../bad-corpus/corpus-files';
import { WITNESS_TEXT, WITNESS_URI } from '../fuzz/fuzz-run';
import { LspClient, REPO_ROOT } from './lsp-client';

// The bad-input corpus through the server: each file's diagnostics as the manifest says, a hover
// on another document after each, and the preview (the server's model, rendered by the core as
// the panel renders it) with no live markup from the file.
describe('LSP: the bad-input corpus', () => {
  const { files, dispose } = corpusFiles(REPO_ROOT);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({}, undefined, { now: '2026-07-01T12:00:00Z' });
    await client.open(WITNESS_URI, WITNESS_TEXT);
    assert.deepEqual(await client.diagnosticsFor(WITNESS_URI), []);
  });
  after(async () => {
    await client?.stop();
    dispose();
  });

  async function serverProblems(file: CorpusFile): Promise<string[]> {
    const uri = pathToFileURL(file.absolute).href;
    const text = readCorpusText(file);
    await client.open(uri, text);
    // A guard against a hang only: the server answers in milliseconds.
    const diagnostics = await client.diagnosticsFor(uri, 60_000);
    const problems = file.entry.cliOnlyCodes
      ? []
      : diagnosticProblems(
          file.entry,
          diagnostics.map((d) => ({
            code: String(d.code),
            message: typeof d.message === 'string' ? d.message : d.message.value,
          })),
        );
    const hover = await client.hover(WITNESS_URI, { line: 3, character: 10 });
    if (!JSON.stringify(hover?.contents).includes('backup'))
      problems.push('no hover on another document after it');
    await client.hover(uri, { line: 0, character: 1 });
    const preview = await client.preview(uri);
    if (preview.ok) {
      const live = liveMarkup(
        text,
        renderPreviewHtml(preview.model, { standalone: false, nonce: 'n' }),
        'html',
      );
      if (live) problems.push(`preview: live markup from the file: ${live}`);
    }
    if (!client.alive) problems.push(`the server exited: ${client.errors}`);
    await client.close(uri);
    return problems;
  }

  for (const file of files) {
    it(`${file.entry.file} (${file.entry.issueClass})`, async function () {
      // A publication that never comes is a problem of the file's, awaited or not, like any other.
      const problems = await serverProblems(file).catch((error: Error) => [error.message]);
      assert.deepEqual(verdict(problems, 'server'), []);
    });
  }
});
