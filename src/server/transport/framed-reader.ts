import {
  AbstractMessageReader,
  Disposable,
  type DataCallback,
  type Message,
  type MessageReader,
} from 'vscode-languageserver/node';

/** A header block longer than this is not a header: the bytes are not LSP. */
const MAX_HEADER_BYTES = 4096;
/** Above this a body could not even be held as a string (V8's limit is about 512 MiB). */
const MAX_BODY_BYTES = 512 * 1024 * 1024;
const CR = 0x0d;
const LF = 0x0a;

/** What the reader tells the server about bytes it cannot take. */
export interface FramingEvents {
  /** The framing is broken (the stream cannot be followed any more); the reader stops here. */
  framingError(reason: string): void;
  /** A well-framed body that is not JSON: the message is lost, the stream goes on. */
  parseError(reason: string): void;
}

/**
 * Reads LSP's base protocol from a byte stream, strictly: header lines of printable ASCII ending
 * in CRLF, a `Content-Length` of digits, an optional UTF-8 `Content-Type`, then the body. The
 * library's own reader waits forever on an LF-only header and drops the connection silently on a
 * missing length; this one says what was wrong (`framingError`) and stops, so that the server can
 * exit and the editor start a new one. A body that is not JSON is a `parseError`: the framing
 * still holds, so the server answers -32700 and reads on.
 */
export class FramedReader extends AbstractMessageReader implements MessageReader {
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  /** How many bytes of the header have been checked (the header is scanned once, as it arrives). */
  private headerScanned = 0;
  private bodyLength: number | undefined;
  private broken = false;
  private callback: DataCallback | undefined;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    private readonly events: FramingEvents,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer) => this.onData(chunk);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onClose);
    this.readable.on('close', onClose);
    return Disposable.create(() => {
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('end', onClose);
      this.readable.off('close', onClose);
    });
  }

  private onData(chunk: Buffer): void {
    if (this.broken) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.bodyLength === undefined && !this.readHeader()) return;
      if (this.bodyLength === undefined || this.buffered < this.bodyLength) return;
      const body = this.take(this.bodyLength);
      this.bodyLength = undefined;
      this.deliver(body);
      if (this.broken) return;
    }
  }

  /** Reads the header when all of it is here; false when more bytes are needed or it is broken. */
  private readHeader(): boolean {
    if (this.buffered === 0) return false;
    const bytes = this.peek(Math.min(this.buffered, MAX_HEADER_BYTES));
    for (let i = this.headerScanned; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte === LF && (i === 0 || bytes[i - 1] !== CR))
        return this.fail('a header line ends with LF alone; LSP header lines end with CRLF');
      if (byte === CR && i + 1 < bytes.length && bytes[i + 1] !== LF)
        return this.fail('a CR in the header is not followed by LF');
      if (byte !== CR && byte !== LF && (byte < 0x20 || byte > 0x7e))
        return this.fail(
          `byte 0x${byte.toString(16).padStart(2, '0')} where a header was expected (headers are ASCII text)`,
        );
      if (byte === LF && i >= 3 && bytes[i - 2] === LF) return this.parseHeader(this.take(i + 1));
    }
    // The last byte again next time: a CR there is checked once the byte after it arrives.
    this.headerScanned = Math.max(0, bytes.length - 1);
    if (bytes.length >= MAX_HEADER_BYTES)
      return this.fail(`no end of header (an empty line) within ${MAX_HEADER_BYTES} bytes`);
    return false;
  }

  private parseHeader(header: Buffer): boolean {
    this.headerScanned = 0;
    let length: number | undefined;
    // The block ends with CRLF CRLF: the last two "lines" are empty.
    for (const line of header.toString('ascii').split('\r\n').slice(0, -2)) {
      const match = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
      if (!match)
        return this.fail(
          `the header line ${JSON.stringify(line.slice(0, 60))} is not "Name: value"`,
        );
      const [, name, value] = match;
      if (name.toLowerCase() === 'content-length') {
        if (length !== undefined) return this.fail('Content-Length is given twice');
        if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_BODY_BYTES)
          return this.fail(
            `Content-Length ${JSON.stringify(value)} is not a number of bytes up to ${MAX_BODY_BYTES}`,
          );
        length = Number(value);
      } else if (name.toLowerCase() === 'content-type') {
        const charset = /;\s*charset=["']?([^"';\s]+)/i.exec(value)?.[1]?.toLowerCase();
        if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
          return this.fail(`charset ${charset} is not supported (only utf-8)`);
      }
    }
    if (length === undefined) return this.fail('the header has no Content-Length');
    this.bodyLength = length;
    return true;
  }

  private deliver(body: Buffer): void {
    const text = body.toString('utf8');
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch (error) {
      // A raw header line in a body that is not JSON: the Content-Length was too long and the
      // body swallowed the next message, so the framing is lost.
      if (/Content-Length:[ \t]*\d+\r\n/i.test(text)) {
        this.fail('a body runs into the next message: its Content-Length is too long');
        return;
      }
      this.events.parseError(
        `The message body is not JSON (${error instanceof Error ? error.message : String(error)}).`,
      );
      return;
    }
    this.callback?.(message as Message);
  }

  private fail(reason: string): false {
    this.broken = true;
    this.chunks.length = 0;
    this.buffered = 0;
    this.events.framingError(reason);
    return false;
  }

  /** The first `count` buffered bytes, left in place (at most a header's size: joining them is cheap). */
  private peek(count: number): Buffer {
    let joined = 1;
    for (let size = this.chunks[0].length; size < count; joined++)
      size += this.chunks[joined].length;
    if (joined > 1) this.chunks.splice(0, joined, Buffer.concat(this.chunks.slice(0, joined)));
    return this.chunks[0].subarray(0, count);
  }

  /** Removes and returns the first `count` buffered bytes. */
  private take(count: number): Buffer {
    const parts: Buffer[] = [];
    let needed = count;
    while (needed > 0) {
      const first = this.chunks[0];
      if (first.length <= needed) {
        parts.push(first);
        this.chunks.shift();
        needed -= first.length;
      } else {
        parts.push(first.subarray(0, needed));
        this.chunks[0] = first.subarray(needed);
        needed = 0;
      }
    }
    this.buffered -= count;
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }
}
