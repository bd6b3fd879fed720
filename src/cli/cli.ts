import { configureFastPath } from '../core/yaml/parse-yaml';
import { convertCommand } from './convert-command';
import { lintCommand } from './lint-command';
import { previewCommand } from './preview-command';
import type { CliIo } from './cli-io';
import { runCommand } from './run-command';
import { scheduleCommand } from './schedule-command';
import { inertText } from '../core/text/inert-text';
import { Output } from './output';
import { OutputClosed, streamWriter } from './stream-writer';
import { UsageError } from './usage-error';

const HELP = `runbook — check maintenance runbooks and announcements, convert their times

Usage:
  runbook lint PATH... [--format text|json] [--now ISO]
      Check files, or every *.runbook.yaml and *.announcement.yaml under folders. --now sets the
      present for start-in-past (default: the clock), e.g. --now 2026-07-19T08:00:00Z.
      An announcement's runbook: is read relative to it, inside the workspace, which is the
      current directory (an announcement outside it may link only files beside or below it).

  runbook preview FILE [--format FORMAT] [--out FILE [--force]] [--now ISO]
      The announcement or runbook as readers get it: the window in its zone and UTC, the
      estimate and every audience zone ("Tokyo: 4pm"). FORMAT: text (default: an email or
      in-app message), md, html (a standalone page), tweet (at most 280 characters), ics (a
      calendar event), banner (Jekyll's _data/banner_notification.yml), statuspage (a status
      page's scheduled maintenance, Statuspage API JSON) or json (the JSON contract).
      --out writes a new file; an existing one only with --force.
      The file's problems go to stderr; a file with errors still exports what it can.
      The estimate is a runbook's steps' (the longest path), or an announcement's linked
      runbook's, else its own \`estimate:\`.

  runbook schedule FILE [--format text|json] [--now ISO]
      When each step of a runbook starts and ends: from the window's start (T+0:35..0:50) and on
      the clock in the window's zone, the critical path marked *, the phases users feel (outage,
      read-only, degraded) and the estimate against the window. JSON: minutes from the start.

  runbook convert START --to ZONE[,ZONE...] [--zone ZONE] [--length DURATION | --end TIME]
                  [--format text|json] [--time-format 12h|24h]
      A time in other zones: START is a wall-clock time in --zone ("2026-07-19 08:00") or ISO
      with an offset (2026-07-19T08:00:00+01:00). A --to zone may carry its readers' label:
      Eastern=America/New_York. --length 1h or --end TIME adds the end.

  runbook run FILE [--dry-run] [--yes] [--from STEP] [--resume | --resume=JOURNAL]
             [--interrupted ask|verify|retry|done|failed] [--on-failure ask|abort|rollback|skip]
             [--on-deadline ask|continue|rollback] [--parallel N] [--format text|json]
      Runs the steps: each step's run, then its verify, in the order of needs, timed against
      its estimate, recorded in .runbook/runs/<runbook id>/<UTC start>.jsonl. It lists every
      command and asks before the first runs; on a terminal it asks what to do when a step
      fails (retry, skip, roll back, abort) or at the go/no-go deadline. Without a terminal it
      runs only with --yes, and the flags answer (ask then means abort). --resume goes on with
      the newest unfinished run of FILE; a step that was running is never run again unasked.
      --dry-run prints the plan, clock times and ETA, and runs nothing.
      Exit codes: 0 every step done (or skipped), 1 a step failed or the run was aborted,
      3 rolled back, 2 bad usage, a runbook with errors or a journal that cannot be written.

  runbook --help | --version

Exit codes: 0 no errors, 1 errors found, 2 bad usage, an unknown zone or time, or a file that
cannot be read.`;

export type { CliIo } from './cli-io';

/**
 * Runs the CLI on `argv` (without `node` and the script) and resolves to its exit code; it never
 * exits the process, so tests run it in-process. Output is exactly what `runbook` prints.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await main(
      argv,
      io,
      new Output(io.stdout),
      new Output(io.stderr),
      () => io.cwd ?? process.cwd(),
    );
  } catch (error) {
    if (error instanceof OutputClosed) return outputClosed(error, io);
    lastWords(
      io,
      `runbook: internal error: ${error instanceof Error ? error.stack : String(error)}`,
    );
    return 2;
  }
}

/** Runs one command, printing to `out` and `err`. `cwd` is asked only by commands that read files. */
async function main(
  argv: string[],
  io: CliIo,
  out: Output,
  err: Output,
  cwd: () => string,
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await lintCommand(rest, out, err, cwd());
      case 'preview':
        return await previewCommand(rest, out, err, cwd());
      case 'schedule':
        return await scheduleCommand(rest, out, err, cwd());
      case 'run':
        return await runCommand(rest, io, out, err, cwd());
      case 'convert':
        return await convertCommand(rest, out, err);
      case '--version':
      case '-v':
        await out.line(VERSION);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        await out.line(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      // One "runbook:" per line: a message may list several problems (every bad zone at once).
      const message = error.message
        .split('\n')
        .map((line) => `runbook: ${line}`)
        .join('\n');
      await err.line(error.showHelp ? `${message}\n\n${HELP}` : message);
      return 2;
    }
    throw error;
  }
}

/**
 * The reader of stdout went away (`runbook lint big | head -1`): stop quietly with 141, the status
 * of a command ended by SIGPIPE, as the shell would show for a C tool. Any other failure to write
 * (ENOBUFS) is said on stderr, if stderr still works.
 */
function outputClosed(error: OutputClosed, io: CliIo): number {
  if (error.code !== 'EPIPE' && error.stream !== 'stderr')
    lastWords(io, `runbook: ${error.message}`);
  return EXIT_OUTPUT_CLOSED;
}

/** A line on stderr when the command has ended; if stderr fails too, the exit code says it. */
function lastWords(io: CliIo, text: string): void {
  try {
    const written = io.stderr(inertText(`${text}\n`));
    if (written instanceof Promise) written.catch(() => undefined);
  } catch {
    // Nothing is left to tell.
  }
}

const EXIT_OUTPUT_CLOSED = 141;

declare const RUNBOOK_VERSION: string | undefined;
const VERSION = typeof RUNBOOK_VERSION === 'string' ? RUNBOOK_VERSION : '0.1.0';

if (require.main === module) {
  configureFastPath(process.env);
  let sigint: (() => void) | undefined;
  void runCli(process.argv.slice(2), {
    stdout: streamWriter(process.stdout, 'stdout'),
    stderr: streamWriter(process.stderr, 'stderr'),
    env: process.env,
    interactive: process.stdin.isTTY && process.stderr.isTTY,
    stdin: process.stdin,
    stderrStream: process.stderr,
    onSigint: (handler) => {
      if (sigint) process.off('SIGINT', sigint);
      sigint = handler;
      if (handler) process.on('SIGINT', handler);
    },
  }).then((code) => {
    process.exitCode = code;
  });
}
