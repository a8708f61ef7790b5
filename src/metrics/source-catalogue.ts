// The sources a measure can aggregate and the fields it can use, as users write them in a
// KPI expression (`google_ads.cost`). Columns and their types come from the storage
// descriptions (storage/source-tables.ts), so a column added there is a field here; this
// module adds what only metrics needs: which dates date a row into a period, what a
// period without rows means, the dimensions a KPI can be broken down by, and derived fields.

import {
  type ColumnType,
  columnsOf,
  type SourceTable,
  type SourceName as StoredSourceName,
  sourceTables,
} from "../storage/source-tables.ts";

/** A stored source, or a view over one (shopify_customer_orders). */
export type SourceName = StoredSourceName | "shopify_customer_orders";

/** What a field holds, as the expression language types it. */
export type FieldType = "number" | "text" | "date" | "boolean";

/** A field computed from two date columns of the same row: `to − from`, in days. */
export interface DaysBetween {
  from: string;
  to: string;
}

export interface SourceField {
  name: string;
  type: FieldType;
  /** Set for a derived field: it is computed, not stored. */
  daysBetween?: DaysBetween;
}

/** A dimension a KPI can be broken down by: a text column, or a value fixed by the source. */
export type Dimension =
  | "campaign"
  | "campaign_type"
  | "platform"
  | "original_source"
  | "lifecycle_stage";

export const dimensions: readonly Dimension[] = [
  "campaign",
  "campaign_type",
  "platform",
  "original_source",
  "lifecycle_stage",
];

export interface MetricSource {
  name: SourceName;
  table: string;
  /** What users call it, for docs and messages. */
  label: string;
  fields: readonly SourceField[];
  /** The date a measure is bucketed by unless it says `by another_date`. */
  defaultDate: string;
  /** The dates that put a row in a period: a period "holds data" when one falls in it. */
  periodDates: readonly string[];
  /**
   * What a period without rows means for a sum: `zero` for sources of events (no ad rows is
   * no spend), `no_value` for sources that report per period (no finance row for a month is
   * an unreported month, whose revenue is null: fjordline/README.md, "Periods").
   */
  withoutRows: "zero" | "no_value";
  /** The dimensions it can be broken down by; `platform` is the source's own name. */
  dimensions: readonly Dimension[];
}

const fieldTypes: Record<ColumnType, FieldType | undefined> = {
  text: "text",
  date: "date",
  // Instants are not offered: periods are cut from local dates (style guide, Numbers), and
  // every instant column has its local date beside it.
  timestamptz: undefined,
  integer: "number",
  bigint: "number",
  decimal: "number",
  boolean: "boolean",
};

function storedFields(table: SourceTable): SourceField[] {
  return columnsOf(table).flatMap((column) => {
    const type = fieldTypes[column.type];
    return type ? [{ name: column.name, type }] : [];
  });
}

interface SourceExtras {
  label: string;
  defaultDate: string;
  periodDates?: readonly string[];
  withoutRows?: "zero" | "no_value";
  dimensions?: readonly Dimension[];
  derived?: readonly SourceField[];
}

const extras: Record<StoredSourceName, SourceExtras> = {
  google_ads: {
    label: "Google Ads campaign report",
    defaultDate: "day",
    dimensions: ["campaign", "campaign_type", "platform"],
  },
  meta_ads: {
    label: "Meta Ads Manager export",
    defaultDate: "day",
    dimensions: ["campaign", "platform"],
  },
  hubspot_contacts: {
    label: "HubSpot contacts export",
    defaultDate: "create_date",
    // A contact dates a period by each lifecycle step it took in it (a customer won in a
    // month with no new contacts still makes that month hold data).
    periodDates: ["create_date", "became_mql_date", "became_sql_date", "became_customer_date"],
    dimensions: ["original_source", "lifecycle_stage"],
  },
  nps_responses: { label: "NPS survey responses", defaultDate: "day" },
  campaign_launches: {
    label: "campaign operations log",
    // A launch counts in the period it went live (fjordline/README.md, on_time_launch_rate).
    defaultDate: "actual_launch",
    derived: [
      {
        name: "days_to_launch",
        type: "number",
        daysBetween: { from: "brief_date", to: "actual_launch" },
      },
      {
        name: "days_late",
        type: "number",
        daysBetween: { from: "planned_launch", to: "actual_launch" },
      },
    ],
  },
  training_log: { label: "training log", defaultDate: "month", withoutRows: "no_value" },
  finance_monthly: {
    label: "monthly finance figures",
    defaultDate: "month",
    withoutRows: "no_value",
  },
  ga4_traffic: { label: "GA4 traffic acquisition report", defaultDate: "day" },
  shopify_orders: { label: "Shopify orders export", defaultDate: "order_date" },
  facebook_posts: { label: "Facebook page posts export", defaultDate: "day" },
  instagram_insights: { label: "Instagram account insights export", defaultDate: "day" },
  linkedin_ads: {
    label: "LinkedIn Ads campaign performance report",
    defaultDate: "day",
    dimensions: ["campaign", "platform"],
  },
  generic: { label: "generic CSV export (mapped columns)", defaultDate: "day" },
};

function metricSource(name: StoredSourceName): MetricSource {
  const table: SourceTable = sourceTables[name];
  const extra = extras[name];
  return {
    name,
    table: table.table,
    label: extra.label,
    fields: [...storedFields(table), ...(extra.derived ?? [])],
    defaultDate: extra.defaultDate,
    periodDates: extra.periodDates ?? [extra.defaultDate],
    withoutRows: extra.withoutRows ?? "zero",
    dimensions: extra.dimensions ?? [],
  };
}

// Live Shopify orders with their customer's first order date: the view
// shopify_customer_order (migration 2026-12-01-03), computed in the database.
const shopifyCustomerOrders: MetricSource = {
  name: "shopify_customer_orders",
  table: "shopify_customer_order",
  label: "Shopify live orders with their customer's first order",
  fields: [
    { name: "order_name", type: "text" },
    { name: "customer_email", type: "text" },
    { name: "order_date", type: "date" },
    { name: "first_order_date", type: "date" },
    { name: "total", type: "number" },
    { name: "refunded_amount", type: "number" },
    { name: "net_amount", type: "number" },
    { name: "in_first_year", type: "boolean" },
  ],
  defaultDate: "order_date",
  periodDates: ["order_date"],
  withoutRows: "zero",
  dimensions: [],
};

/** Every source a measure can aggregate, by name. */
export const metricSources: Readonly<Record<SourceName, MetricSource>> = {
  ...(Object.fromEntries(
    (Object.keys(sourceTables) as StoredSourceName[]).map((name) => [name, metricSource(name)]),
  ) as Record<StoredSourceName, MetricSource>),
  shopify_customer_orders: shopifyCustomerOrders,
};

export const sourceNames = Object.keys(metricSources) as SourceName[];

export function findSource(name: string): MetricSource | undefined {
  return Object.hasOwn(metricSources, name) ? metricSources[name as SourceName] : undefined;
}

export function findField(source: MetricSource, name: string): SourceField | undefined {
  return source.fields.find((field) => field.name === name);
}

/** The field a source has by that name; a programmer error when it has none. */
export function fieldOf(source: MetricSource, name: string): SourceField {
  const field = findField(source, name);
  if (!field) throw new Error(`${source.name} has no field ${name}`);
  return field;
}
