import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { campaignReport } from "../../metrics/campaign-report.ts";
import { computeKpis } from "../../metrics/compute-kpis.ts";
import { findLibraryKpi } from "../../metrics/kpi-library.ts";
import type { Storage } from "../../storage/database.ts";
import { fiscalCalendarOfOrganisation } from "../../storage/organisations.ts";
import { contextOf } from "../context.ts";
import { isoDate } from "./query-fields.ts";

const querySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    platform: z.enum(["google_ads", "meta_ads", "linkedin_ads"]).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "`from` must not be after `to`",
    path: ["to"],
  });

const trendKpis = ["ad_spend", "ad_revenue", "roas"].map((key) => {
  const kpi = findLibraryKpi(key);
  if (!kpi) throw new Error(`the library has no ${key}`);
  return kpi;
});

export function campaignRoutes(storage: Storage): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/campaigns",
      {
        schema: {
          tags: ["campaigns"],
          description:
            "Every campaign with spend, revenue, ROAS, CTR, CPC, CPA and conversion rate over the range " +
            "(all history without one), highest spend first, with its monthly trend.",
          querystring: querySchema,
        },
      },
      async (request) => {
        const { organisation } = contextOf(request);
        const fiscal = fiscalCalendarOfOrganisation(organisation);
        const { from, to, platform } = request.query;
        const range =
          from || to ? { from: from ?? "0001-01-01", to: to ?? "9999-12-31" } : undefined;
        const [campaigns, monthly] = await Promise.all([
          campaignReport(storage.db, { organisationId: organisation.id, fiscal, range }),
          computeKpis(storage.db, {
            organisationId: organisation.id,
            fiscal,
            bucketing: "month",
            range,
            kpis: trendKpis,
            breakdown: ["platform", "campaign"],
          }),
        ]);
        const trends = new Map<
          string,
          { period: string; spend: number; revenue: number; roas: number | null }[]
        >();
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
          campaigns: campaigns
            .filter((campaign) => !platform || campaign.platform === platform)
            .map((campaign) => ({
              ...campaign,
              conversion_rate: campaign.clicks > 0 ? campaign.conversions / campaign.clicks : null,
              trend: trends.get(JSON.stringify([campaign.platform, campaign.campaign])) ?? [],
            })),
        };
      },
    );
  };
}
