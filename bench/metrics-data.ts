// Generated source rows for the metrics benchmark, written by the database itself with SQL
// (not through the importer: import speed has its own benchmark). Sizes follow the fjordline
// fixture: per 6,214 ad rows (5,421 Google, 793 Meta) there are 5,691 contacts, 2,031 NPS
// responses, 131 launches and 244 training rows; finance is one row per month.
//
// Rows are spread over ten years of days (120 months, 40 quarters) and every value is a
// multiplicative hash of the row number in integer arithmetic, so both engines write the
// same rows and Fourfold's answers on PostgreSQL can be checked against the same reference.

import { type Kysely, sql } from "kysely";
import type { Engine } from "../src/storage/database.ts";
import type { Database } from "../src/storage/schema.ts";

const FIRST_DAY = "2016-01-01";
const DAYS = 3653; // 2016-01-01 … 2025-12-31
const MONTHS = 120;
// Meta's ads start two years later, so early periods hold Google rows only.
const META_FIRST_DAY_OFFSET = 731;

/** Where the two engines differ; everything else below is read alike by both. */
interface GeneratorDialect {
  /** A table `g(i)` of the row numbers 0 … n − 1, as bigint. */
  rowNumbers(n: number): string;
  /** The whole-number quotient of an integer expression (DuckDB's `/` gives a double). */
  quotient(a: string, b: number): string;
  /** The first day of the `k`th month from FIRST_DAY (k an integer expression). */
  monthStart(k: string): string;
  /** Runs one insert of many rows into `table`. */
  load(db: Kysely<Database>, table: string, insert: string): Promise<void>;
}

const dialects: Record<Engine, GeneratorDialect> = {
  duckdb: {
    rowNumbers: (n) => `range(${n}) as g(i)`,
    quotient: (a, b) => `(${a} // ${b})`,
    monthStart: (k) => `cast(date '${FIRST_DAY}' + to_months(cast(${k} as integer)) as date)`,
    // DuckDB cannot drop a primary key; its index is built as the rows arrive.
    load: async (db, _table, insert) => {
      await sql.raw(insert).execute(db);
    },
  },
  postgres: {
    rowNumbers: (n) => `generate_series(cast(0 as bigint), ${n - 1}) as g(i)`,
    quotient: (a, b) => `(${a} / ${b})`,
    monthStart: (k) =>
      `cast(date '${FIRST_DAY}' + make_interval(months => cast(${k} as integer)) as date)`,
    load: loadWithoutIndexes,
  },
};

/**
 * PostgreSQL fills a table about three times faster when its indexes are built after the
 * rows: drop them, insert, and create them again as they were (the primary key over its
 * rebuilt index), so the schema ends exactly as the migrations made it.
 */
async function loadWithoutIndexes(db: Kysely<Database>, table: string, insert: string) {
  const { rows: indexes } = await sql<{ name: string; definition: string; primary: boolean }>`
    select i.indexname as name, i.indexdef as definition,
      exists (select 1 from pg_constraint c where c.conname = i.indexname and c.contype = 'p')
        as primary
    from pg_indexes i where i.schemaname = current_schema() and i.tablename = ${table}`.execute(db);
  for (const index of indexes) {
    await sql
      .raw(
        index.primary
          ? `alter table ${table} drop constraint ${index.name}`
          : `drop index ${index.name}`,
      )
      .execute(db);
  }
  await sql.raw(insert).execute(db);
  for (const index of indexes) {
    await sql.raw(index.definition).execute(db);
    if (index.primary) {
      await sql
        .raw(
          `alter table ${table} add constraint ${index.name} primary key using index ${index.name}`,
        )
        .execute(db);
    }
  }
}

/** A pseudo-random integer in [0, 2^32) for row i: Knuth's multiplicative hash, one per salt. */
const multipliers = [
  2654435761, 2246822519, 3266489917, 668265263, 374761393, 1597334677, 3812015801, 2870177451,
];
function hash(salt: number): string {
  const multiplier = multipliers[salt % multipliers.length] as number;
  return `((i * ${multiplier} + ${salt * 40503 + 1}) % 4294967296)`;
}
const day = (offset: string) => `(date '${FIRST_DAY}' + cast(${offset} as integer))`;
const money = (salt: number, maxCents: number) =>
  `cast((${hash(salt)} % ${maxCents}) * 0.01 as decimal(18,4))`;

export interface GeneratedSizes {
  googleAds: number;
  metaAds: number;
  contacts: number;
  npsResponses: number;
  launches: number;
  trainingRows: number;
  financeMonths: number;
}

export function generatedSizes(adRows: number): GeneratedSizes {
  const scaled = (perFixture: number) => Math.round((adRows * perFixture) / 6214);
  const googleAds = scaled(5421);
  return {
    googleAds,
    metaAds: adRows - googleAds,
    contacts: scaled(5691),
    npsResponses: scaled(2031),
    launches: scaled(131),
    // At least one row a month, so every month has a training snapshot.
    trainingRows: Math.max(MONTHS, scaled(244)),
    financeMonths: MONTHS,
  };
}

interface Insert {
  table: string;
  /** The columns after organisation_id and import_id. */
  columns: string;
  /** Their values, one row per row number `i`. */
  select: string;
}

function inserts(sizes: GeneratedSizes, dialect: GeneratorDialect): Insert[] {
  const metaDays = DAYS - META_FIRST_DAY_OFFSET;
  const over = dialect.quotient;
  const rows = dialect.rowNumbers;
  return [
    {
      table: "google_ads_row",
      columns: `day, campaign, campaign_type, currency, impressions, clicks, cost, conversions,
        conversion_value`,
      select: `${day(`i % ${DAYS}`)}, 'Campaign ' || cast(${over("i", DAYS)} as varchar),
        case ${over("i", DAYS)} % 4 when 0 then 'Search' when 1 then 'Performance Max'
          when 2 then 'Display' else 'Video' end,
        'DKK', 100 + ${hash(1)} % 4900, ${hash(2)} % 100, ${money(3, 200000)},
        ${money(4, 1000)}, ${money(5, 800000)}
        from ${rows(sizes.googleAds)}`,
    },
    {
      table: "meta_ads_row",
      columns:
        "day, campaign, impressions, link_clicks, amount_spent, purchases, purchases_conversion_value",
      select: `${day(`${META_FIRST_DAY_OFFSET} + i % ${metaDays}`)},
        'Meta ' || cast(${over("i", metaDays)} as varchar), 200 + ${hash(6)} % 9000,
        ${hash(7)} % 150, ${money(1, 150000)}, cast(${hash(3)} % 4 as decimal(18,4)),
        ${money(4, 500000)}
        from ${rows(sizes.metaAds)}`,
    },
    {
      table: "hubspot_contact",
      columns: `record_id, created_at, create_date, original_source, lifecycle_stage,
        became_mql_at, became_mql_date, became_sql_at, became_sql_date, became_customer_at,
        became_customer_date, recent_deal_amount`,
      select: `record_id, cast(create_date as timestamptz), create_date, original_source,
        case when became_customer_date is not null then 'customer'
          when became_sql_date is not null then 'salesqualifiedlead'
          when became_mql_date is not null then 'marketingqualifiedlead' else 'lead' end,
        cast(became_mql_date as timestamptz), became_mql_date,
        cast(became_sql_date as timestamptz), became_sql_date,
        cast(became_customer_date as timestamptz), became_customer_date,
        case when became_customer_date is not null and ${hash(6)} % 10 > 0
          then ${money(7, 5000000)} end
        from (${contactSteps(rows(sizes.contacts))}) as contact`,
    },
    {
      table: "nps_response",
      columns: "response_id, submitted_at, day, score, comment",
      select: `cast(i as varchar), cast(${day(`${hash(0)} % ${DAYS}`)} as timestamptz),
        ${day(`${hash(0)} % ${DAYS}`)}, cast(${hash(1)} % 11 as integer), null
        from ${rows(sizes.npsResponses)}`,
    },
    {
      // One launch in 20 has not gone live yet; the rest go live −4 … +6 days from the plan.
      table: "campaign_launch",
      columns: "campaign_id, brief_date, planned_launch, actual_launch",
      select: `'L-' || cast(i as varchar), brief_date, planned_launch,
        case when ${hash(3)} % 20 > 0 then planned_launch + cast(${hash(4)} % 11 - 4 as integer) end
        from (select i, brief_date, brief_date + cast(10 + ${hash(2)} % 30 as integer) as planned_launch
          from (select i, ${day(`${hash(1)} % ${DAYS}`)} as brief_date from ${rows(sizes.launches)})
            as briefed) as planned`,
    },
    {
      // Employee i / 120 in month i % 120; certification grows over the years.
      table: "training_log_row",
      columns: "month, employee_id, training_hours, certified",
      select: `${dialect.monthStart(`i % ${MONTHS}`)}, 'E' || cast(${over("i", MONTHS)} as varchar),
        cast((${hash(1)} % 120) * 0.1 as decimal(18,4)),
        ${hash(2)} % 100 < 30 + ${over(`i % ${MONTHS}`, 3)}
        from ${rows(sizes.trainingRows)}`,
    },
    {
      table: "finance_month",
      columns: "month, revenue, marketing_budget, marketing_cost, market_size",
      select: `${dialect.monthStart("i")}, ${money(1, 300000000)} + 2000000,
        ${money(2, 20000000)} + 200000, ${money(3, 25000000)} + 180000,
        ${money(4, 1000000000)} + 40000000
        from ${rows(sizes.financeMonths)}`,
    },
  ];
}

/**
 * Contacts created on random days; with some chance each becomes an MQL a few days later,
 * then an SQL, then a customer (whose steps may run into the months after the ads end).
 */
function contactSteps(rowNumbers: string): string {
  const created = `select i, cast(100000 + i as varchar) as record_id,
      ${day(`${hash(0)} % ${DAYS}`)} as create_date,
      case ${hash(1)} % 8 when 0 then 'Paid Search' when 1 then 'Paid Social'
        when 2 then 'Organic Search' when 3 then 'Referrals' when 4 then 'Direct Traffic'
        when 5 then 'Email Marketing' when 6 then 'Organic Social' end as original_source
    from ${rowNumbers}`;
  const mql = `select *, case when ${hash(2)} % 100 < 40
      then create_date + cast(${hash(3)} % 30 as integer) end as became_mql_date
    from (${created}) as created`;
  const sqlStep = `select *, case when became_mql_date is not null and ${hash(4)} % 100 < 50
      then became_mql_date + cast(${hash(5)} % 20 as integer) end as became_sql_date
    from (${mql}) as mql`;
  return `select *, case when became_sql_date is not null and ${hash(5)} % 100 < 50
      then became_sql_date + cast(${hash(6)} % 40 as integer) end as became_customer_date
    from (${sqlStep}) as qualified`;
}

/** Writes the rows for `adRows` ad rows into a migrated database with no source rows. */
export async function generateMetricsData(
  db: Kysely<Database>,
  engine: Engine,
  organisationId: string,
  adRows: number,
): Promise<GeneratedSizes> {
  const sizes = generatedSizes(adRows);
  const dialect = dialects[engine];
  for (const { table, columns, select } of inserts(sizes, dialect)) {
    const insert = `insert into ${table} (organisation_id, import_id, ${columns})
      select '${organisationId}', 'bench', ${select}`;
    await dialect.load(db, table, insert);
  }
  // Settle the rows as an import would leave them: written out, statistics gathered.
  await sql.raw(engine === "duckdb" ? "checkpoint" : "vacuum analyze").execute(db);
  return sizes;
}
