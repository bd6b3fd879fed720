/** The reader went away (`runbook lint … | head -1`) or the stream failed: nothing more can be written. */
export class OutputClosed extends Error {
  constructor(
    readonly stream: string,
    readonly code: string | undefined,
  ) {
    super(`cannot write to ${stream}${code ? `: ${code}` : ''}`);
  }
}

/**
 * A write function for a process stream that respects backpressure: when `write()` says the
 * stream's buffer is full, the returned promise waits for 'drain'. A stream error (EPIPE when the
 * reader closed early, ENOBUFS) is caught here, never thrown as an unhandled 'error' event, and
 * makes this and every later write reject with OutputClosed.
 */
export function streamWriter(
  stream: NodeJS.WritableStream,
  name: string,
): (text: string) => Promise<void> {
  const state: { closed?: OutputClosed } = {};
  let waiting: Array<() => void> = [];
  const wake = () => {
    const waiters = waiting;
    waiting = [];
    for (const resume of waiters) resume();
  };
  stream.on('error', (error: NodeJS.ErrnoException) => {
    state.closed ??= new OutputClosed(name, error.code);
    wake();
  });
  stream.on('drain', wake);
  const check = () => {
    if (state.closed) throw state.closed;
  };
  return async (text) => {
    check();
    if (stream.write(text)) return;
    // A stream destroyed by an earlier failure sends no 'drain': waiting would never end.
    if ((stream as { destroyed?: boolean }).destroyed)
      state.closed ??= new OutputClosed(name, undefined);
    check();
    await new Promise<void>((resume) => waiting.push(resume));
    check();
  };
}
