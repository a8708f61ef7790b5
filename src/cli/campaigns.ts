import { checkDate } from "../domain/calendar-date.ts";
import { InvalidInput } from "../domain/errors.ts";
import { type CampaignResult, campaignReport } from "../metrics/campaign-report.ts";
import { formatKpiValue, formatNumber, type Language } from "../metrics/kpi-value-format.ts";
import { fiscalCalendarOfOrganisation } from "../storage/organisations.ts";
import type { Command } from "./cli.ts";
import { withStorage } from "./context.ts";
import { formatTable } from "./kpis.ts";
import { requireOrganisation } from "./organisation.ts";

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
    const from = typeof values.from === "string" ? checkDate(values.from, "--from") : undefined;
    const to = typeof values.to === "string" ? checkDate(values.to, "--to") : undefined;
    if (from && to && to < from) {
      throw new InvalidInput([
        { path: "--to", message: `"${to}" is before --from "${from}": --to must not be earlier` },
      ]);
    }
    const range = from || to ? { from: from ?? "0001-01-01", to: to ?? "9999-12-31" } : undefined;
    const { organisation, campaigns } = await withStorage(context, async (storage) => {
      const organisation = await requireOrganisation(storage);
      const campaigns = await campaignReport(storage.db, {
        organisationId: organisation.id,
        fiscal: fiscalCalendarOfOrganisation(organisation),
        range,
      });
      return { organisation, campaigns };
    });
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
