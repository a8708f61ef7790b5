// The web, shop, social and LinkedIn reference (shared/fixtures/more-sources/ and its
// localized twin): the real exports through the real importer, then every value of
// expected.json at month and quarter grain, on both engines, within 1e-6 · max(1, |e|),
// null where it is null. With fjordline's ad exports, the paid KPIs add LinkedIn.

import { readFileSync } from "node:fs";
import { beforeEach, expect, it } from "vitest";
import { describeOnBothEngines } from "../../test/engines.ts";
import { createFjordline, fixtureFile, fixturePath } from "../../test/fixtures.ts";
import type { ImportFile } from "../sources/import-files.ts";
import { importFiles } from "../sources/import-files.ts";
import type { Storage } from "../storage/database.ts";
import type { Organisation } from "../storage/organisations.ts";
import { campaignReport } from "./campaign-report.ts";
import { COHORT_MONTHS, customerCohorts } from "./cohorts.ts";
import { computeKpis } from "./compute-kpis.ts";
import { kpiLibrary } from "./kpi-library.ts";
import {
  agrees,
  moreSourcesExpected as expectedOf,
  MORE_SOURCES_FILES as FILES,
  type ValuesByKpi,
} from "./more-sources.testing.ts";

/** `expected`'s values that differ from what the library computes, as readable lines. */
async function mismatches(
  storage: Storage,
  organisation: Organisation,
  expected: ValuesByKpi,
  keyOf: (expectedKey: string) => string = (key) => key,
): Promise<{ lines: string[]; compared: number }> {
  const lines: string[] = [];
  let compared = 0;
  for (const grain of ["month", "quarter"] as const) {
    const table = await computeKpis(storage.db, {
      organisationId: organisation.id,
      fiscal: { fiscalYearStartMonth: 1 },
      bucketing: grain,
      kpis: kpiLibrary,
    });
    const actual = new Map(table.rows.map((row) => [row.period, row.values]));
    for (const [expectedKey, byPeriod] of Object.entries(expected)) {
      const key = keyOf(expectedKey);
      for (const [period, e] of Object.entries(byPeriod)) {
        if (period.includes("-Q") !== (grain === "quarter")) continue;
        const a = actual.get(period)?.[key];
        compared += 1;
        if (!agrees(e, a)) lines.push(`${key} ${period}: expected ${e}, got ${a}`);
      }
    }
  }
  return { lines, compared };
}

/**
 * The export's title, header (and description) lines, then its records from the first one
 * that `rowStart` finds after the middle: an overlapping later half, as a user exports it.
 */
function laterHalf(
  folder: string,
  file: string,
  headerLines: number,
  rowStart: RegExp,
): ImportFile {
  const utf16 = file.startsWith("linkedin");
  const text = readFileSync(fixturePath(`${folder}/${file}`), utf16 ? "utf16le" : "utf8");
  let headerEnd = 0;
  for (let line = 0; line < headerLines; line++) headerEnd = text.indexOf("\n", headerEnd) + 1;
  rowStart.lastIndex = Math.floor(text.length / 2);
  const cut = rowStart.exec(text);
  if (!cut) throw new Error(`no row start after the middle of ${file}`);
  const half = text.slice(0, headerEnd) + text.slice(cut.index + 1);
  const bytes = utf16
    ? new Uint8Array(Buffer.from(half, "utf16le"))
    : new TextEncoder().encode(half);
  return { fileName: `half_${file}`, size: bytes.length, bytes };
}

// Where a record starts: after a line break, with the first cell of a row of that export.
const HALVES = [
  ["ga4_traffic_acquisition.csv", 9, /\n[A-Z][A-Za-z ]+[,;]\d{8}[,;]/g],
  // An order's first row: its Name, then an email (a continuation row is empty there).
  ["shopify_orders_export.csv", 1, /\n#\d+,[^,\n]/g],
  ["facebook_page_posts.csv", 2, /\n\d+_\d+,/g],
  ["instagram_account_insights.csv", 1, /\n\d{4}-\d{2}-\d{2},/g],
  ["linkedin_ads_campaign_performance.csv", 6, /\n\d{1,2}\/\d{1,2}\/\d{4}\t/g],
] as const;

describeOnBothEngines("the more-sources reference scenarios", (storage) => {
  let fjordline: Organisation;
  beforeEach(async () => {
    fjordline = await createFjordline(storage());
  });

  it.each(["more-sources", "more-sources-localized"])(
    "reproduces every KPI value of %s/expected.json by month and by quarter",
    async (folder) => {
      await importFiles(
        storage(),
        fjordline,
        FILES.map((file) => fixtureFile(`${folder}/${file}`)),
      );
      const { lines, compared } = await mismatches(storage(), fjordline, expectedOf(folder).kpis);
      expect(lines).toEqual([]);
      // 29 KPIs × (22 months + 8 quarters).
      expect(compared).toBe(870);
    },
  );

  it.each(["more-sources", "more-sources-localized"])(
    "changes nothing when an overlapping later half of each %s export is imported again",
    async (folder) => {
      await importFiles(
        storage(),
        fjordline,
        FILES.map((file) => fixtureFile(`${folder}/${file}`)),
      );
      const again = await importFiles(
        storage(),
        fjordline,
        HALVES.map(([file, lines, start]) => laterHalf(folder, file, lines, start)),
      );
      for (const file of again.files) {
        expect([file.fileName, file.inserted, file.updated]).toEqual([file.fileName, 0, 0]);
        expect(file.unchanged).toBeGreaterThan(0);
      }
      const { lines } = await mismatches(storage(), fjordline, expectedOf(folder).kpis);
      expect(lines).toEqual([]);
    },
  );

  it("groups the shop's customers by first-order month, with what they spent after", async () => {
    await importFiles(storage(), fjordline, [
      fixtureFile("more-sources/shopify_orders_export.csv"),
    ]);
    const cohorts = await customerCohorts(storage().db, fjordline.id);
    const expected = expectedOf("more-sources");
    const meta = JSON.parse(readFileSync(fixturePath("more-sources/expected.json"), "utf8")).meta;
    expect(cohorts.reduce((sum, c) => sum + c.customers, 0)).toBe(meta.shopify.customers);
    const newCustomers = expected.kpis.new_shop_customers ?? {};
    for (const cohort of cohorts) expect(cohort.customers).toBe(newCustomers[cohort.month]);
    // January 2025's first month: what its new customers spent in it is all that month's
    // revenue, as nobody ordered before.
    const january = cohorts[0];
    expect(january?.month).toBe("2025-01");
    expect(january?.spend[0]).toBeCloseTo(expected.kpis.shop_revenue?.["2025-01"] ?? Number.NaN, 6);
    expect(january?.spend).toHaveLength(COHORT_MONTHS);
  });

  it("lists the LinkedIn campaigns in the campaign report, on platform linkedin_ads", async () => {
    await importFiles(storage(), fjordline, [
      fixtureFile("more-sources/linkedin_ads_campaign_performance.csv"),
    ]);
    const campaigns = await campaignReport(storage().db, {
      organisationId: fjordline.id,
      fiscal: { fiscalYearStartMonth: 1 },
    });
    const meta = JSON.parse(readFileSync(fixturePath("more-sources/expected.json"), "utf8")).meta;
    expect(campaigns.map((c) => [c.platform, c.campaign]).sort()).toEqual(
      (meta.linkedin_campaigns as string[]).map((name) => ["linkedin_ads", name]).sort(),
    );
    const spend = campaigns.reduce((total, campaign) => total + campaign.spend, 0);
    const expectedSpend = Object.entries(expectedOf("more-sources").kpis.linkedin_spend ?? {})
      .filter(([period]) => period.includes("-Q"))
      .reduce((total, [, value]) => total + (value ?? 0), 0);
    expect(spend).toBeCloseTo(expectedSpend, 6);
  });

  it("adds LinkedIn to ad spend, impressions, clicks, CTR, CPC, conversions and ROAS", async () => {
    await importFiles(storage(), fjordline, [
      fixtureFile("fjordline/google_ads_campaign_report.csv"),
      fixtureFile("fjordline/meta_ads_export.csv"),
      ...FILES.map((file) => fixtureFile(`more-sources/${file}`)),
    ]);
    const withFjordline = expectedOf("more-sources").with_fjordline ?? {};
    const { lines, compared } = await mismatches(storage(), fjordline, withFjordline, (key) =>
      key.replace(/_all$/, ""),
    );
    expect(lines).toEqual([]);
    expect(compared).toBe(7 * 30);
  });
});
