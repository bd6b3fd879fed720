import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JournalEvent } from '../../src/core/run/journal-events';
import { readJournal, TORN_LAST_LINE } from '../../src/core/run/journal-read';
import { replayJournal } from '../../src/core/run/replay';
import { seededRandom } from '../unit/yaml/yaml-fuzz';
import {
  endStrays,
  finished,
  journalIn,
  ledger,
  startCli,
  STEP_IDS,
  when,
  wholeLines,
  writeRunbook,
} from './kill-harness';
import { checkResume, type Killed, type Policy } from './kill-resume-checks';

const SEED = 20261206;
const KILLS = 100;
const KINDS = [
  'journal line',
  'torn line',
  'spawn gap',
  'inside a command',
  'output byte',
] as const;
type Kind = (typeof KINDS)[number];
const DESCRIBED: Record<Kind, string> = {
  'journal line': 'once the N-th journal line is written',
  'torn line': 'once the N-th journal line is written, the last line then torn',
  'spawn gap': 'between a command-started and its process-started',
  'inside a command': 'inside a run, a verify or a rollback command',
  'output byte': 'at the N-th byte of output',
};
const POLICIES: Policy[] = ['verify', 'retry', 'done', 'failed'];

/** What an uninterrupted run of a scenario writes: the moments a kill can be chosen among. */
interface Reference {
  lines: string[];
  stdoutBytes: number;
  commands: string[];
}

function scenarioArgs(file: string): string[] {
  return [file, '--yes', '--on-failure', 'rollback'];
}

async function reference(rollback: boolean): Promise<Reference> {
  const folder = mkdtempSync(join(tmpdir(), 'runbook-kill-ref-'));
  try {
    const file = writeRunbook(folder);
    if (rollback) writeFileSync(join(folder, 'fail-s3'), '');
    const cli = startCli(folder, scenarioArgs(file), 'reference');
    let stdoutBytes = 0;
    cli.stdout?.on('data', (chunk: Buffer) => (stdoutBytes += chunk.length));
    const { status, output } = await finished(cli);
    assert.equal(status, rollback ? 3 : 0, output);
    const journal = journalIn(folder);
    assert.ok(journal);
    return {
      lines: readFileSync(journal, 'utf8').split('\n').filter(Boolean),
      stdoutBytes,
      commands: ledger(folder),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)];
const between = (random: () => number, low: number, high: number) =>
  low + Math.floor(random() * (high - low + 1));

/** Kills the run at the chosen moment, then tampers as that moment's kind says; returns what it did. */
async function killAt(
  kind: Kind,
  phase: string,
  random: () => number,
  folder: string,
  file: string,
  ref: Reference,
  token: string,
): Promise<string> {
  let moment: string;
  let probe: () => boolean;
  const cli = (env: Record<string, string> = {}) =>
    startCli(folder, scenarioArgs(file), token, env);
  let child;
  if (kind === 'inside a command') {
    const hold = pick(
      random,
      ref.commands.filter((command) => command.startsWith(`${phase} `)),
    );
    moment = `inside "${hold}"`;
    const line = hold;
    child = cli({ HOLD: hold });
    // The command is inside (its ledger line) and the journal says so (its process-started).
    probe = () => ledger(folder).includes(line) && lastLine(journalIn(folder)).includes(STARTED);
  } else if (kind === 'output byte') {
    const byte = between(random, 1, ref.stdoutBytes - 1);
    moment = `at byte ${byte} of output`;
    child = cli();
    let seen = 0;
    child.stdout?.on('data', (chunk: Buffer) => (seen += chunk.length));
    probe = () => seen >= byte;
  } else {
    const starts = ref.lines.flatMap((line, at) =>
      line.includes('"type":"command-started"') ? [at + 1] : [],
    );
    const line =
      kind === 'spawn gap'
        ? pick(random, starts)
        : between(random, kind === 'torn line' ? 2 : 1, ref.lines.length - 1);
    moment = `at journal line ${line}`;
    child = cli();
    probe = () => wholeLines(journalIn(folder)) >= line;
  }
  const exited = finished(child);
  const reached = await when(child, probe);
  child.kill('SIGKILL');
  await exited;
  await endStrays(token);
  const ended = reached ? '' : ' (the run ended first)';
  return `${moment}${ended}${tamper(kind, random, journalIn(folder))}`;
}

/**
 * A SIGKILL cannot tear one write of a line on a local disk, but a machine that loses power can;
 * and the kill rarely lands in the instant between a spawn and its record. Both are made here
 * from a real kill, as they would be left: only the last line is touched, and it is one the run
 * did nothing after but spawn a command.
 */
function tamper(kind: Kind, random: () => number, journal: string | undefined): string {
  if (journal === undefined) return '';
  const text = readFileSync(journal, 'utf8');
  const lastStart = text.lastIndexOf('\n', text.length - 2) + 1;
  const last = text.slice(lastStart);
  if (kind === 'torn line' && last.length > 2) {
    // At least one byte of the JSON goes too (a line cut only before its newline is whole).
    const keep = between(random, 1, Buffer.byteLength(last) - 2);
    truncateSync(journal, Buffer.byteLength(text.slice(0, lastStart)) + keep);
    return `, its last line torn after ${keep} bytes`;
  }
  if (kind === 'spawn gap' && last.includes('"type":"process-started"')) {
    truncateSync(journal, Buffer.byteLength(text.slice(0, lastStart)));
    return ', its process-started dropped';
  }
  return '';
}

function events(journal: string): { events: JournalEvent[]; warnings: string[] } {
  const reading = readJournal(readFileSync(journal, 'utf8'));
  if ('error' in reading) throw new Error(`${journal}: ${reading.error}`);
  return reading;
}

const STARTED = '"type":"process-started"';

function lastLine(journal: string | undefined): string {
  if (journal === undefined) return '';
  const lines = readFileSync(journal, 'utf8').split('\n');
  return lines.at(-1) === '' ? (lines.at(-2) ?? '') : '';
}

/** Where a kill left the journal: its last event, for the tally RUNBOOK_KILL_STATS prints. */
function landing(events: JournalEvent[], torn: boolean): string {
  const last = events.at(-1);
  const what =
    last === undefined
      ? 'before the first event'
      : 'phase' in last
        ? `after ${last.type} (${last.phase})`
        : `after ${last.type}${last.type === 'step-state' ? ` (${last.state})` : ''}`;
  return torn ? `${what}, last line torn` : what;
}

/** One kill of a run and its resume, checked; `kill` numbers it within its kind. */
async function killAndResume(
  kind: Kind,
  kill: number,
  random: () => number,
  refs: Record<'clean' | 'failing', Reference>,
  tally: Map<string, number>,
): Promise<string> {
  // Inside a command cycles through run, verify and rollback (only a failing run rolls back).
  const phase = (['run', 'verify', 'rollback'] as const)[kill % 3];
  const failing = kind === 'inside a command' && phase === 'rollback' ? true : random() < 0.4;
  const policy = pick(random, POLICIES);
  const folder = mkdtempSync(join(tmpdir(), 'runbook-kill-'));
  try {
    const file = writeRunbook(folder);
    if (failing) writeFileSync(join(folder, 'fail-s3'), '');
    const token = `${process.pid}-${kind}-${kill}`;
    const ref = refs[failing ? 'failing' : 'clean'];
    const moment = await killAt(kind, phase, random, folder, file, ref, token);
    const where = `${kind} #${kill} (seed ${SEED}, ${failing ? 'a failing check' : 'a clean run'}, killed ${moment}, --interrupted ${policy})`;
    const journal = journalIn(folder);
    assert.ok(journal, `${where}: no journal`);
    const before = events(journal);
    const torn = before.warnings.includes(TORN_LAST_LINE);
    const label = landing(before.events, torn);
    tally.set(label, (tally.get(label) ?? 0) + 1);
    const killed: Killed = { run: replayJournal(before.events), ledger: ledger(folder), policy };
    const resumed = await finished(
      startCli(folder, [...scenarioArgs(file), '--resume', '--interrupted', policy], token),
    );
    const after = events(journal);
    assert.deepEqual(after.warnings, [], `${where}: the resumed journal has a damaged end`);
    if (torn) assert.match(resumed.output, /the last line of the journal was cut off/, where);
    checkResume(where, killed, resumed, after.events, ledger(folder), STEP_IDS);
    return label;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('cli: runbook run killed with SIGKILL at 100 moments, then --resume', function () {
  let refs: Record<'clean' | 'failing', Reference>;
  const tally = new Map<string, number>();
  before(async () => {
    refs = { clean: await reference(false), failing: await reference(true) };
  });
  after(() => {
    if (process.env.RUNBOOK_KILL_STATS)
      console.log([...tally].map(([label, n]) => `${n}\t${label}`).join('\n'));
  });

  KINDS.forEach((kind, index) => {
    it(`${KILLS / KINDS.length} kills ${DESCRIBED[kind]}: each resume does exactly what was left, nothing finished runs again, the journal parses`, async function () {
      // 40 runs of the CLI; a guard against a hang only (each kill has its own 60 s deadlines).
      this.timeout(600_000);
      const random = seededRandom(SEED + index);
      const landed = new Set<string>();
      for (let kill = 0; kill < KILLS / KINDS.length; kill++)
        landed.add(await killAndResume(kind, kill, random, refs, tally));
      if (kind === 'inside a command')
        for (const phase of ['run', 'verify', 'rollback'])
          assert.ok(landed.has(`after process-started (${phase})`), [...landed].join('\n'));
      if (kind === 'torn line')
        assert.ok(
          [...landed].every((label) => label.endsWith('torn')),
          [...landed].join('\n'),
        );
    });
  });
});
