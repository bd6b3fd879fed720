// The fuzz properties and how a run of them is reported: shared by the smoke tests in `npm test`
// (a few thousand cases, fixed seeds, a generous hang guard) and `npm run fuzz` (100,000 cases, a
// one-second bound per call).
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import type { LspClient } from '../lsp/lsp-client';
import { anyCase, exampleSeeds, type FuzzCase } from './arbitraries';
import { probeCore, ProbeFailure } from './core-probe';
import { probeServer } from './lsp-probe';

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** The longest one call may take, in ms: 1,000 in `npm run fuzz`; a hang guard only in tests. */
  boundMs: number;
  /** The repository root, where examples/ (the mutation seeds) is. */
  root: string;
}

/** What a run did, for people: how many cases ran, failed and shrank, and the smallest failure. */
export interface FuzzReport {
  name: string;
  ran: number;
  failed: boolean;
  shrinks: number;
  seed: number;
  counterexample?: FuzzCase;
  error?: string;
}

/** How many node offsets each case visits with every position feature (the type tests do all). */
const OFFSETS_PER_CASE = 8;

function timed<T>(what: string, boundMs: number, call: () => T): T {
  const started = performance.now();
  const result = call();
  const took = performance.now() - started;
  if (took > boundMs)
    throw new ProbeFailure(`${what} took ${Math.round(took)} ms (bound ${boundMs} ms)`);
  return result;
}

function report(name: string, seed: number, details: fc.RunDetails<[FuzzCase]>): FuzzReport {
  const failure = details.counterexample?.[0];
  const error = details.errorInstance;
  return {
    name,
    ran: details.numRuns,
    failed: details.failed,
    shrinks: details.numShrinks,
    seed,
    ...(failure ? { counterexample: failure } : {}),
    ...(error
      ? { error: error instanceof Error ? (error.stack ?? error.message) : JSON.stringify(error) }
      : {}),
  };
}

/**
 * Through the core: analyse, every feature, every export, twice; no exception, every range
 * inside, the same output both times, each call within the bound.
 */
export function fuzzCore(options: FuzzOptions): FuzzReport {
  // The first analyses load time zone data and build formatters: not what the bound is about.
  for (const seed of exampleSeeds(options.root)) probeCore(seed.text, seed.fileName);
  const property = fc.property(anyCase(exampleSeeds(options.root)), ({ fileName, text }) => {
    const probe = () => probeCore(text, fileName, { maxOffsets: OFFSETS_PER_CASE });
    const first = timed('the core', options.boundMs, probe);
    const second = timed('the core, again', options.boundMs, probe);
    if (first !== second) throw new ProbeFailure('the same input gave different output');
  });
  return report(
    'core',
    options.seed,
    fc.check(property, { numRuns: options.runs, seed: options.seed }),
  );
}

/** A small valid runbook the server must keep answering hovers on between cases. */
export const WITNESS_URI = 'file:///work/fuzz/witness.runbook.yaml';
export const WITNESS_TEXT =
  'kind: runbook\ntitle: T\nsteps:\n  - id: backup\n    estimate: 30m\nwindow: { start: 2099-07-19 08:00, zone: UTC, length: 12h }\n';

/**
 * Through the server over LSP: every request on a sample of nodes, no error answer, every range
 * inside, diagnostics within the bound, and after each case a hover on the witness document.
 * The client must have the witness open.
 */
export async function fuzzServer(client: LspClient, options: FuzzOptions): Promise<FuzzReport> {
  let count = 0;
  // As for the core: the server's first analyses load zone data; warm it with the examples.
  for (const seed of exampleSeeds(options.root))
    await probeServer(client, `file:///work/fuzz/warm-${count++}-${seed.fileName}`, seed.text, {
      maxPositions: OFFSETS_PER_CASE,
    });
  const property = fc.asyncProperty(
    anyCase(exampleSeeds(options.root)),
    async ({ fileName, text }) => {
      const uri = `file:///work/fuzz/case-${count++}-${fileName}`;
      await probeServer(client, uri, text, {
        maxPositions: OFFSETS_PER_CASE,
        deadlineMs: options.boundMs,
      });
      const started = performance.now();
      const hover = await client.hover(WITNESS_URI, { line: 3, character: 10 });
      const took = performance.now() - started;
      if (!JSON.stringify(hover?.contents).includes('backup'))
        throw new ProbeFailure(`the hover on the witness document is ${JSON.stringify(hover)}`);
      if (took > options.boundMs)
        throw new ProbeFailure(
          `the hover after the case took ${Math.round(took)} ms (bound ${options.boundMs} ms)`,
        );
      if (!client.alive) throw new ProbeFailure(`the server exited: ${client.errors}`);
    },
  );
  const details = await fc.check(property, { numRuns: options.runs, seed: options.seed });
  return report('server', options.seed, details);
}

/** The report as lines for a terminal or a failing test: counts, seed, the shrunk case. */
export function reportText(r: FuzzReport): string {
  const lines = [
    `${r.name}: ${r.ran} ran, ${r.failed ? 1 : 0} failed, ${r.shrinks} shrinks, seed ${r.seed}`,
  ];
  if (r.counterexample)
    lines.push(
      `  smallest failing case (${r.counterexample.fileName}): ${JSON.stringify(r.counterexample.text)}`,
    );
  if (r.error) lines.push(`  ${r.error.split('\n').slice(0, 8).join('\n  ')}`);
  return lines.join('\n');
}
