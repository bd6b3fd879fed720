// What `npm run bench` measures over LSP for one size and one server: the same document, the
// same keystrokes, the same hover and completion positions for both servers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position, Range } from 'vscode-languageserver-protocol/node';
import { generateFolder, type GeneratedFolder } from '../generate-runbook';
import { BenchClient, now, type ServerSpec } from './bench-client';

/** Timings in ms; `undefined` where the server gave no answer within the deadline. */
export interface SizeFigures {
  server: string;
  steps: number;
  lines: number;
  bytes: number;
  deadlineMs: number;
  openToDiagnosticsMs: number | undefined;
  /** Diagnostics published for the runbook after the keystrokes. */
  diagnostics: number | undefined;
  editMs: (number | undefined)[];
  hover: { at: string; ms: number; answered: boolean }[];
  completion: { at: string; ms: number; items: number }[];
  peakRssMb: number;
  /** Ours only: the variant with a YAML syntax error in its middle step. */
  syntaxError?: { openToDiagnosticsMs: number | undefined; editMs: (number | undefined)[] };
  /** Ours only: 50 edits 20 ms apart. */
  burst?: Burst;
}

/** 50 edits 20 ms apart: the last one to its diagnostics, and the versions analysed. */
export interface Burst {
  edits: number;
  lastEditToDiagnosticsMs: number | undefined;
  /** Every version whose analysis ended. */
  versionsAnalysed: number[];
  /** Those whose rules ran over the whole file (the others re-checked only the edited step). */
  versionsInFull: number[];
}

export interface SizeOptions {
  edits: number;
  deadlineMs: number;
  /** Ours: the syntax-error variant and the burst too. */
  extras: boolean;
  /** Whether hover and completion are timed. */
  requests: boolean;
}

/** Writes the generated folder for `steps` under `dir` and returns it. */
export function writeFolder(dir: string, steps: number): GeneratedFolder {
  const folder = generateFolder(steps);
  mkdirSync(dir, { recursive: true });
  for (const file of [folder.runbook, folder.syntaxError, folder.announcement, ...folder.others])
    writeFileSync(join(dir, file.name), file.text);
  return folder;
}

/** A fresh server process: open, edits, hover, completion, peak RSS (and, for ours, the extras). */
export async function measureSize(
  spec: ServerSpec,
  dir: string,
  folder: GeneratedFolder,
  steps: number,
  options: SizeOptions,
): Promise<SizeFigures> {
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const runbookUri = uri(folder.runbook.name);
  const text = folder.runbook.text;
  const places = placesIn(text, steps);
  const client = await BenchClient.start(spec, pathToFileURL(dir).href);
  const figures: SizeFigures = {
    server: spec.name,
    steps,
    lines: places.lineCount,
    bytes: Buffer.byteLength(text),
    deadlineMs: options.deadlineMs,
    openToDiagnosticsMs: undefined,
    diagnostics: undefined,
    editMs: [],
    hover: [],
    completion: [],
    peakRssMb: NaN,
  };
  try {
    // The deadline counts from the open: writing a large text waits until the server has read it.
    const opened = now();
    const sending = client.open(runbookUri, text);
    // A server killed at the deadline breaks the write: that is the measure, not a failure.
    sending.catch(() => undefined);
    const first = await client.diagnosticsFor(runbookUri, 1, options.deadlineMs);
    if (!first) return figures;
    await sending;
    figures.openToDiagnosticsMs = first.at - opened;
    // The announcement that links the runbook is open too, as it would be in an editor.
    await client.open(uri(folder.announcement.name), folder.announcement.text);
    await client.diagnosticsFor(uri(folder.announcement.name), 1, options.deadlineMs);
    figures.editMs = await typeInto(client, runbookUri, places.keystroke, options);
    figures.diagnostics = client.latestDiagnostics(runbookUri)?.params.diagnostics.length;
    if (options.requests) await timeRequests(client, runbookUri, places, figures);
    figures.peakRssMb = client.peakRssMb();
    if (options.extras && figures.editMs.every((ms) => ms !== undefined)) {
      figures.burst = await burst(client, runbookUri, places.keystroke, options.deadlineMs);
      const syntaxUri = uri(folder.syntaxError.name);
      const syntaxOpened = await client.open(syntaxUri, folder.syntaxError.text);
      const syntaxFirst = await client.diagnosticsFor(syntaxUri, 1, options.deadlineMs);
      figures.syntaxError = {
        openToDiagnosticsMs: syntaxFirst && syntaxFirst.at - syntaxOpened,
        editMs: syntaxFirst ? await typeInto(client, syntaxUri, places.keystroke, options) : [],
      };
    }
    return figures;
  } finally {
    if (!Number.isFinite(figures.peakRssMb)) figures.peakRssMb = client.peakRssMb();
    // A server past its deadline may be busy for minutes more: it is killed, not asked to stop.
    await client.stop(
      figures.editMs.some((ms) => ms === undefined) || !figures.openToDiagnosticsMs,
    );
  }
}

async function timeRequests(
  client: BenchClient,
  uri: string,
  places: Places,
  figures: SizeFigures,
): Promise<void> {
  for (const [at, position] of places.hovers)
    figures.hover.push({ at, ...(await fastest(() => client.hover(uri, position))) });
  for (const [at, position] of places.completions)
    figures.completion.push({ at, ...(await fastest(() => client.completion(uri, position))) });
}

/**
 * The median of up to 11 runs of a request, in ms (the first warms the server up); a slow
 * server gets fewer, once 5 s have gone on them.
 */
async function fastest<T extends { ms: number }>(request: () => Promise<T>): Promise<T> {
  const runs: T[] = [];
  let spent = 0;
  while (runs.length < 11 && spent < 5000) {
    const run = await request();
    runs.push(run);
    spent += run.ms;
  }
  return runs.sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
}

/**
 * `options.edits` keystrokes, each one character changed in the middle step's title, each
 * waited for: ms from sending the change to the diagnostics for that version. A pause between
 * keystrokes, as between a person's, lets idle work finish. Stops at the first one past the deadline.
 */
async function typeInto(
  client: BenchClient,
  uri: string,
  keystroke: Range,
  options: SizeOptions,
): Promise<(number | undefined)[]> {
  const times: (number | undefined)[] = [];
  for (let i = 0; i < options.edits; i++) {
    const { version, sent } = await client.change(uri, keystroke, i % 2 === 0 ? 'N' : 'M');
    const published = await client.diagnosticsFor(uri, version, options.deadlineMs);
    times.push(published && published.at - sent);
    if (!published) break;
    await sleep(100);
  }
  // An even number of keystrokes leaves the text as it was.
  if (options.edits % 2 === 1 && times.every((ms) => ms !== undefined)) {
    const { version } = await client.change(uri, keystroke, 'M');
    await client.diagnosticsFor(uri, version, options.deadlineMs);
  }
  return times;
}

/** 50 keystrokes 20 ms apart with LSP's trace on: which versions were analysed (and which in full), and how long the last took. */
async function burst(
  client: BenchClient,
  uri: string,
  keystroke: Range,
  deadlineMs: number,
): Promise<Burst> {
  await client.setTrace('messages');
  const edits = 50;
  const versions: number[] = [];
  let sent = 0;
  for (let i = 0; i < edits; i++) {
    const change = await client.change(uri, keystroke, i % 2 === 0 ? 'N' : 'M');
    versions.push(change.version);
    sent = change.sent;
    if (i < edits - 1) await sleep(20);
  }
  const final = versions[versions.length - 1];
  const published = await client.diagnosticsFor(uri, final, deadlineMs);
  // The trace line of the final version comes before its publication; later ones may still come.
  await sleep(200);
  await client.setTrace('off');
  const analysed = client.traces.flatMap(({ message }) => {
    const match = /^analysed (\S+) version (\d+) in \S+ ms, (.*)$/.exec(message);
    return match && match[1] === uri && versions.includes(Number(match[2]))
      ? [{ version: Number(match[2]), full: match[3] === 'in full' }]
      : [];
  });
  return {
    edits,
    lastEditToDiagnosticsMs: published && published.at - sent,
    versionsAnalysed: analysed.map(({ version }) => version),
    versionsInFull: analysed.filter(({ full }) => full).map(({ version }) => version),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface Places {
  lineCount: number;
  /** One character of the middle step's title. */
  keystroke: Range;
  hovers: [string, Position][];
  completions: [string, Position][];
}

/** Where to type, hover and complete: in the middle of the file, the same for both servers. */
function placesIn(text: string, steps: number): Places {
  const lines = text.split('\n');
  const middle = Math.floor(steps / 2);
  const idLine = lines.indexOf(`  - id: step-${middle}`);
  const after = (prefix: string) => {
    const line = lines.findIndex((l, i) => i > idLine && l.startsWith(prefix));
    if (line < 0) throw new Error(`No "${prefix}" after step-${middle}.`);
    return line;
  };
  const title = after('    title: ');
  const impact = after('    impact: ');
  const needs = after('    needs: [step-');
  const titleColumn = lines[title].indexOf('Migrate');
  const needsColumn = '    needs: ['.length;
  return {
    lineCount: lines.length,
    keystroke: {
      start: { line: title, character: titleColumn },
      end: { line: title, character: titleColumn + 1 },
    },
    hovers: [
      ['step id in needs', { line: needs, character: needsColumn + 2 }],
      ['key', { line: impact, character: 6 }],
      ['value', { line: impact, character: 14 }],
    ],
    completions: [
      ['needs: [step-|', { line: needs, character: needsColumn + 'step-'.length }],
      ['key im|pact', { line: impact, character: 6 }],
      ['value ou|tage', { line: impact, character: 14 }],
    ],
  };
}

/** Start → first diagnostics of a 100-step runbook, in a fresh process each time; the median of `runs`. */
export async function startToDiagnostics(
  spec: ServerSpec,
  dir: string,
  folder: GeneratedFolder,
  runs: number,
  deadlineMs: number,
): Promise<(number | undefined)[]> {
  const times: (number | undefined)[] = [];
  const runbookUri = pathToFileURL(join(dir, folder.runbook.name)).href;
  for (let i = 0; i < runs; i++) {
    const client = await BenchClient.start(spec, pathToFileURL(dir).href);
    await client.open(runbookUri, folder.runbook.text);
    const first = await client.diagnosticsFor(runbookUri, 1, deadlineMs);
    times.push(first && first.at - client.spawnedAt);
    await client.stop(!first);
  }
  return times;
}
