import { sql } from "kysely";
import { beforeEach, expect, it } from "vitest";
import { describeOnBothEngines } from "../../test/engines.ts";
import {
  createFjordline,
  fixtureFile,
  fjordlineExpected,
  fjordlineFiles,
} from "../../test/fixtures.ts";
import { ImportRejected } from "../domain/errors.ts";
import type { Storage } from "../storage/database.ts";
import { listImportBatches, undoImportBatch } from "../storage/import-batches.ts";
import type { Organisation } from "../storage/organisations.ts";
import { type ImportFile, importFiles } from "./import-files.ts";

const tables = [
  "google_ads_row",
  "meta_ads_row",
  "hubspot_contact",
  "nps_response",
  "campaign_launch",
  "training_log_row",
  "finance_month",
] as const;

async function rowCounts(storage: Storage): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const result = await sql<{ n: number }>`select count(*) as n from ${sql.id(table)}`.execute(
      storage.db,
    );
    counts[table] = result.rows[0]?.n ?? -1;
  }
  return counts;
}

function textFile(fileName: string, text: string): ImportFile {
  const bytes = new TextEncoder().encode(text);
  return { fileName, size: bytes.length, bytes };
}

describeOnBothEngines("importing the reference exports", (storage) => {
  let fjordline: Organisation;
  beforeEach(async () => {
    fjordline = await createFjordline(storage());
  });

  it("recognises all seven files without being told and stores every row", async () => {
    const result = await importFiles(storage(), fjordline, fjordlineFiles());
    expect(result.files.map((file) => [file.fileName, file.source])).toEqual([
      ["campaign_launches.csv", "campaign_launches"],
      ["finans_maaned.csv", "finance_monthly"],
      ["google_ads_campaign_report.csv", "google_ads"],
      ["hubspot_contacts.csv", "hubspot_contacts"],
      ["meta_ads_export.csv", "meta_ads"],
      ["nps_responses.csv", "nps_responses"],
      ["training_log.csv", "training_log"],
    ]);
    const rows = fjordlineExpected().meta.rows;
    const counts = await rowCounts(storage());
    expect(counts).toEqual({
      google_ads_row: expect.any(Number),
      meta_ads_row: expect.any(Number),
      hubspot_contact: rows.contacts,
      nps_response: rows.nps,
      campaign_launch: rows.launches,
      training_log_row: rows.training,
      finance_month: rows.finance,
    });
    expect(counts.google_ads_row! + counts.meta_ads_row!).toBe(rows.ads);
  });

  it("stores Google Ads rows that add up exactly to the export's Total: Account row", async () => {
    const result = await importFiles(storage(), fjordline, [
      fixtureFile("fjordline/google_ads_campaign_report.csv"),
    ]);
    const sums = await sql<Record<string, string | number>>`
      select sum(impressions) as impressions, sum(clicks) as clicks, sum(cost) as cost,
             sum(conversions) as conversions, sum(conversion_value) as conversion_value
      from google_ads_row`.execute(storage().db);
    // Total: Account,--,--,DKK,"9,426,900","289,953","1,161,010.23",6832.00,"6,024,192.93"
    expect(sums.rows[0]).toEqual({
      impressions: "9426900",
      clicks: "289953",
      cost: "1161010.2300",
      conversions: "6832.0000",
      conversion_value: "6024192.9300",
    });
    expect(result.files[0]?.accountTotals?.matchImportedRows).toBe(true);
  });

  it("changes nothing when the same exports are imported again", async () => {
    await importFiles(storage(), fjordline, fjordlineFiles());
    const before = await rowCounts(storage());
    const again = await importFiles(storage(), fjordline, fjordlineFiles());
    for (const file of again.files) {
      expect({ file: file.fileName, inserted: file.inserted, updated: file.updated }).toEqual({
        file: file.fileName,
        inserted: 0,
        updated: 0,
      });
      expect(file.unchanged).toBe(file.rowsRead);
    }
    expect(await rowCounts(storage())).toEqual(before);
  });

  it("imports nothing from any file when one file has one bad row", async () => {
    const google = await fixtureText("fjordline/google_ads_campaign_report.csv");
    const bad = google.replace(
      '2025-06-05,Brand | Search,Search,DKK,"1,592",59,158.91',
      '2025-06-05,Brand | Search,Search,DKK,"1,592",59,158.9x',
    );
    const attempt = importFiles(storage(), fjordline, [
      ...fjordlineFiles().filter((file) => !file.fileName.startsWith("google")),
      textFile("google_ads_campaign_report.csv", bad),
    ]);
    await expect(attempt).rejects.toBeInstanceOf(ImportRejected);
    await expect(attempt).rejects.toMatchObject({
      totalErrors: 1,
      rowErrors: [
        {
          file: "google_ads_campaign_report.csv",
          line: 4,
          column: "Cost",
          message: "`158.9x` is not a number in the file's English format (e.g. 1,234.56)",
        },
      ],
    });
    expect(Object.values(await rowCounts(storage()))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(await listImportBatches(storage().db, fjordline.id)).toEqual([]);
  });

  it("refuses a Google Ads cost of 10^15 as a row error naming the limit, not a driver error", async () => {
    const google = await fixtureText("fjordline/google_ads_campaign_report.csv");
    const bad = google.replace(
      '2025-06-05,Brand | Search,Search,DKK,"1,592",59,158.91',
      '2025-06-05,Brand | Search,Search,DKK,"1,592",59,1000000000000000',
    );
    const attempt = importFiles(storage(), fjordline, [
      textFile("google_ads_campaign_report.csv", bad),
    ]);
    await expect(attempt).rejects.toMatchObject({
      totalErrors: 1,
      rowErrors: [
        {
          file: "google_ads_campaign_report.csv",
          line: 4,
          column: "Cost",
          value: "1000000000000000",
          message:
            "`1000000000000000` is larger than Fourfold stores: at most 14 digits before the decimal point (99999999999999.9999)",
        },
      ],
    });
    expect(await listImportBatches(storage().db, fjordline.id)).toEqual([]);
  });

  it("stores the largest cost the store holds, 99,999,999,999,999.9999", async () => {
    const google = await fixtureText("fjordline/google_ads_campaign_report.csv");
    const largest = google.replace(
      '2025-06-05,Brand | Search,Search,DKK,"1,592",59,158.91',
      '2025-06-05,Brand | Search,Search,DKK,"1,592",59,"99,999,999,999,999.9999"',
    );
    await importFiles(storage(), fjordline, [textFile("google_ads_campaign_report.csv", largest)]);
    const stored = await sql<{ cost: string }>`
      select cast(cost as varchar) as cost from google_ads_row
      where day = ${"2025-06-05"} and campaign = ${"Brand | Search"}`.execute(storage().db);
    expect(stored.rows).toEqual([{ cost: "99999999999999.9999" }]);
  });

  it("undoes one file's import, leaving the others", async () => {
    const result = await importFiles(storage(), fjordline, fjordlineFiles());
    const nps = result.files.find((file) => file.source === "nps_responses")!;
    await undoImportBatch(storage().db, fjordline.id, nps.importId);
    const counts = await rowCounts(storage());
    expect(counts.nps_response).toBe(0);
    expect(counts.hubspot_contact).toBe(fjordlineExpected().meta.rows.contacts);
  });

  it("reads the localized samples: UTF-16 tab-separated Google Ads, Danish Meta", async () => {
    const result = await importFiles(storage(), fjordline, [
      fixtureFile("localized-samples/google_ads_campaign_report.csv"),
      fixtureFile("localized-samples/meta_ads_export.csv"),
    ]);
    expect(result.files.map((f) => [f.source, f.format.encoding, f.format.numberFormat])).toEqual([
      ["google_ads", "utf-16le", "english"],
      ["meta_ads", "utf-8", "danish"],
    ]);
    const google = await sql<{ impressions: number; cost: string }>`
      select impressions, cost from google_ads_row
      where day = cast('2025-01-17' as date) and campaign = 'Brand | Search'`.execute(storage().db);
    // 2025-01-17	Brand | Search	Search	DKK	1,797	33	119.26	2.00	1,968.39
    expect(google.rows).toEqual([{ impressions: 1797, cost: "119.2600" }]);
    const meta = await sql<{ amount_spent: string }>`
      select amount_spent from meta_ads_row
      where day = cast('2025-01-30' as date) and campaign = 'Meta - Prospecting'`.execute(
      storage().db,
    );
    // 2025-01-01,2025-03-31,Meta - Prospecting,2025-01-30,"9,51",522,4,,
    expect(meta.rows).toEqual([{ amount_spent: "9.5100" }]);
  });
});

async function fixtureText(path: string): Promise<string> {
  return new TextDecoder().decode(fixtureFile(path).bytes as Uint8Array);
}

describeOnBothEngines(
  "importing an export Fourfold does not know, through a saved mapping",
  (storage) => {
    const ga4 = textFile(
      "ga4_sessions.csv",
      "# GA4 export\nDate,Session source,Sessions,Engaged sessions\n20250101,google,120,80\n20250101,newsletter,30,25\n20250102,google,90,\n",
    );
    const mapping = {
      name: "ga4_sessions",
      label: "GA4 sessions by source",
      date: { column: "Date", format: "YYYYMMDD" as const },
      dimensions: [{ column: "Session source", as: "source" }],
      measures: [
        { column: "Sessions", as: "sessions", emptyMeansZero: false },
        { column: "Engaged sessions", as: "engaged_sessions", emptyMeansZero: true },
      ],
    };

    it("stores one fact per row and measure, and recognises the file next time by its saved mapping", async () => {
      const fjordline = await createFjordline(storage());
      const first = await importFiles(storage(), fjordline, [ga4], { mapping });
      expect(first.files[0]).toMatchObject({ source: "ga4_sessions", rowsRead: 3, inserted: 6 });
      const facts = await sql<{ day: string; dimensions: string; measure: string; value: string }>`
      select day, dimensions, measure, value from generic_fact
      where measure = 'sessions' order by day, dimensions`.execute(storage().db);
      expect(facts.rows).toEqual([
        {
          day: "2025-01-01",
          dimensions: '{"source":"google"}',
          measure: "sessions",
          value: "120.0000",
        },
        {
          day: "2025-01-01",
          dimensions: '{"source":"newsletter"}',
          measure: "sessions",
          value: "30.0000",
        },
        {
          day: "2025-01-02",
          dimensions: '{"source":"google"}',
          measure: "sessions",
          value: "90.0000",
        },
      ]);
      const again = await importFiles(storage(), fjordline, [ga4]);
      expect(again.files[0]).toMatchObject({
        source: "ga4_sessions",
        inserted: 0,
        updated: 0,
        unchanged: 6,
      });
    });
  },
);
