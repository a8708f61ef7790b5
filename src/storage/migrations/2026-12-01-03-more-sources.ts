import { type Kysely, sql } from "kysely";

// Tables for GA4 traffic, Shopify orders, Facebook posts, Instagram insights and LinkedIn
// Ads (issue 13). A frozen snapshot: the columns are written out here, not read from
// source-tables.ts, so a later change to a description needs a migration of its own.

type Column = readonly [name: string, type: string, nullable?: "null"];

interface Table {
  name: string;
  key: readonly Column[];
  values: readonly Column[];
}

const DECIMAL = "decimal(18,4)";

const TABLES: readonly Table[] = [
  {
    name: "ga4_traffic_row",
    key: [
      ["day", "date"],
      ["channel_group", "text"],
    ],
    values: [
      ["sessions", "bigint"],
      ["engaged_sessions", "bigint"],
      ["event_count", "bigint"],
      ["key_events", DECIMAL],
      ["total_revenue", DECIMAL],
    ],
  },
  {
    name: "shopify_order",
    key: [["order_name", "text"]],
    values: [
      ["order_id", "text", "null"],
      ["customer_email", "text"],
      ["created_at", "timestamptz"],
      ["order_date", "date"],
      ["cancelled", "boolean"],
      ["financial_status", "text", "null"],
      ["subtotal", DECIMAL],
      ["shipping", DECIMAL],
      ["taxes", DECIMAL],
      ["total", DECIMAL],
      ["discount_amount", DECIMAL],
      ["refunded_amount", DECIMAL],
      ["sales_channel", "text", "null"],
    ],
  },
  {
    name: "facebook_post",
    key: [["post_id", "text"]],
    values: [
      ["day", "date"],
      ["post_type", "text", "null"],
      ["reach", "bigint"],
      ["impressions", "bigint"],
      ["likes", "bigint"],
      ["comments", "bigint"],
      ["shares", "bigint"],
      ["link_clicks", "bigint"],
    ],
  },
  {
    name: "instagram_day",
    key: [["day", "date"]],
    values: [
      ["reach", "bigint"],
      ["impressions", "bigint"],
      ["profile_visits", "bigint"],
      ["website_clicks", "bigint"],
      ["new_followers", "bigint"],
      ["followers", "bigint"],
    ],
  },
  {
    name: "linkedin_ads_row",
    key: [
      ["day", "date"],
      ["campaign", "text"],
    ],
    values: [
      ["campaign_id", "text", "null"],
      ["campaign_group", "text", "null"],
      ["currency", "text", "null"],
      ["impressions", "bigint"],
      ["clicks", "bigint"],
      ["total_spent", DECIMAL],
      ["conversions", DECIMAL],
      ["conversion_value", DECIMAL],
      ["leads", "bigint"],
    ],
  },
];

// Undo history lives in import_carrier (migration 2026-12-01-02), which serves any source
// table, so these tables have no `_replaced` twins.
async function createTable(db: Kysely<unknown>, table: Table): Promise<void> {
  let create = db.schema
    .createTable(table.name)
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("import_id", "text", (c) => c.notNull());
  for (const [column, type, nullable] of [...table.key, ...table.values]) {
    create = create.addColumn(column, sql.raw(type), (c) => (nullable ? c : c.notNull()));
  }
  const key = ["organisation_id", ...table.key.map(([column]) => column)];
  create = create.addPrimaryKeyConstraint(`${table.name}_pkey`, key as never);
  await create.execute();
  await db.schema
    .createIndex(`${table.name}_by_import_id`)
    .on(table.name)
    .column("import_id")
    .execute();
}

// Each live Shopify order with its customer's first live order date, so cohort KPIs (new
// customers, repeat customers, 12-month customer value) are sums over rows like any other
// (fixtures/more-sources/README.md: cancelled orders count nowhere; a customer is a
// normalised email; a first-year order is dated at most 365 days after the first order).
const SHOPIFY_CUSTOMER_ORDER = sql`
  create view shopify_customer_order as
  select
    f.organisation_id,
    f.import_id,
    f.order_name,
    f.customer_email,
    f.order_date,
    f.first_order_date,
    f.total,
    f.refunded_amount,
    f.total - f.refunded_amount as net_amount,
    (f.order_date - f.first_order_date) <= 365 as in_first_year
  from (
    select
      o.organisation_id,
      o.import_id,
      o.order_name,
      o.customer_email,
      o.order_date,
      o.total,
      o.refunded_amount,
      min(o.order_date) over (partition by o.organisation_id, o.customer_email) as first_order_date
    from shopify_order o
    where not o.cancelled
  ) f`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await createTable(db, table);
  }
  await SHOPIFY_CUSTOMER_ORDER.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop view shopify_customer_order`.execute(db);
  for (const table of TABLES) {
    await db.schema.dropTable(table.name).execute();
  }
}
