// Campaigns: spend, revenue and their ratios per campaign over a range of days.

import { z } from "zod";
import { type CampaignResult, campaignReport } from "../metrics/campaign-report.ts";
import { computeKpis } from "../metrics/compute-kpis.ts";
import { findLibraryKpi } from "../metrics/kpi-library.ts";
import type { DateRange } from "../metrics/measure-query.ts";
import { fiscalCalendarOfOrganisation } from "../storage/organisations.ts";
import type { ServiceContext } from "./context.ts";

export type { CampaignResult } from "../metrics/campaign-report.ts";

import { isoDate, parseInput } from "./input.ts";

export const campaignQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    platform: z.enum(["google_ads", "meta_ads", "linkedin_ads"]).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "must not be before `from`",
    path: ["to"],
  });
export type CampaignQuery = z.input<typeof campaignQuery>;

/** The days from `from` to `to`; all history when neither is given. */
function rangeOf(query: z.output<typeof campaignQuery>): DateRange | undefined {
  const { from, to } = query;
  return from || to ? { from: from ?? "0001-01-01", to: to ?? "9999-12-31" } : undefined;
}

/** Every campaign with rows in the range (all history without one), highest spend first. */
export async function listCampaigns(
  context: ServiceContext,
  input: CampaignQuery,
): Promise<{ campaigns: CampaignResult[] }> {
  const query = parseInput(campaignQuery, input);
  const { storage, organisation } = context;
  const campaigns = await campaignReport(storage.db, {
    organisationId: organisation.id,
    fiscal: fiscalCalendarOfOrganisation(organisation),
    range: rangeOf(query),
  });
  return {
    campaigns: campaigns.filter((c) => !query.platform || c.platform === query.platform),
  };
}

const trendKpis = ["ad_spend", "ad_revenue", "roas"].map((key) => {
  const kpi = findLibraryKpi(key);
  if (!kpi) throw new Error(`the library has no ${key}`);
  return kpi;
});

export interface CampaignTrendPoint {
  period: string;
  spend: number;
  revenue: number;
  roas: number | null;
}

export interface CampaignWithTrend extends CampaignResult {
  conversion_rate: number | null;
  trend: CampaignTrendPoint[];
}

/** The campaigns of `listCampaigns`, each with its conversion rate and monthly trend. */
export async function listCampaignsWithTrend(
  context: ServiceContext,
  input: CampaignQuery,
): Promise<{ campaigns: CampaignWithTrend[] }> {
  const query = parseInput(campaignQuery, input);
  const { storage, organisation } = context;
  const [{ campaigns }, monthly] = await Promise.all([
    listCampaigns(context, query),
    computeKpis(storage.db, {
      organisationId: organisation.id,
      fiscal: fiscalCalendarOfOrganisation(organisation),
      bucketing: "month",
      range: rangeOf(query),
      kpis: trendKpis,
      breakdown: ["platform", "campaign"],
    }),
  ]);
  const trends = new Map<string, CampaignTrendPoint[]>();
  for (const row of monthly.rows) {
    const id = JSON.stringify(row.dimensions);
    const trend = trends.get(id) ?? [];
    trend.push({
      period: row.period,
      spend: row.values.ad_spend ?? 0,
      revenue: row.values.ad_revenue ?? 0,
      roas: row.values.roas ?? null,
    });
    trends.set(id, trend);
  }
  return {
    campaigns: campaigns.map((campaign) => ({
      ...campaign,
      conversion_rate: campaign.clicks > 0 ? campaign.conversions / campaign.clicks : null,
      trend: trends.get(JSON.stringify([campaign.platform, campaign.campaign])) ?? [],
    })),
  };
}
