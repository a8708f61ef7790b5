// KPIs whose value in a period rests on rows outside it, which the measure model (one
// period's rows at a time) cannot say; their expressions give the part within the period
// and a rule here completes it, in the database (fixtures/more-sources/README.md):
// - customer_lifetime_value_12m follows its cohort 365 days past its first order, so it has
//   no value until the year of a customer acquired on the period's last day is complete;
// - instagram_follower_growth divides the period's new followers by the followers on the
//   latest day with a row before the period, which may lie in an earlier period.

import { type Kysely, sql } from "kysely";
import { daysFrom } from "../domain/calendar-date.ts";
import type { Period } from "../domain/periods.ts";
import type { Database } from "../storage/schema.ts";
import type { DateRange } from "./measure-query.ts";
import type { SourceName } from "./source-catalogue.ts";

export const CUSTOMER_VALUE_12M = "customer_lifetime_value_12m";
export const FOLLOWER_GROWTH = "instagram_follower_growth";

/** The days a customer's value is followed after their first order. */
export const CUSTOMER_VALUE_DAYS = 365;

interface CohortRow {
  period: string;
  values: Record<string, number | null>;
}

interface CohortRequest {
  organisationId: string;
  kpis: readonly { key: string }[];
  range?: DateRange | undefined;
}

// Without periods (the whole range as one) the bounds are the range's, or unbounded, which
// leaves a 12-month value incomplete and a growth without a base.
const UNBOUNDED: DateRange = { from: "0001-01-01", to: "9999-12-31" };

/** Completes the cohort KPIs of `rows` in place. */
export async function applyCohortRules(
  db: Kysely<Database>,
  request: CohortRequest,
  data: { periods: readonly Period[]; sources: ReadonlySet<SourceName> },
  rows: CohortRow[],
): Promise<void> {
  const { periods, sources } = data;
  const wanted = new Set(request.kpis.map((kpi) => kpi.key));
  const bounds = new Map(
    periods.map((period) => [period.key, { from: period.start, to: period.end }]),
  );
  const boundsOf = (key: string) => bounds.get(key) ?? request.range ?? UNBOUNDED;
  // Without the source's rows the expression already has no value to complete.
  if (wanted.has(CUSTOMER_VALUE_12M) && sources.has("shopify_orders")) {
    await nullIncompleteYears(db, request, rows, boundsOf);
  }
  if (wanted.has(FOLLOWER_GROWTH) && !sources.has("instagram_insights")) {
    for (const row of rows) row.values[FOLLOWER_GROWTH] = null;
  } else if (wanted.has(FOLLOWER_GROWTH)) {
    await divideByEarlierFollowers(db, request.organisationId, rows, boundsOf);
  }
}

async function nullIncompleteYears(
  db: Kysely<Database>,
  request: CohortRequest,
  rows: CohortRow[],
  boundsOf: (key: string) => DateRange,
): Promise<void> {
  // The shop's data ends on its latest order, cancelled or not, or where the range ends.
  const { rows: last } = await sql<{ last_day: unknown }>`
    select cast(max(order_date) as text) as last_day from shopify_order
    where organisation_id = ${request.organisationId}`.execute(db);
  const stored = last[0]?.last_day;
  const lastDay =
    typeof stored === "string" && request.range && request.range.to < stored.slice(0, 10)
      ? request.range.to
      : stored;
  for (const row of rows) {
    const { to } = boundsOf(row.period);
    const complete =
      typeof lastDay === "string" && daysFrom(to, lastDay.slice(0, 10)) >= CUSTOMER_VALUE_DAYS;
    if (!complete) row.values[CUSTOMER_VALUE_12M] = null;
  }
}

async function divideByEarlierFollowers(
  db: Kysely<Database>,
  organisationId: string,
  rows: CohortRow[],
  boundsOf: (key: string) => DateRange,
): Promise<void> {
  const starts = [...new Set(rows.map((row) => boundsOf(row.period).from))];
  if (starts.length === 0) return;
  const startList = sql.join(starts.map((start) => sql`(cast(${start} as date))`));
  const { rows: bases } = await sql<{ period_start: unknown; base: unknown }>`
    select cast(p.period_start as text) as period_start,
      (select i.followers from instagram_day i
        where i.organisation_id = ${organisationId} and i.day < p.period_start
        order by i.day desc limit 1) as base
    from (values ${startList}) as p(period_start)`.execute(db);
  const baseOf = new Map(
    bases.map((base) => [
      String(base.period_start).slice(0, 10),
      base.base === null ? null : Number(base.base),
    ]),
  );
  for (const row of rows) {
    const newFollowers = row.values[FOLLOWER_GROWTH];
    const base = baseOf.get(boundsOf(row.period).from) ?? null;
    row.values[FOLLOWER_GROWTH] =
      newFollowers === null || newFollowers === undefined || base === null || base === 0
        ? null
        : newFollowers / base;
  }
}

/** The KPIs whose page shows the customer cohorts behind them. */
export const COHORT_KPIS: readonly string[] = [
  CUSTOMER_VALUE_12M,
  "repeat_customer_rate",
  "new_shop_customers",
];

/** The months after acquisition a cohort table follows: the first month and eleven more. */
export const COHORT_MONTHS = 12;

export interface CustomerCohort {
  /** The month of the customers' first live order, `2025-01`. */
  month: string;
  customers: number;
  /** What the cohort spent (Total less refunds) in its first month, the month after, … */
  spend: number[];
}

/**
 * Customers acquired per month (first live order) and what they spent in each month after,
 * from the view of live orders with first order dates, grouped in the database.
 */
export async function customerCohorts(
  db: Kysely<Database>,
  organisationId: string,
): Promise<CustomerCohort[]> {
  const monthIndex = (date: string) =>
    sql<number>`(extract(year from ${sql.ref(date)}) * 12 + extract(month from ${sql.ref(date)}) - 1)`;
  const cohort = monthIndex("first_order_date");
  const after = sql<number>`(${monthIndex("order_date")} - ${cohort})`;
  const { rows } = await sql<{
    cohort: unknown;
    after: unknown;
    customers: unknown;
    spend: unknown;
  }>`
    select ${cohort} as cohort, ${after} as after,
      count(distinct customer_email) as customers, sum(net_amount) as spend
    from shopify_customer_order
    where organisation_id = ${organisationId} and ${after} < ${COHORT_MONTHS}
    group by 1, 2
    order by 1, 2`.execute(db);
  const cohorts = new Map<number, CustomerCohort>();
  for (const row of rows) {
    const index = Number(row.cohort);
    const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
    const entry = cohorts.get(index) ?? {
      month,
      customers: 0,
      spend: Array.from({ length: COHORT_MONTHS }, () => 0),
    };
    // Every customer of a cohort orders in its first month, so month 0 counts them all.
    if (Number(row.after) === 0) entry.customers = Number(row.customers);
    entry.spend[Number(row.after)] = Number(row.spend);
    cohorts.set(index, entry);
  }
  return [...cohorts.values()];
}
