// For random rows of every source, each library KPI the compiler computes in the database
// equals the same KPI computed naively from the rows in JavaScript (naive-kpis.testing.ts),
// at every grain and fiscal year start, on both engines.

import fc from "fast-check";
import { expect, it } from "vitest";
import { describeOnBothEngines } from "../../test/engines.ts";
import { addDays, dateOf } from "../domain/calendar-date.ts";
import type { Grain } from "../domain/periods.ts";
import type { StoredRow } from "../storage/import-merge.ts";
import type { SourceName as StoredSourceName } from "../storage/source-tables.ts";
import { computeKpis } from "./compute-kpis.ts";
import { kpiLibrary } from "./kpi-library.ts";
import { naiveKpis } from "./naive-kpis.testing.ts";
import { createOrganisation, insertRows } from "./source-rows.testing.ts";

// Two years, so that year-on-year comparisons find last year's months, or miss some.
const day = fc.integer({ min: 0, max: 729 }).map((offset) => addDays("2024-01-01", offset));
const month = fc
  .record({ year: fc.constantFrom(2024, 2025), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => dateOf(year, month, 1));
/** An exact decimal with up to `scale` places, as storage holds it. */
const decimal = (max: number, scale = 2) =>
  fc.integer({ min: 0, max: max * 10 ** scale }).map((n) => (n / 10 ** scale).toFixed(scale));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 3 });
const campaign = fc.constantFrom("Brand | Search", "Sko | Shopping", "Telte | Search");

function keyed<T extends StoredRow>(row: fc.Arbitrary<T>, key: (row: T) => string, max = 12) {
  return fc.uniqueArray(row, { selector: key, maxLength: max });
}

const googleAds = keyed(
  fc.record({
    day,
    campaign,
    campaign_type: fc.constant("Search"),
    currency: fc.constant("DKK"),
    impressions: fc.integer({ min: 0, max: 5000 }),
    clicks: fc.integer({ min: 0, max: 300 }),
    cost: decimal(2000),
    conversions: decimal(20),
    conversion_value: decimal(9000),
  }),
  (row) => `${row.day}|${row.campaign}`,
);

const metaAds = keyed(
  fc.record({
    day,
    campaign: fc.constantFrom("Meta - Prospecting", "Meta - Retargeting"),
    impressions: fc.integer({ min: 0, max: 5000 }),
    link_clicks: fc.integer({ min: 0, max: 300 }),
    amount_spent: decimal(2000),
    purchases: decimal(10, 0),
    purchases_conversion_value: decimal(9000),
  }),
  (row) => `${row.day}|${row.campaign}`,
);

const laterDate = (start: string) =>
  maybe(fc.integer({ min: 0, max: 90 }).map((days) => addDays(start, days)));

const hubspotContacts = keyed(
  fc
    .record({
      record_id: fc.integer({ min: 1, max: 10_000 }).map(String),
      create_date: day,
      original_source: maybe(fc.constantFrom("Paid Search", "Paid Social", "Organic Search")),
      recent_deal_amount: maybe(decimal(50_000)),
    })
    .chain((contact) =>
      fc
        .record({
          mql: laterDate(contact.create_date),
          sql: laterDate(contact.create_date),
          customer: laterDate(contact.create_date),
        })
        .map(({ mql, sql, customer }) => ({
          ...contact,
          created_at: `${contact.create_date}T09:30:00.000Z`,
          became_mql_date: mql,
          became_sql_date: sql,
          became_customer_date: customer,
        })),
    ),
  (row) => row.record_id,
);

const npsResponses = keyed(
  fc
    .record({
      response_id: fc.integer({ min: 1, max: 10_000 }).map(String),
      day,
      score: fc.integer({ min: 0, max: 10 }),
    })
    .map((row) => ({ ...row, submitted_at: `${row.day}T12:00:00.000Z` })),
  (row) => row.response_id,
);

const campaignLaunches = keyed(
  fc
    .record({ campaign_id: fc.integer({ min: 1, max: 999 }).map((n) => `C-${n}`), brief_date: day })
    .chain((launch) =>
      fc
        .record({
          planned: fc.integer({ min: 5, max: 40 }),
          actual: maybe(fc.integer({ min: 0, max: 60 })),
        })
        .map(({ planned, actual }) => ({
          ...launch,
          planned_launch: addDays(launch.brief_date, planned),
          actual_launch: actual === null ? null : addDays(launch.brief_date, actual),
        })),
    ),
  (row) => row.campaign_id,
);

const trainingLog = keyed(
  fc.record({
    month,
    employee_id: fc.constantFrom("E1", "E2", "E3", "E4"),
    training_hours: decimal(20, 1),
    certified: fc.boolean(),
  }),
  (row) => `${row.month}|${row.employee_id}`,
  20,
);

const financeMonthly = keyed(
  fc.record({
    month,
    revenue: maybe(decimal(3_000_000)),
    marketing_budget: decimal(300_000),
    marketing_cost: decimal(300_000),
    market_size: decimal(50_000_000),
  }),
  (row) => row.month,
  24,
);

const scenario = fc.record({
  rows: fc.record({
    google_ads: googleAds,
    meta_ads: metaAds,
    hubspot_contacts: hubspotContacts,
    nps_responses: npsResponses,
    campaign_launches: campaignLaunches,
    training_log: trainingLog,
    finance_monthly: financeMonthly,
  }),
  grain: fc.constantFrom<Grain>("day", "week", "month", "quarter", "year"),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
});

function close(actual: number | null | undefined, expected: number | null | undefined): boolean {
  if (actual === null || expected === null || actual === undefined || expected === undefined) {
    return actual === expected;
  }
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

describeOnBothEngines("the KPI compiler against the rows", (storage) => {
  it("computes every library KPI as the rows say, for random rows, grains and fiscal years", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ rows, grain, fiscalYearStartMonth }) => {
        // A new organisation per run: earlier runs' rows must not count.
        run += 1;
        const organisationId = await createOrganisation(storage(), {
          id: `org-${run}`,
          fiscalYearStartMonth,
        });
        for (const [source, sourceRows] of Object.entries(rows)) {
          await insertRows(storage(), organisationId, source as StoredSourceName, sourceRows);
        }
        const fiscal = { fiscalYearStartMonth };
        const table = await computeKpis(storage().db, {
          organisationId,
          fiscal,
          bucketing: grain,
          kpis: kpiLibrary,
        });
        const expected = naiveKpis(rows, grain, fiscal, kpiLibrary);
        expect(table.rows.map((row) => row.period)).toEqual([...expected.keys()]);
        for (const row of table.rows) {
          const naive = expected.get(row.period) ?? {};
          const differing = kpiLibrary
            .filter((kpi) => !close(row.values[kpi.key], naive[kpi.key]))
            .map((kpi) => `${row.period} ${kpi.key}: ${row.values[kpi.key]} ≠ ${naive[kpi.key]}`);
          expect(differing).toEqual([]);
        }
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
