// Run by `npm run bench` in a fresh node process (start-up.ts): loads dist/extension.js with a
// stub `vscode` module and times what VS Code awaits when it activates the extension: the load
// and `activate()` with the promise it returns. Then, apart, how long after the load began the
// extension forked the language server (over node IPC, as in VS Code): activation starts the
// client only once it has returned. Prints one JSON line: { requireMs, activateMs,
// serverForkMs } or { error }.
import childProcess, { type ChildProcess } from 'node:child_process';
import Module from 'node:module';
import { join } from 'node:path';
import { VSCODE_NAMES } from './vscode-names';

/** Any name, called, constructed or read, gives another stub; nothing is thenable. */
function stub(): unknown {
  return new Proxy(function () {}, {
    get(_target, property) {
      if (property === 'then') return undefined;
      if (property === Symbol.iterator) return function* () {};
      if (property === Symbol.toPrimitive) return () => '';
      if (property === 'length') return 0;
      return stub();
    },
    apply: () => stub(),
    construct: () => stub() as object,
    set: () => true,
    defineProperty: () => true,
  });
}

interface Extension {
  activate(context: unknown): Promise<unknown>;
}

async function main(): Promise<void> {
  const root = process.argv[2];
  const vscode: Record<string, unknown> = { version: '1.95.0' };
  for (const name of VSCODE_NAMES) vscode[name] = stub();
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })
    ._load;
  (Module as unknown as { _load: typeof load })._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
  };
  // The language client forks the server with child_process.fork: note when, and end it with the probe.
  const forked = new Promise<{ at: number; child: ChildProcess }>((resolve) => {
    const fork = childProcess.fork;
    childProcess.fork = function (this: unknown, ...args: Parameters<typeof fork>) {
      const child = fork.apply(this, args);
      resolve({ at: performance.now(), child });
      return child;
    } as typeof fork;
  });
  const loadStart = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(join(root, 'dist/extension.js')) as Extension;
  const requireMs = performance.now() - loadStart;
  const context = {
    subscriptions: [],
    asAbsolutePath: (path: string) => join(root, path),
    extensionPath: root,
    extensionUri: stub(),
    globalState: stub(),
    workspaceState: stub(),
    environmentVariableCollection: stub(),
  };
  const activateStart = performance.now();
  await extension.activate(context);
  const activateMs = performance.now() - activateStart;
  const server = await Promise.race([forked, deadline(30_000)]);
  server?.child.kill();
  const serverForkMs = server ? server.at - loadStart : null;
  console.log(JSON.stringify({ requireMs, activateMs, serverForkMs }));
  process.exit(0);
}

function deadline(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}

main().catch((error: unknown) => {
  console.log(JSON.stringify({ error: String(error instanceof Error ? error.stack : error) }));
  process.exit(0);
});
