// HubSpot contacts export with lifecycle dates: Contacts → Export, with the "Became a …
// Date" properties. HubSpot writes timestamps without a zone, in the portal's time zone;
// Fourfold reads them as the organisation's local time. An empty date means "never".

import type { SourceAdapter } from "./source-adapter.ts";

export interface ContactRecord {
  recordId: string;
  /** Local date-time `YYYY-MM-DDTHH:MM:SS`, the UTC instant, and the local date. */
  createdAt: string;
  createdAtUtc: string;
  createDate: string;
  originalSource: string | null;
  lifecycleStage: string | null;
  mqlAt: string | null;
  mqlAtUtc: string | null;
  mqlDate: string | null;
  sqlAt: string | null;
  sqlAtUtc: string | null;
  sqlDate: string | null;
  customerAt: string | null;
  customerAtUtc: string | null;
  customerDate: string | null;
  /** Exact decimal in the portal's currency. */
  recentDealAmount: string | null;
}

type ContactField =
  | "recordId"
  | "createDate"
  | "originalSource"
  | "lifecycleStage"
  | "mqlDate"
  | "sqlDate"
  | "customerDate"
  | "recentDealAmount";

// KPIs need the source and every lifecycle date (leads, MQL → SQL, new customers, paid
// CAC), so those columns are required even though their cells may be empty.
export const hubspotContacts: SourceAdapter<"contacts", ContactRecord, ContactField> = {
  name: "hubspot_contacts",
  label: "HubSpot contacts export",
  kind: "contacts",
  columns: [
    { field: "recordId", english: ["Record ID", "Contact ID"], required: true },
    { field: "createDate", english: ["Create Date"], required: true },
    { field: "originalSource", english: ["Original Source"], required: true },
    { field: "lifecycleStage", english: ["Lifecycle Stage"], required: false },
    { field: "mqlDate", english: ["Became a Marketing Qualified Lead Date"], required: true },
    { field: "sqlDate", english: ["Became a Sales Qualified Lead Date"], required: true },
    { field: "customerDate", english: ["Became a Customer Date"], required: true },
    { field: "recentDealAmount", english: ["Recent Deal Amount"], required: false, numeric: true },
  ],
  naturalKey: ["recordId"],

  toRecord(row) {
    const created = row.timestamp("createDate");
    const mql = row.timestampOrNull("mqlDate");
    const sql = row.timestampOrNull("sqlDate");
    const customer = row.timestampOrNull("customerDate");
    const record: ContactRecord = {
      recordId: row.text("recordId"),
      createdAt: created.local,
      createdAtUtc: created.instant,
      createDate: created.date,
      originalSource: row.optionalText("originalSource"),
      lifecycleStage: row.optionalText("lifecycleStage"),
      mqlAt: mql?.local ?? null,
      mqlAtUtc: mql?.instant ?? null,
      mqlDate: mql?.date ?? null,
      sqlAt: sql?.local ?? null,
      sqlAtUtc: sql?.instant ?? null,
      sqlDate: sql?.date ?? null,
      customerAt: customer?.local ?? null,
      customerAtUtc: customer?.instant ?? null,
      customerDate: customer?.date ?? null,
      recentDealAmount: row.decimalOrNull("recentDealAmount"),
    };
    return row.failed ? undefined : record;
  },
};
