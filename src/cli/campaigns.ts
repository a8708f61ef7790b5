import { formatKpiValue, formatNumber, type Language } from "../metrics/kpi-value-format.ts";
import { type CampaignResult, listCampaigns } from "../services/campaigns.ts";
import type { Command } from "./cli.ts";
import { withOrganisation } from "./context.ts";
import { formatTable } from "./kpis.ts";

/**
 * `campaigns [--from DATE] [--to DATE] [--json]` (cli.md, `campaigns`): per campaign over
 * the range (the whole history without one), spend, revenue, ROAS, impressions, clicks,
 * conversions, CTR, CPC, CPA and the first and last day with data; highest spend first.
 */
export const campaignsCommand: Command = {
  options: {
    from: { type: "string" },
    to: { type: "string" },
  },
  async run(values, _positionals, context) {
    const text = (name: string) => (typeof values[name] === "string" ? values[name] : undefined);
    const { organisation, campaigns } = await withOrganisation(
      context,
      async (services) => ({
        organisation: services.organisation,
        ...(await listCampaigns(services, { from: text("from"), to: text("to") })),
      }),
      { from: "--from", to: "--to" },
    );
    if (context.json) {
      context.print(JSON.stringify({ campaigns }));
      return;
    }
    const language = organisation.locale;
    if (campaigns.length === 0) {
      context.print(
        language === "da"
          ? "Ingen kampagner i perioden: importér Google Ads- eller Meta Ads-eksporter med `fourfold import`."
          : "No campaigns in the range: import Google Ads or Meta Ads exports with `fourfold import`.",
      );
      return;
    }
    const rows = campaigns.map((campaign) =>
      campaignCells(campaign, language, organisation.currency),
    );
    for (const line of formatTable([headers[language], ...rows])) context.print(line);
  },
};

const headers: Record<Language, string[]> = {
  en: [
    "Campaign",
    "Platform",
    "Spend",
    "Revenue",
    "ROAS",
    "Impressions",
    "Clicks",
    "Conversions",
    "CTR",
    "CPC",
    "CPA",
    "First day",
    "Last day",
  ],
  da: [
    "Kampagne",
    "Platform",
    "Forbrug",
    "Omsætning",
    "ROAS",
    "Visninger",
    "Klik",
    "Konverteringer",
    "CTR",
    "CPC",
    "CPA",
    "Første dag",
    "Sidste dag",
  ],
};

const platformNames = {
  google_ads: "Google Ads",
  meta_ads: "Meta Ads",
  linkedin_ads: "LinkedIn Ads",
} as const;

function campaignCells(c: CampaignResult, language: Language, currency: string): string[] {
  const money = (value: number | null) => formatKpiValue(value, "currency", language, currency);
  return [
    c.campaign,
    platformNames[c.platform],
    money(c.spend),
    money(c.revenue),
    formatKpiValue(c.roas, "ratio", language, currency),
    formatNumber(c.impressions, language),
    formatNumber(c.clicks, language),
    formatNumber(c.conversions, language, 1),
    formatKpiValue(c.ctr, "percent", language, currency),
    money(c.cpc),
    money(c.cpa),
    c.first_day,
    c.last_day,
  ];
}
