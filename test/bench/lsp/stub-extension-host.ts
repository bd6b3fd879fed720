// A stand-in for VS Code's extension host, enough to load dist/extension.js and activate it in a
// plain node process: a stub `vscode` module (any name, called, constructed or read, gives
// another stub) and a stub extension context. Used by the activation probe.
import childProcess, { type ChildProcess, type ForkOptions } from 'node:child_process';
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

export interface Extension {
  activate(context: unknown): Promise<unknown>;
}

type Load = (request: string, ...rest: unknown[]) => unknown;

/** From now on, `require('vscode')` gives the stub; returns what undoes it. */
export function stubVscode(): () => void {
  const vscode: Record<string, unknown> = { version: '1.95.0' };
  for (const name of VSCODE_NAMES) vscode[name] = stub();
  // Paths made from the context's storage folders are real paths: the client passes one to the server.
  const uri = vscode.Uri as Record<string, unknown>;
  vscode.Uri = new Proxy(uri, {
    get: (target, property) =>
      property === 'joinPath'
        ? (base: { fsPath: unknown }, ...parts: string[]) =>
            typeof base.fsPath === 'string' ? { fsPath: join(base.fsPath, ...parts) } : stub()
        : target[property as string],
  });
  const loader = Module as unknown as { _load: Load };
  const load = loader._load;
  loader._load = function (this: unknown, request, ...rest) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
  };
  return () => (loader._load = load);
}

/** Where the stub context's global storage is, under the extension's root (build output). */
export const STORAGE_IN_ROOT = 'out/activation-probe/global-storage';

/** An extension context for the extension at `root`. */
export function stubContext(root: string): unknown {
  return {
    subscriptions: [],
    asAbsolutePath: (path: string) => join(root, path),
    extensionPath: root,
    extensionUri: stub(),
    globalStorageUri: { fsPath: join(root, STORAGE_IN_ROOT) },
    globalState: stub(),
    workspaceState: stub(),
    environmentVariableCollection: stub(),
  };
}

/** A process forked with child_process.fork: when, with which options. */
export interface Forked {
  at: number;
  child: ChildProcess;
  options: ForkOptions | undefined;
}

/** The next child_process.fork (the language client forks the server with it); returns what undoes the watch. */
export function nextFork(): { forked: Promise<Forked>; restore(): void } {
  const fork = childProcess.fork;
  const forked = new Promise<Forked>((resolve) => {
    childProcess.fork = function (this: unknown, ...args: unknown[]) {
      const child = (fork as (...a: unknown[]) => ChildProcess).apply(this, args);
      const options = args.find(
        (arg): arg is ForkOptions => typeof arg === 'object' && arg !== null && !Array.isArray(arg),
      );
      resolve({ at: performance.now(), child, options });
      return child;
    };
  });
  return { forked, restore: () => (childProcess.fork = fork) };
}
