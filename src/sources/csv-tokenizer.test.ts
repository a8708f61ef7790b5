import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvRecord, CsvTokenizer } from "./csv-tokenizer.ts";

function tokenize(text: string, delimiter = ",", pieces: number[] = []): CsvRecord[] {
  const tokenizer = new CsvTokenizer(delimiter);
  const records: CsvRecord[] = [];
  let at = 0;
  for (const size of pieces) {
    records.push(...tokenizer.push(text.slice(at, at + size)));
    at += size;
  }
  records.push(...tokenizer.push(text.slice(at)), ...tokenizer.end());
  return records;
}

describe("CsvTokenizer", () => {
  it("reads quoted cells with delimiters, doubled quotes and line breaks", () => {
    const text = 'id,comment\r\n2,"Sagde ""wow"", kommer igen"\r\n3,"two\nlines"\r\n4,after\r\n';
    expect(tokenize(text)).toEqual([
      { line: 1, cells: ["id", "comment"] },
      { line: 2, cells: ["2", 'Sagde "wow", kommer igen'] },
      { line: 3, cells: ["3", "two\nlines"] },
      { line: 5, cells: ["4", "after"] },
    ]);
  });

  it("counts lines ending in LF, CRLF and CR alike, as Google Ads mixes them", () => {
    const text = 'Campaign report\n"January 1, 2025"\nDay,Cost\r\n2025-01-01,1\r2025-01-02,2';
    expect(tokenize(text).map((record) => record.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps a quote inside an unquoted cell as written", () => {
    expect(tokenize('a,28" wheel\n')[0]?.cells).toEqual(["a", '28" wheel']);
  });

  it("reads tab- and semicolon-separated text", () => {
    expect(tokenize("a\tb;c\n", "\t")[0]?.cells).toEqual(["a", "b;c"]);
    expect(tokenize("a\tb;c\n", ";")[0]?.cells).toEqual(["a\tb", "c"]);
  });

  it("reports an unterminated quote at the line it opens", () => {
    expect(tokenize('a,b\n1,"open\n2,3\n')).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: [], problem: expect.stringContaining("never closed") },
    ]);
  });

  it("reads back any table written with quotes where needed, whatever the chunks", () => {
    const cell = fc.string({
      unit: fc.constantFrom("a", "ø", " ", ",", '"', "\n", "\r", ";", "1"),
    });
    const row = fc
      .array(cell, { minLength: 1, maxLength: 5 })
      .filter((cells) => cells.some((c) => c.trim() !== ""));
    const ending = fc.constantFrom("\n", "\r\n", "\r");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(row, ending), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat({ max: 7 })),
        (rows, pieces) => {
          const written = rows.map(([cells, end]) => cells.map(quoted).join(",") + end).join("");
          const expected: CsvRecord[] = [];
          let line = 1;
          for (const [cells, end] of rows) {
            expected.push({ line, cells });
            line += lineBreaks(cells.map(quoted).join(",") + end);
          }
          expect(tokenize(written, ",", pieces)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

function quoted(cell: string): string {
  return /[",\r\n]/.test(cell) || cell.trim() === "" ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function lineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}
