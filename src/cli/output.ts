import { inertText } from '../core/text/inert-text';
import { jsonChunks } from './json-chunks';

/** The most characters handed to a stream at once: a large output goes out in pieces, never whole. */
const CHUNK = 64 * 1024;

/**
 * Where the CLI prints: stdout or stderr of the process (or a test's buffer). Every text goes out
 * with its control characters made visible (`inertText`: an ESC in a step id prints as `\u001b`),
 * in pieces of at most 64 K characters, and each write waits while the reader is behind.
 */
export class Output {
  constructor(private readonly write: (text: string) => unknown) {}

  /** One line; a newline is added. */
  async line(text: string): Promise<void> {
    await this.text(`${text}\n`);
  }

  /** Lines one by one, so that a long list is never joined into one string. */
  async lines(lines: Iterable<string>): Promise<void> {
    for (const line of lines) await this.line(line);
  }

  /** A value as `JSON.stringify(value, null, 2)` would print it, and a newline, written as it is made. */
  async json(value: unknown): Promise<void> {
    let pending = '';
    for (const chunk of jsonChunks(value)) {
      pending += chunk;
      if (pending.length >= CHUNK) {
        await this.text(pending);
        pending = '';
      }
    }
    await this.text(`${pending}\n`);
  }

  /** Text as it is, in pieces. */
  async text(text: string): Promise<void> {
    for (let start = 0; start < text.length;) {
      let end = Math.min(start + CHUNK, text.length);
      // A surrogate pair split between two writes would reach the stream as two broken halves.
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      // A CRLF split between two writes would leave a lone CR to be escaped.
      if (end < text.length && text.charCodeAt(end - 1) === 13 && end - 1 > start) end--;
      const written = this.write(inertText(text.slice(start, end)));
      if (written instanceof Promise) await written;
      start = end;
    }
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
