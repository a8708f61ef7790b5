// Google Ads campaign report, one row per day and campaign: Reports → Predefined reports →
// Campaign, segmented by Day, downloaded as "CSV" (UTF-8, comma) or "Excel CSV" (UTF-16LE,
// tab). Both start with title lines and end with `Total: …` summary rows.

import type { AdRow, AdTotals } from "./ad-row.ts";
import type { RowReader } from "./row-reader.ts";
import type { SourceAdapter } from "./source-adapter.ts";

type GoogleAdsField =
  | "day"
  | "campaign"
  | "campaignType"
  | "currency"
  | "impressions"
  | "clicks"
  | "cost"
  | "conversions"
  | "conversionValue";

// Google Ads writes "--" for "no value" in summary rows.
const NO_VALUE = "--";

function totalOf<T>(
  row: RowReader<GoogleAdsField>,
  field: GoogleAdsField,
  read: (field: GoogleAdsField) => T,
): T | null {
  return row.cell(field) === NO_VALUE ? null : read(field);
}

// Danish headers are those of Google Ads' Danish interface; no Danish sample is in the
// fixtures yet, so they only help recognise such a file.
export const googleAds: SourceAdapter<"ads", AdRow, GoogleAdsField> = {
  name: "google_ads",
  label: "Google Ads campaign report",
  kind: "ads",
  columns: [
    { field: "day", english: ["Day"], danish: ["Dag"], required: true },
    { field: "campaign", english: ["Campaign"], danish: ["Kampagne"], required: true },
    {
      field: "campaignType",
      english: ["Campaign type"],
      danish: ["Kampagnetype"],
      required: false,
    },
    { field: "currency", english: ["Currency code"], danish: ["Valutakode"], required: false },
    {
      field: "impressions",
      english: ["Impr.", "Impressions"],
      danish: ["Eksponeringer", "Visninger"],
      required: true,
      numeric: true,
    },
    { field: "clicks", english: ["Clicks"], danish: ["Klik"], required: true, numeric: true },
    { field: "cost", english: ["Cost"], danish: ["Omkostninger"], required: true, numeric: true },
    {
      field: "conversions",
      english: ["Conversions"],
      danish: ["Konverteringer"],
      required: true,
      numeric: true,
    },
    {
      field: "conversionValue",
      english: ["Conv. value", "Conversion value"],
      danish: ["Konv.værdi", "Konverteringsværdi"],
      required: true,
      numeric: true,
    },
  ],
  naturalKey: ["platform", "day", "campaign"],

  toRecord(row) {
    const record: AdRow = {
      platform: "google_ads",
      day: row.date("day"),
      campaign: row.text("campaign"),
      campaignType: row.optionalText("campaignType"),
      currency: row.optionalText("currency"),
      impressions: row.count("impressions"),
      clicks: row.count("clicks"),
      cost: row.decimal("cost"),
      conversions: row.decimal("conversions"),
      conversionValue: row.decimal("conversionValue"),
    };
    return row.failed ? undefined : record;
  },

  // Any row whose first cell starts with "Total:" sums other rows; only `Total: Account`
  // holds the account's totals (`Total: Search` and the like are "--" throughout).
  summaryRows: {
    matches: (firstCell) => firstCell.startsWith("Total:"),
    totals(row) {
      if (row.cells[0]?.trim() !== "Total: Account") return undefined;
      const totals: AdTotals = {
        impressions: totalOf(row, "impressions", (f) => row.count(f)),
        clicks: totalOf(row, "clicks", (f) => row.count(f)),
        cost: totalOf(row, "cost", (f) => row.decimal(f)),
        conversions: totalOf(row, "conversions", (f) => row.decimal(f)),
        conversionValue: totalOf(row, "conversionValue", (f) => row.decimal(f)),
      };
      return row.failed ? undefined : totals;
    },
  },
};
