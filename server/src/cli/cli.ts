import { lintCommand } from './lint-command';
import { UsageError } from './usage-error';

const HELP = `runbook — check maintenance runbooks and announcements

Usage:
  runbook lint PATH... [--format text|json] [--now ISO]
                                              check files, or every *.runbook.yaml and
                                              *.announcement.yaml under folders; --now sets the
                                              present for start-in-past (default: the clock),
                                              e.g. --now 2026-07-19T08:00:00Z
  runbook --help | --version

Exit codes: 0 no errors, 1 errors found, 2 bad usage or a file that cannot be read.`;

/** Runs the CLI and returns its exit code; output goes through the given writers. */
export async function main(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await lintCommand(rest, out, err);
      case '--version':
      case '-v':
        out(VERSION);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        out(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`runbook: ${error.message}\n\n${HELP}`);
      return 2;
    }
    throw error;
  }
}

declare const RUNBOOK_VERSION: string | undefined;
const VERSION = typeof RUNBOOK_VERSION === 'string' ? RUNBOOK_VERSION : '0.1.0';

if (require.main === module) {
  main(process.argv.slice(2), (t) => process.stdout.write(`${t}\n`), (t) => process.stderr.write(`${t}\n`)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`runbook: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
