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
import { commandHelp, fullHelp, isCommand } from './help';
import { UsageError } from './usage-error';

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
    if (isCommand(command) && asksForHelp(rest)) {
      await out.line(commandHelp(command));
      return 0;
    }
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
        // Nothing asked: the whole help, as a usage error.
        await err.line(fullHelp());
        return 2;
      case '--help':
      case '-h':
        await out.line(fullHelp());
        return 0;
      case 'help':
        await out.line(isCommand(rest[0]) ? commandHelp(rest[0]) : fullHelp());
        return 0;
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
      const help = isCommand(command) ? `runbook ${command} --help` : 'runbook --help';
      await err.line(`${message}\nrunbook: see \`${help}\` for usage`);
      return 2;
    }
    throw error;
  }
}

/** `--help` or `-h` among a command's arguments, before a `--` that ends the options. */
function asksForHelp(args: string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
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
