// `imports undo` means "as if it never happened" (issue 10, point 2): after undoing an
// import, every source table holds exactly what importing only the other imports, in their
// order, would have left. Each expected state is built by doing just that in a second,
// fresh database on the same engine.

import { sql } from "kysely";
import { afterEach, beforeEach, expect, it } from "vitest";
import { describeOnBothEngines, openTestStorage } from "../../test/engines.ts";
import {
  createFjordline,
  fixtureFile,
  fjordlineExpected,
  fjordlineFiles,
} from "../../test/fixtures.ts";
import { InvalidInput } from "../domain/errors.ts";
import type { Storage } from "../storage/database.ts";
import { undoImportBatch } from "../storage/import-batches.ts";
import type { Organisation } from "../storage/organisations.ts";
import { type SourceTable, sourceTables } from "../storage/source-tables.ts";
import type { ColumnMapping } from "./generic-csv.ts";
import { type ImportFile, importFiles } from "./import-files.ts";

function textFile(fileName: string, text: string): ImportFile {
  const bytes = new TextEncoder().encode(text);
  return { fileName, size: bytes.length, bytes };
}

const googleReport = new TextDecoder().decode(
  fixtureFile("fjordline/google_ads_campaign_report.csv").bytes as Uint8Array,
);

/**
 * The fixture's Google Ads report cut to the days `from`…`to` (title, date range and header
 * kept, the Total rows dropped); `edit` may rewrite a day's lines.
 */
function googleAdsDays(
  fileName: string,
  range: { from: string; to: string },
  edit: (line: string) => string = (line) => line,
): ImportFile {
  const lines = googleReport.split("\n");
  const days = lines
    .slice(3)
    .filter((line) => /^\d{4}-\d\d-\d\d,/.test(line))
    .filter((line) => line.slice(0, 10) >= range.from && line.slice(0, 10) <= range.to)
    .map(edit);
  return textFile(fileName, [...lines.slice(0, 3), ...days, ""].join("\n"));
}

// A: January 2025 to February 2026. B: September 2025 on, identical where they overlap.
const importA = () => googleAdsDays("google_a.csv", { from: "2025-01-01", to: "2026-02-28" });
const importB = () => googleAdsDays("google_b.csv", { from: "2025-09-01", to: "2026-12-31" });
/** B, but every October 2025 row costs 1.00 (the Cost column is the seventh). */
const importChangedB = () =>
  googleAdsDays("google_b.csv", { from: "2025-09-01", to: "2026-12-31" }, (line) =>
    line.startsWith("2025-10-")
      ? line.replace(/^((?:(?:"[^"]*"|[^,"]*),){6})(?:"[^"]*"|[^,"]*)/, "$11.00")
      : line,
  );
const otherExports = () => fjordlineFiles().filter((file) => !file.fileName.startsWith("google"));

/** Every row of every source table, without the organisation and import ids. */
async function sourceRows(storage: Storage): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of Object.values(sourceTables) as SourceTable[]) {
    const columns = [...table.key, ...table.values].map((column) => sql.id(column.name));
    const keys = table.key.map((column) => sql.id(column.name));
    const result = await sql<Record<string, unknown>>`
      select ${sql.join(columns)} from ${sql.id(table.table)} order by ${sql.join(keys)}`.execute(
      storage.db,
    );
    rows[table.table] = result.rows;
  }
  return rows;
}

async function adSpend(storage: Storage, month: string): Promise<number> {
  const result = await sql<{ spend: string | number | null }>`
    select (select coalesce(sum(cost), 0) from google_ads_row
            where cast(day as text) like ${`${month}-%`})
         + (select coalesce(sum(amount_spent), 0) from meta_ads_row
            where cast(day as text) like ${`${month}-%`}) as spend`.execute(storage.db);
  return Number(result.rows[0]?.spend);
}

describeOnBothEngines("undoing an import as if it never happened", (storage, engine) => {
  let fjordline: Organisation;
  let reference: Storage | undefined;
  beforeEach(async () => {
    fjordline = await createFjordline(storage());
  });
  afterEach(async () => {
    await reference?.close();
    reference = undefined;
  });

  /** The source rows after importing only `imports`, one invocation each, in a fresh database. */
  async function rowsAfterImporting(imports: ImportFile[][]): Promise<Record<string, unknown[]>> {
    reference = await openTestStorage(engine);
    const organisation = await createFjordline(reference);
    for (const files of imports) await importFiles(reference, organisation, files);
    return sourceRows(reference);
  }

  async function importEach(imports: ImportFile[][]): Promise<string[]> {
    const ids: string[] = [];
    for (const files of imports) {
      const result = await importFiles(storage(), fjordline, files);
      ids.push(...result.files.map((file) => file.importId));
    }
    return ids;
  }

  it("keeps the Google Ads rows of September 2025 that B still carries when A is undone", async () => {
    const ids = await importEach([otherExports(), [importA()], [importB()]]);
    // 2025-09 ad spend of the reference scenario: Google Ads and Meta together.
    const september = fjordlineExpected().kpis.ad_spend?.["2025-09"];
    expect(september).toBe(89200.76);
    expect(await adSpend(storage(), "2025-09")).toBeCloseTo(89200.76, 2);

    await undoImportBatch(storage().db, fjordline.id, recorded(ids.at(-2)));

    expect(await adSpend(storage(), "2025-09")).toBeCloseTo(89200.76, 2);
    expect(await sourceRows(storage())).toEqual(
      await rowsAfterImporting([otherExports(), [importB()]]),
    );
  });

  it("leaves only the other exports after undoing A, then B", async () => {
    const ids = await importEach([otherExports(), [importA()], [importB()]]);
    const [a, b] = ids.slice(-2);
    await undoImportBatch(storage().db, fjordline.id, recorded(a));
    await undoImportBatch(storage().db, fjordline.id, recorded(b));
    expect(await sourceRows(storage())).toEqual(await rowsAfterImporting([otherExports()]));
  });

  it("leaves only the other exports after undoing B, then A", async () => {
    const ids = await importEach([otherExports(), [importA()], [importB()]]);
    const [a, b] = ids.slice(-2);
    await undoImportBatch(storage().db, fjordline.id, recorded(b));
    await undoImportBatch(storage().db, fjordline.id, recorded(a));
    expect(await sourceRows(storage())).toEqual(await rowsAfterImporting([otherExports()]));
  });

  it("puts A's values back where B changed them when B alone is undone", async () => {
    const ids = await importEach([otherExports(), [importA()], [importChangedB()]]);
    const october = await sql<{ cost: string }>`
      select distinct cost from google_ads_row
      where day between cast('2025-10-01' as date) and cast('2025-10-31' as date)`.execute(
      storage().db,
    );
    expect(october.rows).toEqual([{ cost: "1.0000" }]);

    await undoImportBatch(storage().db, fjordline.id, recorded(ids.at(-1)));

    expect(await sourceRows(storage())).toEqual(
      await rowsAfterImporting([otherExports(), [importA()]]),
    );
  });

  it("keeps B's changed values when A, which B changed, is undone", async () => {
    const ids = await importEach([otherExports(), [importA()], [importChangedB()]]);
    await undoImportBatch(storage().db, fjordline.id, recorded(ids.at(-2)));
    expect(await sourceRows(storage())).toEqual(
      await rowsAfterImporting([otherExports(), [importChangedB()]]),
    );
  });

  it("undoes an import that carried the same rows as an earlier one, changing nothing", async () => {
    const ids = await importEach([otherExports(), [importA()], [importA()]]);
    await undoImportBatch(storage().db, fjordline.id, recorded(ids.at(-1)));
    expect(await sourceRows(storage())).toEqual(
      await rowsAfterImporting([otherExports(), [importA()]]),
    );
  });

  const mapping: ColumnMapping = {
    name: "ga4_sessions",
    label: "GA4 sessions by source",
    date: { column: "Date", format: "YYYYMMDD" },
    dimensions: [{ column: "Session source", as: "source" }],
    measures: [{ column: "Sessions", as: "sessions", emptyMeansZero: false }],
  };
  const ga4 = (fileName: string, rows: string) =>
    textFile(fileName, `Date,Session source,Sessions\n${rows}`);

  it("undoes a mapped import, putting back the sessions an earlier file gave", async () => {
    await importFiles(storage(), fjordline, [ga4("ga4_1.csv", "20250101,google,120\n")], {
      mapping,
    });
    const second = await importFiles(storage(), fjordline, [
      ga4("ga4_2.csv", "20250101,google,125\n20250102,google,90\n"),
    ]);
    expect(second.files[0]?.source).toBe("ga4_sessions");

    await undoImportBatch(storage().db, fjordline.id, recorded(second.files[0]?.importId));

    const facts = await sql<{ day: string; value: string }>`
      select cast(day as text) as day, value from generic_fact order by day`.execute(storage().db);
    expect(facts.rows).toEqual([{ day: "2025-01-01", value: "120.0000" }]);
  });

  it("refuses to save a mapping named like a built-in source, naming the source", async () => {
    const attempt = importFiles(storage(), fjordline, [ga4("ga4.csv", "20250101,google,120\n")], {
      mapping: { ...mapping, name: "google_ads" },
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInput);
    await expect(attempt).rejects.toMatchObject({
      issues: [
        {
          path: "name",
          message:
            "`google_ads` is the name of a built-in source (Google Ads campaign report): give the mapping another name",
        },
      ],
    });
    const saved = await storage().db.selectFrom("import_mapping").select("name").execute();
    expect(saved).toEqual([]);
  });
});

function recorded(id: string | undefined): string {
  if (id === undefined) throw new Error("the import should have been recorded");
  return id;
}
