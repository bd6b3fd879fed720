import { strict as assert } from 'node:assert';
import { EXPORT_FORMATS } from '../../src/core/export/index';
import {
  corpusFiles,
  CRASH,
  diagnosticProblems,
  liveMarkup,
  RAW_CONTROL,
  readCorpusText,
  verdict,
  type CorpusFile,
} from '../bad-corpus/corpus-files';
import { CORPUS } from '../bad-corpus/manifest';
import { ROOT, runCliIn, type CliResult } from './run-cli';

const NOW = '--now=2026-07-01T12:00:00Z';

/** Problems common to every command: a crash's text, an exit code outside the contract. */
function commandProblems(what: string, result: CliResult, textOutput: boolean): string[] {
  const problems: string[] = [];
  if (result.status === null || ![0, 1, 2].includes(result.status))
    problems.push(`${what}: exit ${result.status}`);
  if (CRASH.test(result.stdout) || CRASH.test(result.stderr))
    problems.push(`${what}: a crash's text in the output`);
  if (textOutput && (RAW_CONTROL.test(result.stdout) || RAW_CONTROL.test(result.stderr)))
    problems.push(`${what}: a raw control character in the output`);
  return problems;
}

function jsonProblems(what: string, stdout: string): string[] {
  try {
    JSON.parse(stdout);
    return [];
  } catch {
    return [`${what}: stdout is not JSON: ${JSON.stringify(stdout.slice(0, 120))}`];
  }
}

/** Every subcommand and export on one file, from its workspace; the problems found. */
async function cliProblems(file: CorpusFile): Promise<string[]> {
  const run = (...args: string[]) => runCliIn(file.cwd, ...args);
  const problems: string[] = [];
  const text = readCorpusText(file);
  const lint = await run('lint', file.path, '--format', 'json', NOW);
  problems.push(
    ...commandProblems('lint --format json', lint, false),
    ...jsonProblems('lint --format json', lint.stdout),
  );
  if (problems.length === 0) {
    const [report] = JSON.parse(lint.stdout) as Array<{
      diagnostics: Array<{ code: string; message: string }>;
    }>;
    problems.push(
      ...diagnosticProblems(file.entry, report?.diagnostics ?? []).map((p) => `lint: ${p}`),
    );
  }
  problems.push(...commandProblems('lint', await run('lint', file.path, NOW), true));
  problems.push(...commandProblems('schedule', await run('schedule', file.path, NOW), true));
  const schedule = await run('schedule', file.path, '--format', 'json', NOW);
  problems.push(...commandProblems('schedule --format json', schedule, false));
  if (schedule.status !== 2 || schedule.stdout !== '')
    problems.push(...jsonProblems('schedule --format json', schedule.stdout));
  for (const format of EXPORT_FORMATS) {
    const preview = await run('preview', file.path, '--format', format, NOW);
    const what = `preview --format ${format}`;
    problems.push(...commandProblems(what, preview, !['json', 'statuspage'].includes(format)));
    if (['json', 'statuspage'].includes(format) && preview.stdout !== '')
      problems.push(...jsonProblems(what, preview.stdout));
    const live =
      format === 'html' || format === 'md' ? liveMarkup(text, preview.stdout, format) : undefined;
    if (live) problems.push(`${what}: live markup from the file: ${live}`);
  }
  if (file.path.includes('.runbook.'))
    problems.push(
      ...commandProblems('run --dry-run', await run('run', file.path, '--dry-run', NOW), true),
    );
  // convert takes no file: it gets the file's own start and zone, as a user would copy them.
  const start = /start:\s*(.{1,60})/.exec(text)?.[1]?.trim();
  const zone = /zone:\s*(.{1,60})/.exec(text)?.[1]?.trim();
  if (start && zone)
    problems.push(
      ...commandProblems(
        'convert',
        await run('convert', start, '--zone', zone, '--to', 'UTC,Asia/Tokyo'),
        true,
      ),
    );
  return problems;
}

describe('CLI: the bad-input corpus', () => {
  const { files, dispose } = corpusFiles(ROOT);
  after(dispose);

  it('has at least 60 files, each once', () => {
    assert.ok(CORPUS.length >= 60, `${CORPUS.length} files`);
    assert.equal(new Set(CORPUS.map((e) => e.file)).size, CORPUS.length);
  });

  for (const file of files) {
    it(`${file.entry.file} (${file.entry.issueClass})`, async function () {
      const failures = verdict(await cliProblems(file), 'CLI');
      assert.deepEqual(failures, []);
    });
  }
});
