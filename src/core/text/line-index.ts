/** 1-based line and column of an offset (columns count UTF-16 code units, as VS Code does). */
export interface LineColumn {
  line: number;
  column: number;
}

/** Maps offsets to lines and columns with a binary search over line starts. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    // Most texts have no \r: finding each \n natively is several times faster than reading every
    // character, and a new analysis (each keystroke) indexes its text again on first use.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) this.lineStarts.push(i + 1);
      else if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  at(offset: number): LineColumn {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset of the start of the 0-based line `line`. */
  lineStart(line: number): number {
    return this.lineStarts[line];
  }

  /** The 0-based line `line` without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line];
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}
