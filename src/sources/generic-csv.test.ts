import { describe, expect, it } from "vitest";
import { type ColumnMapping, columnMappingSchema } from "./generic-csv.ts";
import { messagesOf, readWhole } from "./reading-for-tests.ts";

const ga4: ColumnMapping = columnMappingSchema.parse({
  name: "ga4_sessions",
  label: "GA4 sessions report",
  date: { column: "Date", format: "YYYYMMDD" },
  dimensions: [{ column: "Session default channel group", as: "channel" }],
  measures: [
    { column: "Sessions", as: "sessions" },
    { column: "Purchase revenue", as: "revenue", emptyMeansZero: true },
  ],
});

// GA4 starts its CSV with a block of comment lines before the header.
const GA4_EXPORT =
  "# ----------------------------------------\n" +
  "# Traffic acquisition\n" +
  "# Start date: 20250101\n" +
  "# ----------------------------------------\n" +
  "\n" +
  "Session default channel group,Date,Sessions,Purchase revenue\n" +
  "Organic Search,20250101,1204,12345.5\n" +
  'Paid Search,20250101,"1,017",\n';

describe("a saved column mapping", () => {
  it("reads an export Fourfold does not know, found among its comment lines", async () => {
    const reading = await readWhole(GA4_EXPORT, { mappings: [ga4] });
    expect(reading.ok && reading.source).toBe("ga4_sessions");
    expect(reading.ok && reading.outcome.format.headerLine).toBe(6);
    expect(reading.ok && reading.records).toEqual([
      {
        day: "2025-01-01",
        dimensions: { channel: "Organic Search" },
        measures: { sessions: "1204", revenue: "12345.5" },
      },
      {
        day: "2025-01-01",
        dimensions: { channel: "Paid Search" },
        measures: { sessions: "1017", revenue: "0" },
      },
    ]);
  });

  it("says what is wrong with a date in the mapping's format", async () => {
    const mapping = columnMappingSchema.parse({
      ...ga4,
      date: { column: "Date", format: "DD.MM.YYYY" },
    });
    const file =
      "Session default channel group,Date,Sessions,Purchase revenue\n" +
      "Direct,30.02.2025,1,1\nDirect,2025-01-01,1,1\nDirect,1.3.2025,1,1\n";
    expect(messagesOf(await readWhole(file, { mappings: [mapping] }))).toEqual([
      "line 2, column Date: `30.02.2025` is not a date: February 2025 has 28 days",
      "line 3, column Date: `2025-01-01` is not a date in the form DD.MM.YYYY (e.g. 31.01.2025)",
    ]);
  });

  it("refuses a mapping that maps a column twice or has no measure", () => {
    const twice = columnMappingSchema.safeParse({
      ...ga4,
      measures: [{ column: "Date", as: "sessions" }],
    });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.message).toBe('column "date" is mapped twice');
    const none = columnMappingSchema.safeParse({ ...ga4, measures: [] });
    expect(none.error?.issues[0]?.message).toBe("map at least one column to a measure");
  });
});
