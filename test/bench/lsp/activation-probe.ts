// Run by `npm run bench` in a fresh node process (start-up.ts): loads dist/extension.js with a
// stub `vscode` module and times what VS Code awaits when it activates the extension: the load
// and `activate()` with the promise it returns. Then, apart, how long after the load began the
// extension forked the language server (over node IPC, as in VS Code): activation starts the
// client only once it has returned. Prints one JSON line: { requireMs, activateMs,
// serverForkMs, server: { args, execArgv, env } } or { error }.
import { join } from 'node:path';
import { SERVER_ENV } from '../../../src/protocol/server-process';
import { nextFork, stubContext, stubVscode, type Extension } from './stub-extension-host';

async function main(): Promise<void> {
  const root = process.argv[2];
  stubVscode();
  // The language client forks the server with child_process.fork: note when, and end it with the probe.
  const { forked } = nextFork();
  const loadStart = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(join(root, 'dist/extension.js')) as Extension;
  const requireMs = performance.now() - loadStart;
  const context = stubContext(root);
  const activateStart = performance.now();
  await extension.activate(context);
  const activateMs = performance.now() - activateStart;
  const server = await Promise.race([forked, deadline(30_000)]);
  server?.child.kill();
  const serverForkMs = server ? server.at - loadStart : null;
  // What the server was forked with: test/lsp/server-process.test.ts reads it.
  const server_ = server && {
    args: server.child.spawnargs,
    execArgv: server.options?.execArgv,
    // Only the variables SERVER_ENV names: the rest of the environment is none of the test's business.
    env: Object.fromEntries(
      Object.keys(SERVER_ENV).map((name) => [name, server.options?.env?.[name] ?? null]),
    ),
  };
  console.log(JSON.stringify({ requireMs, activateMs, serverForkMs, server: server_ }));
  process.exit(0);
}

function deadline(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}

main().catch((error: unknown) => {
  console.log(JSON.stringify({ error: String(error instanceof Error ? error.stack : error) }));
  process.exit(0);
});
