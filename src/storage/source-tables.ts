/**
 * The tables that hold imported rows, one per source (import issue, "Normalised storage").
 * Each describes its natural key and typed columns once; the migration, the merge that
 * makes re-imports idempotent, and `imports undo` are all generated from these descriptions,
 * so a new source is one entry here plus its adapter in src/sources/.
 */

/** SQL column types both engines read alike. Money and quantities are exact decimals. */
export type ColumnType =
  | "text"
  | "date"
  | "timestamptz"
  | "integer"
  | "bigint"
  | "decimal"
  | "boolean";

/** Exact decimal for money, hours and conversions: 14 digits before the point, 4 after. */
export const DECIMAL_SQL = "decimal(18,4)";
export const DECIMAL_SCALE = 4;
/** Digits before the point a decimal column holds: 18 − 4. */
export const DECIMAL_INTEGER_DIGITS = 14;

export interface SourceColumn {
  name: string;
  type: ColumnType;
  nullable?: boolean;
}

export interface SourceTable {
  /** The source name users see and pass to `--source`, e.g. `google_ads`. */
  source: string;
  table: string;
  /** Natural key columns (besides organisation_id): a re-import with the same key updates. */
  key: SourceColumn[];
  values: SourceColumn[];
}

const text = (name: string, nullable = false): SourceColumn => ({ name, type: "text", nullable });
const date = (name: string, nullable = false): SourceColumn => ({ name, type: "date", nullable });
const instant = (name: string, nullable = false): SourceColumn => ({
  name,
  type: "timestamptz",
  nullable,
});
const decimal = (name: string, nullable = false): SourceColumn => ({
  name,
  type: "decimal",
  nullable,
});
const whole = (name: string): SourceColumn => ({ name, type: "bigint" });

export const sourceTables = {
  google_ads: {
    source: "google_ads",
    table: "google_ads_row",
    key: [date("day"), text("campaign")],
    values: [
      text("campaign_type", true),
      text("currency", true),
      whole("impressions"),
      whole("clicks"),
      decimal("cost"),
      decimal("conversions"),
      decimal("conversion_value"),
    ],
  },
  meta_ads: {
    source: "meta_ads",
    table: "meta_ads_row",
    key: [date("day"), text("campaign")],
    values: [
      whole("impressions"),
      whole("link_clicks"),
      decimal("amount_spent"),
      decimal("purchases"),
      decimal("purchases_conversion_value"),
    ],
  },
  hubspot_contacts: {
    source: "hubspot_contacts",
    table: "hubspot_contact",
    key: [text("record_id")],
    values: [
      instant("created_at"),
      date("create_date"),
      text("original_source", true),
      text("lifecycle_stage", true),
      instant("became_mql_at", true),
      date("became_mql_date", true),
      instant("became_sql_at", true),
      date("became_sql_date", true),
      instant("became_customer_at", true),
      date("became_customer_date", true),
      decimal("recent_deal_amount", true),
    ],
  },
  nps_responses: {
    source: "nps_responses",
    table: "nps_response",
    key: [text("response_id")],
    values: [
      instant("submitted_at"),
      date("day"),
      { name: "score", type: "integer" },
      text("comment", true),
    ],
  },
  campaign_launches: {
    source: "campaign_launches",
    table: "campaign_launch",
    key: [text("campaign_id")],
    values: [date("brief_date"), date("planned_launch"), date("actual_launch", true)],
  },
  training_log: {
    source: "training_log",
    table: "training_log_row",
    // The month's first day, so a month bucket is a date like every other source's.
    key: [date("month"), text("employee_id")],
    values: [decimal("training_hours"), { name: "certified", type: "boolean" }],
  },
  finance_monthly: {
    source: "finance_monthly",
    table: "finance_month",
    key: [date("month")],
    values: [
      decimal("revenue", true),
      decimal("marketing_budget", true),
      decimal("marketing_cost", true),
      decimal("market_size", true),
    ],
  },
  // The tables below were added by migration 2026-12-01-03-more-sources.
  ga4_traffic: {
    source: "ga4_traffic",
    table: "ga4_traffic_row",
    key: [date("day"), text("channel_group")],
    values: [
      whole("sessions"),
      whole("engaged_sessions"),
      whole("event_count"),
      decimal("key_events"),
      decimal("total_revenue"),
    ],
  },
  shopify_orders: {
    source: "shopify_orders",
    table: "shopify_order",
    key: [text("order_name")],
    values: [
      text("order_id", true),
      text("customer_email"),
      instant("created_at"),
      date("order_date"),
      { name: "cancelled", type: "boolean" },
      text("financial_status", true),
      decimal("subtotal"),
      decimal("shipping"),
      decimal("taxes"),
      decimal("total"),
      decimal("discount_amount"),
      decimal("refunded_amount"),
      text("sales_channel", true),
    ],
  },
  facebook_posts: {
    source: "facebook_posts",
    table: "facebook_post",
    key: [text("post_id")],
    values: [
      date("day"),
      text("post_type", true),
      whole("reach"),
      whole("impressions"),
      whole("likes"),
      whole("comments"),
      whole("shares"),
      whole("link_clicks"),
    ],
  },
  instagram_insights: {
    source: "instagram_insights",
    table: "instagram_day",
    key: [date("day")],
    values: [
      whole("reach"),
      whole("impressions"),
      whole("profile_visits"),
      whole("website_clicks"),
      whole("new_followers"),
      whole("followers"),
    ],
  },
  linkedin_ads: {
    source: "linkedin_ads",
    table: "linkedin_ads_row",
    key: [date("day"), text("campaign")],
    values: [
      text("campaign_id", true),
      text("campaign_group", true),
      text("currency", true),
      whole("impressions"),
      whole("clicks"),
      decimal("total_spent"),
      decimal("conversions"),
      decimal("conversion_value"),
      whole("leads"),
    ],
  },
  generic: {
    source: "generic",
    table: "generic_fact",
    // One row per mapped file row and measure: `dimensions` is the row's dimension values
    // as canonical JSON text, so any mapping fits one table on both engines.
    key: [text("mapping"), date("day"), text("dimensions"), text("measure")],
    values: [decimal("value", true)],
  },
} as const satisfies Record<string, SourceTable>;

export type SourceName = keyof typeof sourceTables;

export function columnsOf(table: SourceTable): SourceColumn[] {
  return [...table.key, ...table.values];
}

export function sqlTypeOf(type: ColumnType): string {
  return type === "decimal" ? DECIMAL_SQL : type;
}
