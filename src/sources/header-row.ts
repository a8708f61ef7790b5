// Where an export's header row is, and which delimiter it uses. Exports may start with
// title lines (Google Ads writes the report name and date range; GA4 a block of comments),
// so the header is the first of the leading lines that a known source's columns fit, split
// by `,`, `;` (Danish Excel) or a tab (Google Ads "Excel CSV").

import { CsvTokenizer } from "./csv-tokenizer.ts";
import { columnName, type Language } from "./recognition.ts";
import {
  describeHeaders,
  type KnownSource,
  recogniseSource,
  type SourceRecognition,
} from "./registry.ts";
import type { ColumnBinding } from "./row-reader.ts";

export const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const LINES_SEARCHED = 50;

export interface HeaderRow {
  /** Its line number (1-based) and where it starts in the text. */
  line: number;
  offset: number;
  delimiter: Delimiter;
  cells: string[];
}

export type HeaderSearch =
  | {
      ok: true;
      header: HeaderRow;
      source: KnownSource;
      bindings: ColumnBinding[];
      language: Language;
    }
  | { ok: false; error: { line?: number; column?: string; message: string } };

interface Line {
  text: string;
  offset: number;
  number: number;
}

/** The first lines of `text`; the last one only if `complete` or a line break ends it. */
function leadingLines(text: string, complete: boolean): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  while (offset < text.length && lines.length < LINES_SEARCHED) {
    let end = offset;
    while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
    if (end === text.length && !complete) break;
    lines.push({ text: text.slice(offset, end), offset, number: lines.length + 1 });
    offset = text[end] === "\r" && text[end + 1] === "\n" ? end + 2 : end + 1;
  }
  return lines;
}

function cellsOf(line: string, delimiter: Delimiter): string[] {
  const tokenizer = new CsvTokenizer(delimiter);
  return [...tokenizer.push(line), ...tokenizer.end()][0]?.cells ?? [];
}

/**
 * The header row of `text` (the start of a file; `complete` when it is all of it) and the
 * source it belongs to among `sources`. `chosen` says the user named the one source.
 */
export function findHeader(
  text: string,
  options: { complete: boolean; sources: readonly KnownSource[]; chosen: boolean },
): HeaderSearch {
  let near: { line: number; recognition: Extract<SourceRecognition, { ok: false }> } | undefined;
  let widest: string[] = [];
  const lines = leadingLines(text, options.complete);
  const cut = options.complete ? cutInComments(lines) : undefined;
  if (cut) return { ok: false, error: cut };
  for (const line of lines) {
    for (const delimiter of DELIMITERS) {
      const cells = cellsOf(line.text, delimiter);
      if (cells.length < 2) continue;
      if (cells.length > widest.length) widest = cells;
      const recognition = recogniseSource(cells, options.sources);
      if (recognition.ok) {
        const header = { line: line.number, offset: line.offset, delimiter, cells };
        const { source, bindings, language } = recognition;
        return { ok: true, header, source, bindings, language };
      }
      if (near === undefined && recognition.problem !== "unknown") {
        near = { line: line.number, recognition };
      }
    }
  }
  if (near) {
    const { column, message } = near.recognition;
    return { ok: false, error: { line: near.line, message, ...(column ? { column } : {}) } };
  }
  return { ok: false, error: { message: notFound(widest, options) } };
}

/**
 * A file that is nothing but a block of `#` comment lines (GA4 starts every export with
 * one) ended before its header: it was cut short, which no header search can mend.
 */
function cutInComments(lines: readonly Line[]): { line: number; message: string } | undefined {
  const written = lines.filter((line) => line.text.trim() !== "");
  if (written.length === 0 || !written.every((line) => line.text.trimStart().startsWith("#")))
    return undefined;
  const last = written[written.length - 1]!.number;
  return {
    line: last,
    message:
      `the file ends inside the comment block its first ${last} lines (\`# …\`) form, ` +
      "before any header row: it was cut short, so download the export again",
  };
}

function notFound(widest: string[], options: { sources: readonly KnownSource[]; chosen: boolean }) {
  const [source] = options.sources;
  if (!options.chosen || source === undefined) {
    const recognition = recogniseSource(widest, options.sources);
    return recognition.ok ? "" : recognition.message;
  }
  const columns = source.columns
    .filter((column) => column.required)
    .map((column) => columnName(column, "english"));
  return (
    `has no header row of a ${source.label} in its first ${LINES_SEARCHED} lines. ` +
    `Headers found: ${describeHeaders(widest)}. ` +
    `A ${source.label} has the columns ${columns.join(", ")}`
  );
}
