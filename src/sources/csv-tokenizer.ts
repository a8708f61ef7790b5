// Splits decoded CSV text into records of cells, chunk by chunk, as RFC 4180 reads them:
// quoted cells may hold delimiters, doubled quotes and line breaks. Line ends may be CRLF,
// LF or CR, mixed in one file (Google Ads ends its title lines in LF and its rows in CRLF).
// Each record carries the line it starts on, for errors a user can find in an editor.

export interface CsvRecord {
  /** The physical line (1-based) the record starts on. */
  line: number;
  cells: string[];
  /** What is malformed about the record's quoting, if anything. */
  problem?: string;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

// States between characters.
const CELL_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;
const AFTER_QUOTED = 4;

// A record this long is not a row: a quote was never closed, or the file is not a CSV.
// Checked between chunks, which keeps memory bounded whatever the file holds.
export const LONGEST_RECORD = 1_048_576;

export const UNTERMINATED_QUOTE =
  "a quote opened on this line is never closed (unterminated quote), so the rest of the file " +
  "would be one cell";
const TEXT_AFTER_QUOTE =
  'text follows the closing quote of a cell; a quote inside a quoted cell is written twice ("")';

export class CsvTokenizer {
  /** Set when a record outgrows LONGEST_RECORD; the tokenizer then takes no more text. */
  runaway: CsvRecord | undefined;
  private readonly delimiter: number;
  private state = CELL_START;
  private cells: string[] = [];
  private cell = "";
  private currentLine: number;
  private recordLine: number;
  private lastWasCR = false;
  private problem: string | undefined;

  /** The line the next character is on. */
  get line(): number {
    return this.currentLine;
  }

  /** `firstLine` is the line number of the first character of the text pushed. */
  constructor(delimiter: string, firstLine = 1) {
    this.delimiter = delimiter.charCodeAt(0);
    this.currentLine = firstLine;
    this.recordLine = firstLine;
  }

  /** The records completed by `text`; an unfinished one waits for the next push. */
  push(text: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    if (this.runaway) return records;
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (this.state === QUOTED) {
        i = this.scanQuoted(text, i);
        continue;
      }
      if (this.state === QUOTE_IN_QUOTED) {
        if (text.charCodeAt(i) === QUOTE) {
          this.cell += '"';
          this.state = QUOTED;
          this.lastWasCR = false;
          i++;
        } else {
          this.state = AFTER_QUOTED;
        }
        continue;
      }
      if (this.state === CELL_START && text.charCodeAt(i) === QUOTE) {
        this.state = QUOTED;
        this.lastWasCR = false;
        i++;
        continue;
      }
      i = this.scanUnquoted(text, i);
      if (i === n) break;
      const c = text.charCodeAt(i++);
      if (c === this.delimiter) {
        this.cells.push(this.cell);
        this.cell = "";
        this.state = CELL_START;
        this.lastWasCR = false;
      } else if (c === LF && this.lastWasCR) {
        // The LF of a CRLF whose CR already ended the record.
        this.lastWasCR = false;
      } else {
        this.currentLine++;
        this.lastWasCR = c === CR;
        this.endRecord(records);
      }
    }
    this.checkLength();
    return records;
  }

  /** The last record of a file without a final line break, or its unterminated quote. */
  end(): CsvRecord[] {
    const records: CsvRecord[] = [];
    if (this.runaway) return records;
    if (this.state === QUOTED) {
      records.push({ line: this.recordLine, cells: [], problem: UNTERMINATED_QUOTE });
    } else if (this.state !== CELL_START || this.cells.length > 0) {
      this.endRecord(records);
    }
    return records;
  }

  /** Cell text up to a delimiter or line end; returns where it stopped. */
  private scanUnquoted(text: string, from: number): number {
    const d = this.delimiter;
    let i = from;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === d || c === CR || c === LF) break;
      i++;
    }
    if (i > from) {
      if (this.state === AFTER_QUOTED) this.problem ??= TEXT_AFTER_QUOTE;
      else this.state = UNQUOTED;
      // A quote inside an unquoted cell is kept as written (`28" wheel`), as spreadsheets do.
      this.cell += text.slice(from, i);
      this.lastWasCR = false;
    }
    return i;
  }

  /** Quoted cell text up to the next quote, counting the line breaks inside it. */
  private scanQuoted(text: string, from: number): number {
    let i = from;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === LF) {
        if (!this.lastWasCR) this.currentLine++;
        this.lastWasCR = false;
      } else if (c === CR) {
        this.currentLine++;
        this.lastWasCR = true;
      } else {
        this.lastWasCR = false;
      }
      i++;
    }
    this.cell += text.slice(from, i);
    if (i < text.length) {
      this.state = QUOTE_IN_QUOTED;
      this.lastWasCR = false;
      i++;
    }
    return i;
  }

  private endRecord(records: CsvRecord[]): void {
    const cells = this.cells;
    cells.push(this.cell);
    if (!isBlank(cells)) {
      const record: CsvRecord = { line: this.recordLine, cells };
      if (this.problem !== undefined) record.problem = this.problem;
      records.push(record);
    }
    this.cells = [];
    this.cell = "";
    this.state = CELL_START;
    this.problem = undefined;
    this.recordLine = this.currentLine;
  }

  private checkLength(): void {
    let length = this.cell.length;
    for (const cell of this.cells) length += cell.length;
    if (length <= LONGEST_RECORD) return;
    const problem =
      this.state === QUOTED
        ? UNTERMINATED_QUOTE
        : "this line is longer than 1 MiB: the file is not a CSV export, or is damaged";
    this.runaway = { line: this.recordLine, cells: [], problem };
  }
}

/** Empty lines, and rows of nothing but delimiters (Excel writes `;;;;` for an empty row). */
function isBlank(cells: readonly string[]): boolean {
  const first = cells[0]!;
  if (first.length > 0 && first.charCodeAt(0) > 32) return false;
  return cells.every((cell) => cell.trim() === "");
}
