// Meta Ads Manager export, broken down by day: Ads Manager → Reports → Export table data,
// in the English or the Danish interface. The currency is in the amount's header.

import type { AdRow } from "./ad-row.ts";
import type { SourceAdapter } from "./source-adapter.ts";

type MetaAdsField =
  | "campaign"
  | "day"
  | "cost"
  | "impressions"
  | "clicks"
  | "conversions"
  | "conversionValue";

// "Reporting starts"/"Reporting ends" only repeat the range chosen for the export; like
// "Reach" or "Results", they are not read.
export const metaAds: SourceAdapter<"ads", AdRow, MetaAdsField> = {
  name: "meta_ads",
  label: "Meta Ads Manager export",
  kind: "ads",
  columns: [
    { field: "campaign", english: ["Campaign name"], danish: ["Kampagnenavn"], required: true },
    { field: "day", english: ["Day"], danish: ["Dag"], required: true },
    {
      field: "cost",
      english: ["Amount spent"],
      danish: ["Beløb brugt"],
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
    {
      field: "clicks",
      english: ["Link clicks"],
      danish: ["Linkklik"],
      required: true,
      numeric: true,
    },
    {
      field: "conversions",
      english: ["Purchases"],
      danish: ["Køb"],
      required: true,
      numeric: true,
    },
    {
      field: "conversionValue",
      english: ["Purchases conversion value"],
      danish: ["Konverteringsværdi for køb"],
      required: true,
      numeric: true,
    },
  ],
  naturalKey: ["platform", "day", "campaign"],

  // Meta leaves a metric's cell empty when it is zero (no purchases that day).
  toRecord(row) {
    const record: AdRow = {
      platform: "meta_ads",
      day: row.date("day"),
      campaign: row.text("campaign"),
      campaignType: null,
      currency: row.currencyOf("cost"),
      impressions: row.countOrZero("impressions"),
      clicks: row.countOrZero("clicks"),
      cost: row.decimalOrZero("cost"),
      conversions: row.decimalOrZero("conversions"),
      conversionValue: row.decimalOrZero("conversionValue"),
    };
    return row.failed ? undefined : record;
  },
};
