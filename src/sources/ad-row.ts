// The one shape both ad platforms' rows are stored in: KPIs such as ad spend, CTR and ROAS
// add Google and Meta together (fixtures/fjordline/README.md, "The KPIs").

export type AdPlatform = "google_ads" | "meta_ads";

/** One campaign's results on one day, on one platform. */
export interface AdRow {
  platform: AdPlatform;
  /** Local date `YYYY-MM-DD`: both platforms report days in the account's time zone. */
  day: string;
  campaign: string;
  campaignType: string | null;
  /** ISO 4217 code, from a column (Google) or the cost header (Meta: `Amount spent (DKK)`). */
  currency: string | null;
  impressions: number;
  clicks: number;
  /** Exact decimals, e.g. "1161010.23". */
  cost: string;
  conversions: string;
  conversionValue: string;
}

/**
 * The totals an export states about itself (Google Ads' `Total: Account` row): a checksum
 * for the imported rows. null where the export writes "no value".
 */
export interface AdTotals {
  impressions: number | null;
  clicks: number | null;
  cost: string | null;
  conversions: string | null;
  conversionValue: string | null;
}
