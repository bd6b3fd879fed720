/**
 * Where comments and blank lines after a collection's last value end up decides where the `yaml`
 * package ends that collection (a collection ends where its last value's trailing tokens end).
 * Its parser hands those lines out as follows, and this class replays it:
 * - a comment line indented deeper than the innermost open collection, with only blank lines
 *   since the last value, is appended to that value (if it is a plain, quoted or flow value:
 *   a block scalar takes no comments), stretching it to the end of that line;
 * - every other blank or comment line, and the indentation of the next content line, waits as
 *   the start of the next entry; when content at a lesser indentation closes a collection, that
 *   collection keeps the waiting lines (and ends where the content starts) if one of their
 *   comments is indented at least as deep as the collection and the collection is not at
 *   column 0; otherwise they pass on to the collection around it.
 * Lines after an empty entry (`key:`, `-`) belong to that entry instead; Frame.pending handles them.
 */
export class Trivia {
  /** Where the innermost collection's last value ends, trailing tokens the `yaml` package gives it included. */
  lastValueEnd = 0;
  /** Whether that value takes indented comments (plain, quoted and flow values do). */
  private attachable = false;
  /** Blank or comment lines (or indentation) are waiting for the next entry. */
  private waiting = false;
  /** One of them is a comment. */
  private comment = false;
  /** The deepest indentation of a waiting comment. */
  private deepestComment = -1;

  /** A value was read on a line; the lines after it start afresh. */
  afterValue(end: number, attachable: boolean): void {
    this.lastValueEnd = end;
    this.attachable = attachable;
    this.clear();
  }

  /** A blank or comment line at `indent`, under a collection at `collectionIndent`; `next` is where the line after it starts. */
  line(indent: number, isComment: boolean, collectionIndent: number, next: number): void {
    if (isComment && !this.comment && indent > collectionIndent && this.attachable) {
      this.lastValueEnd = next;
      this.clear();
      return;
    }
    this.waiting = true;
    if (isComment) {
      this.comment = true;
      if (indent > this.deepestComment) this.deepestComment = indent;
    }
  }

  /** Whether any line is waiting; content then starts the next entry. */
  holdsTokens(): boolean {
    return this.waiting;
  }

  /** The waiting lines become the start of a new entry; returns whether they held a comment. */
  takeStart(): boolean {
    const comment = this.comment;
    this.clear();
    return comment;
  }

  /**
   * A collection at `indent` closes because of content at `contentStart`; `end` is where its
   * last value ends. Returns where the collection's trailing tokens end: `contentStart` if it
   * keeps the waiting lines, else `end`.
   */
  closeCollection(indent: number, end: number, contentStart: number): number {
    if (this.comment && indent !== 0 && this.deepestComment >= indent) {
      this.clear();
      return contentStart;
    }
    return end;
  }

  private clear(): void {
    this.waiting = false;
    this.comment = false;
    this.deepestComment = -1;
  }
}
