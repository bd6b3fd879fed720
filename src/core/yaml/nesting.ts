/**
 * Nesting deeper than this is refused before the YAML parser sees it. The parser recurses once per
 * level, and near the end of the stack V8 may abort the whole process (a regular expression
 * compiled there fails as "out of memory"), which no try/catch can stop: a 10,000-deep file
 * would take the language server down. Real files nest a few levels.
 */
export const PARSE_DEPTH_LIMIT = 256;

/** Deeper nesting than this is reported, not walked: no runbook needs it and it guards the stack. */
export const MAX_DEPTH = 64;

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const DASH = 45;
const DOT = 46;
const HASH = 35;
const BACKSLASH = 92;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const OPEN_SEQ = 91;
const OPEN_MAP = 123;
const CLOSE_SEQ = 93;
const CLOSE_MAP = 125;
const COLON = 58;
const COMMA = 44;
const QUESTION = 63;
const PIPE = 124;
const GREATER = 62;
const AMPERSAND = 38;
const BANG = 33;
const STAR = 42;

/** No block scalar (a column of -1 is the top level's parent). */
const NO_SCALAR = -2;

/** What can end a plain scalar or open a level; everything else is skipped in a tight loop. */
const IN_PLAIN = new Uint8Array(65536);
for (const ch of ':?-,[]{}#\r\n') IN_PLAIN[ch.charCodeAt(0)] = 1;

const isBreak = (ch: number) => ch === LF || ch === CR;
/** Whitespace, a line break or the end of the text (NaN): what ends an indicator. */
const endsIndicator = (ch: number) =>
  ch === SPACE || ch === TAB || ch === LF || ch === CR || ch !== ch;
const isFlowIndicator = (ch: number) =>
  ch === COMMA || ch === OPEN_SEQ || ch === CLOSE_SEQ || ch === OPEN_MAP || ch === CLOSE_MAP;

/**
 * The offset where nesting first passes `limit` levels, estimated in one pass without parsing
 * and without recursion. It reads what makes a level as YAML does: a block level is an
 * indentation deeper than the one it is in (a sequence under a key at the same column counts
 * too), or a `- ` or `? ` on a line; a flow level is an unclosed `[` or `{` where a value may
 * start (anywhere inside flow). Block scalars, comments and quoted scalars (opened only where a
 * value starts, so `don't` or `b 'c` holds no quote) hold no levels. It may count a level or so
 * more than the parser makes, never fewer (test/unit/yaml/nesting.test.ts checks that against
 * the `yaml` package's own syntax tree), so a deep file is never missed and a shallow one, however
 * far indented, never refused.
 */
export function excessiveNestingAt(text: string, limit = PARSE_DEPTH_LIMIT): number | undefined {
  return new NestingScan(text, limit).run();
}

class NestingScan {
  /** Columns of the open block levels, and whether each is a `- ` entry. */
  private readonly columns: Int32Array;
  private readonly dashes: Uint8Array;
  private depth = 0;
  private flow = 0;
  private i = 0;
  private lineStart = 0;
  /**
   * Levels a block line opens past its first key: `a: b: c` nests a mapping per `: ` (an error,
   * but the parser nests it). They last until the line ends, or the flow collection opened on it.
   */
  private inline = 0;
  /** The indentation lines inside the open flow collection need (the parser's `indentNext`). */
  private flowIndentNext = 0;
  /** The last line ended inside a plain scalar, which the next line may continue (`a\n'b` is one). */
  private afterPlain = false;
  /** A block scalar's header ended a line: its parent's column, until its first content line. */
  private scalarParent = NO_SCALAR;
  /** Inside a block scalar: the indentation its content lines have. */
  private scalarIndent = NO_SCALAR;

  constructor(
    private readonly text: string,
    private readonly limit: number,
  ) {
    this.columns = new Int32Array(limit + 2);
    this.dashes = new Uint8Array(limit + 2);
  }

  run(): number | undefined {
    const { text } = this;
    const length = text.length;
    while (this.i < length) {
      this.lineStart = this.i;
      while (text.charCodeAt(this.i) === SPACE) this.i++;
      const spaces = this.i - this.lineStart;
      // Tabs are no indentation in YAML; counting them as columns only keeps more levels open.
      while (text.charCodeAt(this.i) === SPACE || text.charCodeAt(this.i) === TAB) this.i++;
      const indent = this.i - this.lineStart;
      const first = text.charCodeAt(this.i);
      const blank = this.i >= length || isBreak(first);
      if (this.flow > 0 && !blank && first !== HASH && this.endsFlow(spaces, first)) this.flow = 0;
      if (this.documentMarker()) {
        this.depth = 0;
        this.scalarParent = NO_SCALAR;
        this.scalarIndent = NO_SCALAR;
      } else if (this.scalarParent !== NO_SCALAR && !blank) {
        // A block scalar's first content line sets its indentation; one not deeper ends it at once.
        this.scalarIndent = indent > this.scalarParent ? indent : NO_SCALAR;
        this.scalarParent = NO_SCALAR;
      } else if (this.scalarIndent !== NO_SCALAR && !blank && indent < this.scalarIndent) {
        this.scalarIndent = NO_SCALAR;
      }
      const inScalar = this.scalarParent !== NO_SCALAR || this.scalarIndent !== NO_SCALAR;
      // A comment line closes no level, whatever its indentation.
      if (blank || inScalar || first === HASH) {
        this.skipLine();
        continue;
      }
      if (this.flow === 0) {
        this.inline = 0;
        if (!this.openBlockLevels(indent)) return this.i;
      }
      const found = this.scanLine();
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /**
   * Whether a line inside a flow collection ends it, as the parser decides: one indented less
   * than the collection's parent needs (but a closing bracket just left of that), or a document
   * marker. The parser then reads the line as block YAML again.
   */
  private endsFlow(spaces: number, first: number): boolean {
    if (this.documentMarker()) return true;
    if (spaces >= this.flowIndentNext) return false;
    const closing = first === CLOSE_SEQ || first === CLOSE_MAP;
    return !(closing && this.flow === 1 && spaces === this.flowIndentNext - 1);
  }

  /** `---` or `...` at the start of a line: a new document, whose levels start afresh. */
  private documentMarker(): boolean {
    const { text, lineStart } = this;
    const ch = text.charCodeAt(lineStart);
    if (this.i !== lineStart || (ch !== DASH && ch !== DOT)) return false;
    return (
      text.charCodeAt(lineStart + 1) === ch &&
      text.charCodeAt(lineStart + 2) === ch &&
      endsIndicator(text.charCodeAt(lineStart + 3))
    );
  }

  /**
   * Closes the levels a line at `indent` leaves and opens its own: the line's first node, then
   * one per `- ` or `? ` that follows on the line. A `- ` at the column of a key opens a level
   * inside it (`a:` then `- b` below at the same column). False when that passes the limit.
   */
  private openBlockLevels(indent: number): boolean {
    const { text } = this;
    const isDash = this.dashAt(this.i);
    while (this.depth > 0) {
      const column = this.columns[this.depth - 1];
      const keyOverDash = column === indent && isDash && this.dashes[this.depth - 1] === 0;
      if (column < indent || keyOverDash) break;
      this.depth--;
    }
    for (;;) {
      const dash = this.dashAt(this.i);
      if (!this.push(this.i - this.lineStart, dash)) return false;
      const question =
        text.charCodeAt(this.i) === QUESTION && endsIndicator(text.charCodeAt(this.i + 1));
      if (!dash && !question) return true;
      this.i++;
      while (text.charCodeAt(this.i) === SPACE || text.charCodeAt(this.i) === TAB) this.i++;
      if (this.i >= text.length || isBreak(text.charCodeAt(this.i))) return true;
    }
  }

  private dashAt(at: number): boolean {
    return this.text.charCodeAt(at) === DASH && endsIndicator(this.text.charCodeAt(at + 1));
  }

  private push(column: number, dash: boolean): boolean {
    if (this.depth + 1 + this.flow > this.limit) return false;
    this.columns[this.depth] = column;
    this.dashes[this.depth] = dash ? 1 : 0;
    this.depth++;
    return true;
  }

  /**
   * The column of the innermost level left of `column`, -1 at the top: the parent of a value
   * starting there, whose lines must be indented past it (as the parser's `indentNext`).
   */
  private parentColumn(column: number): number {
    for (let level = this.depth - 1; level >= 0; level--)
      if (this.columns[level] < column) return this.columns[level];
    return -1;
  }

  private skipLine(): void {
    const { text } = this;
    while (this.i < text.length && !isBreak(text.charCodeAt(this.i))) this.i++;
    this.skipBreak();
  }

  private skipBreak(): void {
    if (this.text.charCodeAt(this.i) === CR) this.i++;
    if (this.text.charCodeAt(this.i) === LF) this.i++;
  }

  /**
   * Reads the rest of a line from `i`: flow brackets, quotes (which may run over several lines),
   * comments, a block scalar's header. Ends after the line break; answers the offset past the
   * limit, if any.
   */
  private scanLine(): number | undefined {
    const { text } = this;
    const length = text.length;
    let valueStarts = true;
    let indicators = 0;
    // A quote or `|` opening a line that may continue a plain scalar is read as plain: scanning
    // what it would hold can only count more.
    let mayContinue = this.afterPlain;
    this.afterPlain = false;
    while (this.i < length) {
      if (!valueStarts) {
        // Inside a plain scalar: on to the next character that can end it or open a level.
        let at = this.i;
        while (at < length && IN_PLAIN[text.charCodeAt(at)] === 0) at++;
        this.i = at;
        if (at >= length) break;
      }
      const ch = text.charCodeAt(this.i);
      const opensLine = mayContinue;
      if (ch !== SPACE && ch !== TAB) mayContinue = false;
      switch (ch) {
        case LF:
        case CR:
          this.afterPlain = !valueStarts;
          this.skipBreak();
          return undefined;
        case SPACE:
        case TAB:
          this.i++;
          continue;
        case HASH: {
          const previous = this.i === 0 ? LF : text.charCodeAt(this.i - 1);
          if (previous === SPACE || previous === TAB || isBreak(previous)) {
            this.skipLine();
            return undefined;
          }
          break;
        }
        case DOUBLE_QUOTE:
        case SINGLE_QUOTE:
          if (valueStarts && !opensLine) {
            this.skipQuoted(ch, this.parentColumn(this.i - this.lineStart) + 1);
            continue;
          }
          break;
        case PIPE:
        case GREATER:
          if (valueStarts && !opensLine && this.flow === 0 && this.blockScalarHeader()) {
            this.scalarParent = this.parentColumn(this.i - this.lineStart);
            this.skipLine();
            return undefined;
          }
          break;
        case AMPERSAND:
        case BANG:
        case STAR:
          if (valueStarts) {
            // An anchor or a tag goes before a value; an alias is one, after which the parser
            // reads on for another (an error). Either way a value may start after it.
            this.skipName(ch === STAR);
            continue;
          }
          break;
        case OPEN_SEQ:
        case OPEN_MAP:
          if (valueStarts || this.flow > 0) {
            if (this.flow === 0)
              this.flowIndentNext = this.parentColumn(this.i - this.lineStart) + 1;
            if (this.depth + this.inline + ++this.flow > this.limit) return this.i;
            valueStarts = true;
            this.i++;
            continue;
          }
          break;
        case CLOSE_SEQ:
        case CLOSE_MAP:
          // Outside flow a closing bracket is an error, after which the parser reads a value again.
          if (this.flow > 0) this.flow--;
          valueStarts = true;
          this.i++;
          continue;
        case COMMA:
          if (this.flow > 0) {
            valueStarts = true;
            this.i++;
            continue;
          }
          break;
        case COLON:
        case QUESTION:
        case DASH: {
          const next = text.charCodeAt(this.i + 1);
          if (endsIndicator(next) || (this.flow > 0 && isFlowIndicator(next))) {
            // In block YAML every further indicator on a line may nest (`a: b: c`); in flow
            // only one where a value starts (`[? ? a`), as `{a: 1, b: 2}` nests nothing.
            if (this.flow === 0 ? ++indicators > 1 : valueStarts) {
              if (this.depth + ++this.inline + this.flow > this.limit) return this.i;
            }
            valueStarts = true;
            this.i++;
            continue;
          }
          break;
        }
      }
      valueStarts = false;
      this.i++;
    }
    return undefined;
  }

  /** Past an anchor or tag name (to whitespace), or an alias's (to a flow indicator too). */
  private skipName(alias: boolean): void {
    const { text } = this;
    const length = text.length;
    while (this.i < length) {
      const ch = text.charCodeAt(this.i);
      if (endsIndicator(ch) || (alias && isFlowIndicator(ch))) return;
      this.i++;
    }
  }

  /**
   * `|` or `>`, a chomping sign, then nothing or a comment. A header with an indentation digit
   * (`|2`) is left unread: its content is then scanned like any line, which can only count more.
   */
  private blockScalarHeader(): boolean {
    const { text } = this;
    let at = this.i + 1;
    if (text.charCodeAt(at) === 43 /* + */ || text.charCodeAt(at) === DASH) at++;
    if (!endsIndicator(text.charCodeAt(at))) return false;
    while (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB) at++;
    const next = text.charCodeAt(at);
    return next !== next || isBreak(next) || next === HASH;
  }

  /**
   * Past a quoted scalar, from its opening quote over line breaks to its closing quote, as the
   * parser reads it: it also ends before a line indented less than `indentNext` (unless blank)
   * or a document marker.
   */
  private skipQuoted(quote: number, indentNext: number): void {
    const { text } = this;
    const length = text.length;
    for (this.i++; this.i < length; this.i++) {
      const ch = text.charCodeAt(this.i);
      // An escaped line break still starts a line the parser checks for indentation.
      if (ch === BACKSLASH && quote === DOUBLE_QUOTE && !isBreak(text.charCodeAt(this.i + 1)))
        this.i++;
      else if (ch === quote) {
        if (quote !== SINGLE_QUOTE || text.charCodeAt(this.i + 1) !== SINGLE_QUOTE) {
          this.i++;
          return;
        }
        this.i++;
      } else if (ch === LF && this.endsQuoted(this.i + 1, indentNext)) {
        return;
      }
    }
  }

  /** Whether the line starting at `at` ends a quoted scalar that needs `indentNext`. */
  private endsQuoted(at: number, indentNext: number): boolean {
    const { text } = this;
    let indent = 0;
    while (text.charCodeAt(at + indent) === SPACE) indent++;
    const ch = text.charCodeAt(at + indent);
    if (isBreak(ch) || ch !== ch) return false;
    if (indent < indentNext) return true;
    const mark = text.charCodeAt(at);
    return (
      indent === 0 &&
      (mark === DASH || mark === DOT) &&
      text.charCodeAt(at + 1) === mark &&
      text.charCodeAt(at + 2) === mark &&
      endsIndicator(text.charCodeAt(at + 3))
    );
  }
}
