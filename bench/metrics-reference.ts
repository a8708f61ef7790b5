// The reference side of the metrics benchmark: the whole KPI library at one grain, written by
// hand as one DuckDB query the way an analyst would (one CTE per source and date, the
// periods that hold data, then every KPI from the sums, reusing earlier columns by name).
// It follows the definitions in test/fixtures/fjordline/README.md and the library's
// rules for empty periods: sums and counts of event sources are 0, finance and training
// sums are null, ratios with an empty or zero denominator are null.

import { type Kysely, sql } from "kysely";
import type { Database } from "../src/storage/schema.ts";

export type ReferenceGrain = "month" | "quarter";

/**
 * The query for `grain` over one organisation's rows (its id is ours, a UUID); with `only`
 * (a period's first day, ours too), over that period alone, as the API benchmark asks.
 */
export function handWrittenKpiQuery(
  grain: ReferenceGrain,
  organisationId: string,
  only?: string,
): string {
  const period = (date: string) => `date_trunc('${grain}', ${date})`;
  const mine = `organisation_id = '${organisationId}'`;
  const within = (date: string) => (only ? ` and ${period(date)} = date '${only}'` : "");
  return `
with
google as (
  select ${period("day")} as period, sum(cost) as cost, sum(conversion_value) as value,
    sum(impressions) as shown, sum(clicks) as clicked, sum(conversions) as converted
  from google_ads_row where ${mine}${within("day")} group by all
),
meta as (
  select ${period("day")} as period, sum(amount_spent) as cost,
    sum(purchases_conversion_value) as value, sum(impressions) as shown,
    sum(link_clicks) as clicked, sum(purchases) as converted
  from meta_ads_row where ${mine}${within("day")} group by all
),
created as (
  select ${period("create_date")} as period, count(*) as contacts
  from hubspot_contact where ${mine}${within("create_date")} group by all
),
won as (
  select ${period("became_customer_date")} as period, count(*) as customers,
    count(*) filter (where original_source in ('Paid Search', 'Paid Social')) as paid_customers,
    avg(recent_deal_amount) as deal_amount
  from hubspot_contact where ${mine} and became_customer_date is not null${within("became_customer_date")} group by all
),
qualified_m as (
  select ${period("became_mql_date")} as period, count(*) as contacts
  from hubspot_contact where ${mine} and became_mql_date is not null${within("became_mql_date")} group by all
),
qualified_s as (
  select ${period("became_sql_date")} as period, count(*) as contacts
  from hubspot_contact where ${mine} and became_sql_date is not null${within("became_sql_date")} group by all
),
survey as (
  select ${period("day")} as period, count(*) as responses,
    count(*) filter (where score >= 9) as promoters,
    count(*) filter (where score <= 6) as detractors
  from nps_response where ${mine}${within("day")} group by all
),
launched as (
  select ${period("actual_launch")} as period, count(*) as launched_count,
    count(*) filter (where actual_launch <= planned_launch) as on_time,
    avg(actual_launch - brief_date) as days_to_launch
  from campaign_launch where ${mine} and actual_launch is not null${within("actual_launch")} group by all
),
training as (
  select ${period("month")} as period, sum(training_hours) as hours,
    count(distinct employee_id) as employees,
    -- a snapshot: only the period's last month with rows counts
    count(*) filter (where certified and month = last_month)
      / count(*) filter (where month = last_month) as certified_share
  from (
    select *, max(month) over (partition by ${period("month")}) as last_month
    from training_log_row where ${mine}${within("month")}
  ) group by all
),
finance as (
  select ${period("month")} as period, sum(revenue) as revenue_sum,
    sum(marketing_cost) as cost_sum, sum(marketing_budget) as budget_sum,
    sum(market_size) as market_sum
  from finance_month where ${mine}${within("month")} group by all
),
-- like for like: each month with figures against the same month a year before
finance_last_year as (
  select ${period("f.month")} as period,
    case when count(ly.month) = count(*) then sum(ly.revenue) end as revenue_before
  from finance_month f
  left join finance_month ly
    on ly.organisation_id = f.organisation_id
    and ly.month = cast(date_trunc('month', f.month) - interval 1 year as date)
  where f.${mine}${within("f.month")} group by all
),
periods as (
  select period from google union select period from meta
  union select period from created union select period from won
  union select period from qualified_m union select period from qualified_s
  union select period from survey union select period from launched
  union select period from training union select period from finance
)
select
  strftime(p.period, '%Y-%m-%d') as period_start,
  coalesce(google.cost, 0) + coalesce(meta.cost, 0) as ad_spend,
  coalesce(google.value, 0) + coalesce(meta.value, 0) as ad_revenue,
  coalesce(google.shown, 0) + coalesce(meta.shown, 0) as impressions,
  coalesce(google.clicked, 0) + coalesce(meta.clicked, 0) as clicks,
  coalesce(google.converted, 0) + coalesce(meta.converted, 0) as conversions,
  ad_revenue / nullif(ad_spend, 0) as roas,
  (ad_revenue - ad_spend) / nullif(ad_spend, 0) as marketing_roi,
  finance.revenue_sum as revenue,
  (revenue - revenue_before) / nullif(revenue_before, 0) as revenue_growth_yoy,
  finance.cost_sum as marketing_cost,
  marketing_cost / nullif(revenue, 0) as marketing_spend_pct_revenue,
  (marketing_cost - budget_sum) / nullif(budget_sum, 0) as budget_variance,
  ad_revenue / nullif(conversions, 0) as average_order_value,
  clicks / nullif(impressions, 0) as ctr,
  ad_spend / nullif(clicks, 0) as cpc,
  1000 * ad_spend / nullif(impressions, 0) as cpm,
  conversions / nullif(clicks, 0) as conversion_rate,
  ad_spend / nullif(conversions, 0) as cpa,
  coalesce(created.contacts, 0) as leads,
  ad_spend / nullif(leads, 0) as cost_per_lead,
  coalesce(won.customers, 0) as new_customers,
  new_customers / nullif(leads, 0) as lead_to_customer_rate,
  ad_spend / nullif(coalesce(won.paid_customers, 0), 0) as cac_paid,
  won.deal_amount as customer_lifetime_value,
  coalesce(survey.responses, 0) as nps_responses,
  coalesce(survey.promoters, 0) / nullif(nps_responses, 0) as promoters_share,
  coalesce(survey.detractors, 0) / nullif(nps_responses, 0) as detractors_share,
  100 * (promoters_share - detractors_share) as nps,
  revenue / nullif(market_sum, 0) as market_share,
  coalesce(qualified_m.contacts, 0) as mqls,
  coalesce(qualified_s.contacts, 0) as sqls,
  sqls / nullif(mqls, 0) as mql_to_sql_rate,
  coalesce(launched.launched_count, 0) as launches,
  coalesce(launched.on_time, 0) as on_time_launches,
  on_time_launches / nullif(launches, 0) as on_time_launch_rate,
  launched.days_to_launch as avg_time_to_launch_days,
  training.hours as training_hours,
  training_hours / nullif(training.employees, 0) as training_hours_per_employee,
  training.certified_share as certification_rate
from periods p
left join google using (period) left join meta using (period)
left join created using (period) left join won using (period)
left join qualified_m using (period) left join qualified_s using (period)
left join survey using (period) left join launched using (period)
left join training using (period) left join finance using (period)
left join finance_last_year using (period)
order by p.period`;
}

/** One row per period: its first day, then every KPI as a number or null. */
export type ReferenceRow = { period_start: string } & Record<string, number | null>;

/**
 * Runs the query through the same Kysely connection Fourfold uses, so both sides pay the
 * same driver and row conversion (a few hundred rows here).
 */
export async function runHandWrittenKpis(
  db: Kysely<Database>,
  grain: ReferenceGrain,
  organisationId: string,
  only?: string,
): Promise<ReferenceRow[]> {
  const { rows } = await sql
    .raw<Record<string, string | number | null>>(handWrittenKpiQuery(grain, organisationId, only))
    .execute(db);
  // Exact sums come back as decimal strings; the comparison reads every value as a number.
  return rows.map((row) => {
    const values: Record<string, number | null> = {};
    for (const [key, value] of Object.entries(row)) {
      if (key !== "period_start") values[key] = value === null ? null : Number(value);
    }
    return { ...values, period_start: String(row.period_start) } as ReferenceRow;
  });
}
