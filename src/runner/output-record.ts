// What the outcome of a command tells about its output without the log: how many bytes it
// printed and how it ended, so a failure can be shown (and journalled) in a few lines.

/** Characters of output kept for the outcome's `outputTail`. */
export const OUTPUT_TAIL_CHARS = 2048;

/** Counts a command's masked output and keeps its last {@link OUTPUT_TAIL_CHARS} characters. */
export class OutputRecord {
  private bytes = 0;
  private tail = '';

  /** Adds a piece of masked output. */
  add(text: string): void {
    this.bytes += Buffer.byteLength(text, 'utf8');
    // Only the last characters are kept, so each piece costs its own length and no more.
    this.tail =
      text.length >= OUTPUT_TAIL_CHARS
        ? text.slice(-OUTPUT_TAIL_CHARS)
        : (this.tail + text).slice(-OUTPUT_TAIL_CHARS);
  }

  /** The outcome's `outputBytes` and `outputTail`. */
  summary(): { outputBytes: number; outputTail: string } {
    // Do not start the tail with the second half of a character cut in two.
    const tail = /^[\uDC00-\uDFFF]/.test(this.tail) ? this.tail.slice(1) : this.tail;
    return { outputBytes: this.bytes, outputTail: tail };
  }
}
