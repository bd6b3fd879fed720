// The per-step log: `<folder>/<step id>.<phase>.<attempt>.log`, holding a command's masked output.
// A command can print gigabytes, so the log keeps the first `limit` bytes (streamed to the file as
// they come) and the last `limit` bytes (in a ring buffer, written when the command ends), with one
// line in between saying how much was dropped. Memory stays at most `limit` bytes whatever the
// output; the writes go through a write stream, so they never block the event loop.
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import type { CommandPhase } from '../core/run/run-types';

/** 1 MiB: the default size of the log's head, and of its tail. */
export const DEFAULT_LOG_LIMIT_BYTES = 1024 * 1024;

/** Longest step id kept in a log's file name: well under any file system's 255-byte limit. */
const MAX_ID_LENGTH = 100;

/**
 * The file name of a step's log. The step id is written by hand in the runbook, so anything
 * outside `[A-Za-z0-9._-]` becomes `_` (no path separators, no reserved characters on Windows)
 * and it is cut to 100 characters.
 */
export function stepLogName(stepId: string, phase: CommandPhase, attempt: number): string {
  const safe = stepId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, MAX_ID_LENGTH) || '_';
  return `${safe}.${phase}.${attempt}.log`;
}

/** Bytes at the start of `bytes` that are UTF-8 continuation bytes (the rest of a cut character). */
function continuationBytes(bytes: Buffer): number {
  let n = 0;
  while (n < bytes.length && (bytes[n] & 0xc0) === 0x80) n++;
  return n;
}

/** A bounded log file of one command's output; see the file comment. */
export class StepLog {
  private readonly stream: WriteStream;
  private headLeft: number;
  /** The tail ring; allocated only once the head is full, so a short log costs no buffer. */
  private ring: Buffer | undefined;
  private ringEnd = 0;
  private ringFull = false;
  private afterHead = 0;
  private failed = false;
  private readonly finished: Promise<void>;

  /** Opens (creates or truncates) the log file, creating its folder. */
  constructor(
    readonly path: string,
    private readonly limit: number,
  ) {
    this.headLeft = limit;
    mkdirSync(dirname(path), { recursive: true });
    this.stream = createWriteStream(path);
    this.finished = new Promise((resolve) => {
      // A log that cannot be written must not stop the command: note it and write no more.
      this.stream.on('error', () => {
        this.failed = true;
        resolve();
      });
      this.stream.on('close', () => resolve());
    });
  }

  /** Bytes held in memory for the tail: never more than the limit. */
  get retainedBytes(): number {
    return this.ring?.length ?? 0;
  }

  /** Appends masked output. */
  write(text: string): void {
    if (this.failed || text.length === 0) return;
    let bytes = Buffer.from(text, 'utf8');
    if (this.headLeft > 0) {
      let cut = Math.min(this.headLeft, bytes.length);
      // End the head on a whole character: step back over a character cut in two.
      if (cut < bytes.length) cut -= backToStart(bytes, cut);
      if (cut > 0) this.stream.write(bytes.subarray(0, cut));
      this.headLeft = cut < bytes.length ? 0 : this.headLeft - cut;
      bytes = bytes.subarray(cut);
    }
    if (bytes.length > 0) this.toRing(bytes);
  }

  private toRing(bytes: Buffer): void {
    this.afterHead += bytes.length;
    const ring = (this.ring ??= Buffer.alloc(this.limit));
    if (ring.length === 0) return;
    if (bytes.length >= ring.length) {
      bytes.copy(ring, 0, bytes.length - ring.length);
      this.ringEnd = 0;
      this.ringFull = true;
      return;
    }
    const first = Math.min(bytes.length, ring.length - this.ringEnd);
    bytes.copy(ring, this.ringEnd, 0, first);
    bytes.copy(ring, 0, first);
    if (this.ringEnd + bytes.length >= ring.length) this.ringFull = true;
    this.ringEnd = (this.ringEnd + bytes.length) % ring.length;
  }

  /** Writes the dropped-bytes line and the tail, closes the file; false when it could not be written. */
  async close(): Promise<boolean> {
    if (!this.failed && this.ring) {
      let tail = this.ringFull
        ? Buffer.concat([this.ring.subarray(this.ringEnd), this.ring.subarray(0, this.ringEnd)])
        : this.ring.subarray(0, this.ringEnd);
      let dropped = this.afterHead - tail.length;
      if (dropped > 0) {
        // Start the tail on a whole character too; the bytes skipped count as dropped.
        const skip = continuationBytes(tail);
        tail = tail.subarray(skip);
        dropped += skip;
        this.stream.write(`\n[… ${dropped.toLocaleString('en-US')} bytes of output dropped …]\n`);
      }
      this.stream.write(tail);
    }
    this.stream.end();
    await this.finished;
    return !this.failed;
  }
}

/** How many bytes before `cut` the character that `cut` falls into starts (0 on a boundary). */
function backToStart(bytes: Buffer, cut: number): number {
  let back = 0;
  while (cut - back > 0 && (bytes[cut - back] & 0xc0) === 0x80) back++;
  return back;
}
