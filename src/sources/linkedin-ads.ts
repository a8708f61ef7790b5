// LinkedIn Campaign Manager → Analyze → Export, campaign performance, by day: UTF-16LE with
// a BOM, tab-separated, five title lines before the header, US month-first dates. LinkedIn
// reports UTC days; the date is taken as the organisation's local date as it is
// (fixtures/more-sources/README.md, "linkedin_ads_campaign_performance.csv").

import { monthFirstDate } from "./export-dates.ts";
import type { SourceAdapter } from "./source-adapter.ts";

/** One LinkedIn campaign's delivery on one day. */
export interface LinkedInAdRow {
  day: string;
  campaign: string;
  campaignId: string | null;
  campaignGroup: string | null;
  currency: string | null;
  impressions: number;
  clicks: number;
  /** Exact decimals. */
  totalSpent: string;
  /** Website conversions, valued in conversionValue; not lead form submissions. */
  conversions: string;
  conversionValue: string;
  leads: number;
}

type LinkedInField = keyof LinkedInAdRow;

// The Danish headers are those of Campaign Manager's Danish interface as far as known; no
// Danish sample is in the fixtures, so they only help recognise such a file.
export const linkedinAds: SourceAdapter<"linkedin", LinkedInAdRow, LinkedInField> = {
  name: "linkedin_ads",
  label: "LinkedIn Ads campaign performance report",
  kind: "linkedin",
  columns: [
    {
      field: "day",
      english: ["Start Date (in UTC)"],
      danish: ["Startdato (i UTC)"],
      required: true,
    },
    { field: "campaign", english: ["Campaign Name"], danish: ["Kampagnenavn"], required: true },
    { field: "campaignId", english: ["Campaign ID"], danish: ["Kampagne-id"], required: false },
    {
      field: "campaignGroup",
      english: ["Campaign Group Name"],
      danish: ["Navn på kampagnegruppe"],
      required: false,
    },
    { field: "currency", english: ["Currency"], danish: ["Valuta"], required: false },
    {
      field: "totalSpent",
      english: ["Total Spent"],
      danish: ["Samlet forbrug"],
      required: true,
      numeric: true,
    },
    {
      field: "impressions",
      english: ["Impressions"],
      danish: ["Visninger"],
      required: true,
      numeric: true,
    },
    { field: "clicks", english: ["Clicks"], danish: ["Klik"], required: true, numeric: true },
    {
      field: "conversions",
      english: ["Conversions"],
      danish: ["Konverteringer"],
      required: true,
      numeric: true,
    },
    {
      field: "conversionValue",
      english: ["Total Conversion Value"],
      danish: ["Samlet konverteringsværdi"],
      required: true,
      numeric: true,
    },
    { field: "leads", english: ["Leads"], danish: ["Kundeemner"], required: true, numeric: true },
  ],
  naturalKey: ["day", "campaign"],
  // LinkedIn writes `.` decimals in every interface language.
  numberFormat: "english",

  toRecord(row) {
    const record: LinkedInAdRow = {
      day: row.dateAs("day", monthFirstDate),
      campaign: row.text("campaign"),
      campaignId: row.optionalText("campaignId"),
      campaignGroup: row.optionalText("campaignGroup"),
      currency: row.optionalText("currency"),
      impressions: row.count("impressions"),
      clicks: row.count("clicks"),
      totalSpent: row.decimal("totalSpent"),
      conversions: row.decimal("conversions"),
      conversionValue: row.decimal("conversionValue"),
      leads: row.countOrZero("leads"),
    };
    return row.failed ? undefined : record;
  },
};
