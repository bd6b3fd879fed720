// Run by `npm run bench` in a fresh node process (activation.ts): loads dist/extension.js with a
// stub `vscode` module and times the load and `activate()`, which starts the server over node
// IPC as in VS Code. Prints one JSON line: { requireMs, activateMs } or { error }.
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
  console.log(JSON.stringify({ requireMs, activateMs: performance.now() - activateStart }));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.log(JSON.stringify({ error: String(error instanceof Error ? error.stack : error) }));
  process.exit(0);
});
