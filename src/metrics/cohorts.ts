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
