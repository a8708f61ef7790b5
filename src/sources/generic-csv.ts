// Any other CSV export (GA4, LinkedIn Ads, a shop's orders), read through a column mapping
// the user saves once: which column is the date and how it is written, which columns are
// dimensions (text) and which are measures (numbers). The mapping then works as a source:
// recognised from its headers like the built-in ones, or chosen with `--source <name>`.

import { z } from "zod";
import { DATE_FORM, dateProblem, readTimestamp } from "./dates.ts";
import type { RowReader } from "./row-reader.ts";
import type { SourceAdapter } from "./source-adapter.ts";

export const DATE_FORMATS = [
  "YYYY-MM-DD",
  "YYYYMMDD",
  "DD-MM-YYYY",
  "DD.MM.YYYY",
  "DD/MM/YYYY",
  "MM/DD/YYYY",
  "timestamp",
] as const;

export type DateFormat = (typeof DATE_FORMATS)[number];

const fieldName = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, "use lower case letters, digits and _, e.g. sessions");
const columnName = z.string().trim().min(1, "name a column of the file");

export const columnMappingSchema = z
  .object({
    name: fieldName,
    label: z.string().trim().min(1),
    date: z.object({ column: columnName, format: z.enum(DATE_FORMATS) }),
    dimensions: z.array(z.object({ column: columnName, as: fieldName })).default([]),
    measures: z
      .array(
        z.object({
          column: columnName,
          as: fieldName,
          emptyMeansZero: z.boolean().default(false),
        }),
      )
      .min(1, "map at least one column to a measure"),
    numberFormat: z.enum(["english", "danish"]).optional(),
  })
  .superRefine((mapping, context) => {
    const columns = [mapping.date, ...mapping.dimensions, ...mapping.measures].map((c) =>
      c.column.toLowerCase(),
    );
    const names = [...mapping.dimensions, ...mapping.measures].map((c) => c.as);
    const repeated = (list: string[]) => list.find((item, i) => list.indexOf(item) !== i);
    const column = repeated(columns);
    if (column !== undefined) {
      context.addIssue({ code: "custom", message: `column "${column}" is mapped twice` });
    }
    const name = repeated(names);
    if (name !== undefined)
      context.addIssue({ code: "custom", message: `"${name}" is used twice` });
  });

/** A saved mapping, as validated: parse user input with `columnMappingSchema`. */
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** One row of a mapped export. */
export interface GenericRow {
  /** Local date `YYYY-MM-DD`. */
  day: string;
  dimensions: Record<string, string | null>;
  /** Exact decimals. */
  measures: Record<string, string>;
}

export type GenericSource = SourceAdapter<"generic", GenericRow, string>;

const EXAMPLES: Record<DateFormat, string> = {
  "YYYY-MM-DD": "2025-01-31",
  YYYYMMDD: "20250131",
  "DD-MM-YYYY": "31-01-2025",
  "DD.MM.YYYY": "31.01.2025",
  "DD/MM/YYYY": "31/01/2025",
  "MM/DD/YYYY": "01/31/2025",
  timestamp: "2025-01-31 14:05",
};

/** `31.1.2025` → `2025-01-31` for day-month-year formats; undefined if not that shape. */
function reorderedDate(text: string, format: DateFormat): string | undefined {
  if (format === "YYYY-MM-DD") return text;
  if (format === "YYYYMMDD") {
    return text.length === 8
      ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`
      : undefined;
  }
  const parts = text.split(format.charAt(2));
  if (parts.length !== 3) return undefined;
  const [first, second, year] = parts as [string, string, string];
  const [day, month] = format.startsWith("MM") ? [second, first] : [first, second];
  if (year.length !== 4 || day.length > 2 || month.length > 2) return undefined;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

function dayOf(row: RowReader<string>, format: DateFormat): string {
  const text = row.text("date");
  if (text === "") return "";
  if (format === "timestamp") {
    const read = readTimestamp(text, row.timeZone);
    if (typeof read !== "string") return read.date;
    row.fail("date", read);
    return "";
  }
  const date = reorderedDate(text, format);
  const problem = date === undefined ? DATE_FORM : dateProblem(date);
  if (date !== undefined && problem === undefined) return date;
  // "February 2025 has 28 days" says more than the form; the form is the mapping's own.
  const form = `is not a date in the form ${format} (e.g. ${EXAMPLES[format]})`;
  row.fail("date", problem === DATE_FORM ? form : (problem ?? form));
  return "";
}

/** The source a saved mapping describes. */
export function genericSource(mapping: ColumnMapping): GenericSource {
  const dimensionField = (as: string) => `dimension:${as}`;
  const measureField = (as: string) => `measure:${as}`;
  return {
    name: mapping.name,
    label: mapping.label,
    kind: "generic",
    columns: [
      { field: "date", english: [mapping.date.column], required: true },
      ...mapping.dimensions.map((d) => ({
        field: dimensionField(d.as),
        english: [d.column],
        required: true,
      })),
      ...mapping.measures.map((m) => ({
        field: measureField(m.as),
        english: [m.column],
        required: true,
        numeric: true,
      })),
    ],
    naturalKey: ["day", "dimensions"],
    ...(mapping.numberFormat === undefined ? {} : { numberFormat: mapping.numberFormat }),

    toRecord(row) {
      const day = dayOf(row, mapping.date.format);
      const dimensions: Record<string, string | null> = {};
      for (const d of mapping.dimensions) dimensions[d.as] = row.optionalText(dimensionField(d.as));
      const measures: Record<string, string> = {};
      for (const m of mapping.measures) {
        const field = measureField(m.as);
        measures[m.as] = m.emptyMeansZero ? row.decimalOrZero(field) : row.decimal(field);
      }
      return row.failed ? undefined : { day, dimensions, measures };
    },
  };
}
