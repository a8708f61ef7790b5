// Per-campaign results over a range (cli.md, `campaigns`): the library's ad KPIs broken
// down by platform and campaign, so a campaign's ROAS is its revenue over its spend across
// all of its rows, never an average of daily ROAS.

import type { Kysely } from "kysely";
import type { FiscalCalendar } from "../domain/fiscal-year.ts";
import type { Database } from "../storage/schema.ts";
import { computeKpis } from "./compute-kpis.ts";
import { findLibraryKpi } from "./kpi-library.ts";
import { type DateRange, measureColumns, runGroupQuery } from "./measure-query.ts";
import type { Measure } from "./model.ts";
import { metricSources } from "./source-catalogue.ts";

export type AdPlatform = "google_ads" | "meta_ads" | "linkedin_ads";

export interface CampaignResult {
  campaign: string;
  platform: AdPlatform;
  spend: number;
  revenue: number;
  roas: number | null;
  impressions: number;
  clicks: number;
  conversions: number;
  ctr: number | null;
  cpc: number | null;
  cpa: number | null;
  /** The first and last day the campaign has rows in the range. */
  first_day: string;
  last_day: string;
}

/** Each field of the result and the library KPI it is. */
const kpiOfField = {
  spend: "ad_spend",
  revenue: "ad_revenue",
  roas: "roas",
  impressions: "impressions",
  clicks: "clicks",
  conversions: "conversions",
  ctr: "ctr",
  cpc: "cpc",
  cpa: "cpa",
} as const;

export const adPlatforms: readonly AdPlatform[] = ["google_ads", "meta_ads", "linkedin_ads"];

/** Every campaign with rows in the range (all history without one), highest spend first. */
export async function campaignReport(
  db: Kysely<Database>,
  request: { organisationId: string; fiscal: FiscalCalendar; range?: DateRange | undefined },
): Promise<CampaignResult[]> {
  const kpis = Object.values(kpiOfField).map((key) => {
    const kpi = findLibraryKpi(key);
    if (!kpi) throw new Error(`the library has no ${key}`);
    return kpi;
  });
  const table = await computeKpis(db, {
    ...request,
    bucketing: "whole_range",
    kpis,
    breakdown: ["platform", "campaign"],
  });
  const days = await campaignDays(db, request);
  const results = table.rows.map((row) => {
    const [platform, campaign] = row.dimensions as [AdPlatform, string];
    const value = (field: keyof typeof kpiOfField) => row.values[kpiOfField[field]] ?? null;
    const span = days.get(JSON.stringify([platform, campaign]));
    if (!span) throw new Error("a campaign with rows has a first and a last day");
    return {
      campaign,
      platform,
      spend: value("spend") ?? 0,
      revenue: value("revenue") ?? 0,
      roas: value("roas"),
      impressions: value("impressions") ?? 0,
      clicks: value("clicks") ?? 0,
      conversions: value("conversions") ?? 0,
      ctr: value("ctr"),
      cpc: value("cpc"),
      cpa: value("cpa"),
      first_day: span.first,
      last_day: span.last,
    };
  });
  return results.sort(
    (a, b) =>
      b.spend - a.spend ||
      a.campaign.localeCompare(b.campaign) ||
      a.platform.localeCompare(b.platform),
  );
}

/** The first and last day of each campaign's rows, by platform and campaign. */
async function campaignDays(
  db: Kysely<Database>,
  request: { organisationId: string; range?: DateRange | undefined },
): Promise<Map<string, { first: string; last: string }>> {
  const days = new Map<string, { first: string; last: string }>();
  for (const platform of adPlatforms) {
    const day = (aggregation: "min" | "max"): Measure => ({
      source: platform,
      aggregation,
      field: "day",
      dateField: "day",
      latest: false,
    });
    const rows = await runGroupQuery(db, {
      organisationId: request.organisationId,
      group: {
        source: metricSources[platform],
        dateField: "day",
        measures: [day("min"), day("max")],
      },
      rowBucket: { kind: "whole_range" },
      range: request.range,
      dimensions: ["campaign"],
    });
    for (const row of rows) {
      days.set(JSON.stringify([platform, row.dimensions[0]]), {
        first: String(row.columns[measureColumns(0).value]),
        last: String(row.columns[measureColumns(1).value]),
      });
    }
  }
  return days;
}
