// `npm run fuzz [-- --runs N] [-- --seed S]`: N cases (100,000 by default) through the core and a
// twentieth of them through the server, each call bound to one second. Prints how many ran,
// failed and shrank, the seed, and the smallest failing case; exits 1 on a failure.
import { resolve } from 'node:path';
import { LspClient } from '../lsp/lsp-client';
import { fuzzCore, fuzzServer, reportText, WITNESS_TEXT, WITNESS_URI } from './fuzz-run';

function option(args: readonly string[], name: string): number | undefined {
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  const text = args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`--${name} needs a whole number, not ${text}`);
  return value;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const runs = option(args, 'runs') ?? 100_000;
  const seed = option(args, 'seed') ?? Date.now() % 2 ** 31;
  const root = resolve(__dirname, '../../..');
  const boundMs = 1000;
  console.log(
    `fuzz: ${runs} cases through the core, ${Math.ceil(runs / 20)} through the server, seed ${seed}`,
  );
  const core = fuzzCore({ runs, seed, boundMs, root });
  console.log(reportText(core));
  const client = await LspClient.start({}, undefined, { now: '2026-07-01T12:00:00Z' });
  await client.open(WITNESS_URI, WITNESS_TEXT);
  await client.diagnosticsFor(WITNESS_URI);
  const server = await fuzzServer(client, { runs: Math.ceil(runs / 20), seed, boundMs, root });
  await client.stop();
  console.log(reportText(server));
  return core.failed || server.failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
