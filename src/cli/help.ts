// What `runbook --help` and `runbook COMMAND --help` print: one section per command, so that a
// command's help and a usage error's hint point at the few lines that matter.

export const COMMANDS = ['lint', 'preview', 'schedule', 'convert', 'run'] as const;
export type CommandName = (typeof COMMANDS)[number];

const HEADER = `runbook — check maintenance runbooks and announcements, convert their times`;

const EXIT_CODES = `Exit codes: 0 no errors, 1 errors found, 2 bad usage, an unknown zone or time, or a file that
cannot be read.`;

/** Each command's usage line(s) and what it does. */
const SECTIONS: Record<CommandName, string> = {
  lint: `  runbook lint PATH... [--format text|json] [--now ISO]
      Check files, or every *.runbook.yaml and *.announcement.yaml under folders. --now sets the
      present for start-in-past (default: the clock), e.g. --now 2026-07-19T08:00:00Z.
      An announcement's runbook: is read relative to it, inside the workspace, which is the
      current directory (an announcement outside it may link only files beside or below it).
      A folder that holds no such file is an error (exit 2).`,
  preview: `  runbook preview FILE [--format FORMAT] [--out FILE [--force]] [--now ISO]
      The announcement or runbook as readers get it: the window in its zone and UTC, the
      estimate and every audience zone ("Tokyo: 4pm"). FORMAT: text (default: an email or
      in-app message), md, html (a standalone page), tweet (at most 280 characters), ics (a
      calendar event), banner (Jekyll's _data/banner_notification.yml), statuspage (a status
      page's scheduled maintenance, Statuspage API JSON) or json (the JSON contract).
      --out writes a new file; an existing one only with --force.
      The file's problems go to stderr; a file with errors still exports what it can.
      The estimate is a runbook's steps' (the longest path), or an announcement's linked
      runbook's, else its own \`estimate:\`.`,
  schedule: `  runbook schedule FILE [--format text|json] [--now ISO]
      When each step of a runbook starts and ends: from the window's start (T+0:35..0:50) and on
      the clock in the window's zone, the critical path marked *, the phases users feel (outage,
      read-only, degraded) and the estimate against the window. JSON: minutes from the start.`,
  convert: `  runbook convert START --to ZONE[,ZONE...] [--zone ZONE] [--length DURATION | --end TIME]
                  [--format text|json] [--time-format 12h|24h]
      A time in other zones: START is a wall-clock time in --zone ("2026-07-19 08:00") or ISO
      with an offset (2026-07-19T08:00:00+01:00). A --to zone may carry its readers' label:
      Eastern=America/New_York. --length 1h or --end TIME adds the end.`,
  run: `  runbook run FILE [--dry-run] [--yes] [--from STEP] [--resume | --resume=JOURNAL]
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
      3 rolled back, 2 bad usage, a runbook with errors or a journal that cannot be written.`,
};

/** Every command, for `runbook --help` (and `runbook` alone). */
export function fullHelp(): string {
  return [
    `${HEADER}\n\nUsage:`,
    ...COMMANDS.map((name) => SECTIONS[name]),
    `  runbook --help | --version`,
    EXIT_CODES,
  ].join('\n\n');
}

/** One command's section, for `runbook lint --help`. */
export function commandHelp(name: CommandName): string {
  // `run` states its own exit codes in its section.
  return name === 'run'
    ? `Usage:\n${SECTIONS[name]}`
    : `Usage:\n${SECTIONS[name]}\n\n${EXIT_CODES}`;
}

/** Whether a command-line word names a command. */
export function isCommand(word: string | undefined): word is CommandName {
  return (COMMANDS as readonly (string | undefined)[]).includes(word);
}
