/** Where a run of the CLI writes, and the folder it runs in. */
export interface CliIo {
  /**
   * Receives stdout's text as the process would write it, newlines included, in pieces. When it
   * returns a promise, the CLI waits for it before writing more (backpressure); a promise that
   * rejects with OutputClosed ends the command (the reader went away).
   */
  stdout: (text: string) => unknown;
  stderr: (text: string) => unknown;
  /** The current directory: relative paths, and the workspace a `runbook:` link must stay in. Default: the process's. */
  cwd?: string;
  /** For `run`: the environment commands get (default: the process's). */
  env?: NodeJS.ProcessEnv;
  /** For `run`: true when a person is at a terminal to answer (stdin and stderr are TTYs). */
  interactive?: boolean;
  stdin?: NodeJS.ReadableStream;
  /** Where prompts go (stderr, so that stdout stays the run's output). */
  stderrStream?: NodeJS.WritableStream;
  /** For `run`: hands over a Ctrl-C handler while a run is on (undefined takes it back). */
  onSigint?: (handler: (() => void) | undefined) => void;
}
