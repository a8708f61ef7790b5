// How each source's typed records become rows of its table (storage/source-tables.ts).
// Column names are the tables'; values stay exact (decimals as strings, dates as text).

import type { StoredRow } from "../storage/import-merge.ts";
import { DECIMAL_SCALE, type SourceName } from "../storage/source-tables.ts";
import type { AdRow } from "./ad-row.ts";
import type { CampaignLaunch } from "./campaign-launches.ts";
import type { FacebookPost } from "./facebook-posts.ts";
import type { FinanceMonth } from "./finance-monthly.ts";
import type { Ga4TrafficDay } from "./ga4-traffic.ts";
import type { GenericRow } from "./generic-csv.ts";
import type { ContactRecord } from "./hubspot-contacts.ts";
import type { InstagramDay } from "./instagram-insights.ts";
import type { LinkedInAdRow } from "./linkedin-ads.ts";
import type { NpsResponse } from "./nps-responses.ts";
import type { AnyExportReading } from "./read-export.ts";
import type { ShopifyOrder } from "./shopify-orders.ts";
import type { TrainingMonth } from "./training-log.ts";

/** The table a reading's records go to: both ad platforms share a record shape, not a table. */
export function tableOf(reading: AnyExportReading): SourceName {
  switch (reading.kind) {
    case "ads":
      return reading.source.name === "meta_ads" ? "meta_ads" : "google_ads";
    case "contacts":
      return "hubspot_contacts";
    case "nps":
      return "nps_responses";
    case "launches":
      return "campaign_launches";
    case "training":
      return "training_log";
    case "finance":
      return "finance_monthly";
    case "ga4":
      return "ga4_traffic";
    case "shopify":
      return "shopify_orders";
    case "facebook":
      return "facebook_posts";
    case "instagram":
      return "instagram_insights";
    case "linkedin":
      return "linkedin_ads";
    case "generic":
      return "generic";
  }
}

/** The function that turns one record of this reading into the rows its table stores. */
export function rowMapperFor(reading: AnyExportReading): (record: unknown) => StoredRow[] {
  // Each reading's records are of its kind; the casts restore what the union cannot say.
  switch (tableOf(reading)) {
    case "google_ads":
      return (record) => [googleAdsRow(record as AdRow)];
    case "meta_ads":
      return (record) => [metaAdsRow(record as AdRow)];
    case "hubspot_contacts":
      return (record) => [contactRow(record as ContactRecord)];
    case "nps_responses":
      return (record) => [npsRow(record as NpsResponse)];
    case "campaign_launches":
      return (record) => [launchRow(record as CampaignLaunch)];
    case "training_log":
      return (record) => [trainingRow(record as TrainingMonth)];
    case "finance_monthly":
      return (record) => [financeRow(record as FinanceMonth)];
    case "ga4_traffic":
      return (record) => [ga4Row(record as Ga4TrafficDay)];
    case "shopify_orders":
      return (record) => [shopifyRow(record as ShopifyOrder)];
    case "facebook_posts":
      return (record) => [facebookRow(record as FacebookPost)];
    case "instagram_insights":
      return (record) => [instagramRow(record as InstagramDay)];
    case "linkedin_ads":
      return (record) => [linkedinRow(record as LinkedInAdRow)];
    case "generic":
      return (record) => genericRows(reading.source.name, record as GenericRow);
  }
}

function googleAdsRow(ad: AdRow): StoredRow {
  return {
    day: ad.day,
    campaign: ad.campaign,
    campaign_type: ad.campaignType,
    currency: ad.currency,
    impressions: ad.impressions,
    clicks: ad.clicks,
    cost: ad.cost,
    conversions: ad.conversions,
    conversion_value: ad.conversionValue,
  };
}

function metaAdsRow(ad: AdRow): StoredRow {
  return {
    day: ad.day,
    campaign: ad.campaign,
    impressions: ad.impressions,
    link_clicks: ad.clicks,
    amount_spent: ad.cost,
    purchases: ad.conversions,
    purchases_conversion_value: ad.conversionValue,
  };
}

function contactRow(contact: ContactRecord): StoredRow {
  return {
    record_id: contact.recordId,
    created_at: contact.createdAtUtc,
    create_date: contact.createDate,
    original_source: contact.originalSource,
    lifecycle_stage: contact.lifecycleStage,
    became_mql_at: contact.mqlAtUtc,
    became_mql_date: contact.mqlDate,
    became_sql_at: contact.sqlAtUtc,
    became_sql_date: contact.sqlDate,
    became_customer_at: contact.customerAtUtc,
    became_customer_date: contact.customerDate,
    recent_deal_amount: contact.recentDealAmount,
  };
}

function npsRow(response: NpsResponse): StoredRow {
  return {
    response_id: response.responseId,
    submitted_at: response.submittedAt,
    day: response.day,
    score: response.score,
    comment: response.comment,
  };
}

function launchRow(launch: CampaignLaunch): StoredRow {
  return {
    campaign_id: launch.campaignId,
    brief_date: launch.briefDate,
    planned_launch: launch.plannedLaunch,
    actual_launch: launch.actualLaunch,
  };
}

// Months are stored as their first day, so every source buckets by a date.
function trainingRow(training: TrainingMonth): StoredRow {
  return {
    month: `${training.month}-01`,
    employee_id: training.employeeId,
    training_hours: training.trainingHours,
    certified: training.certified,
  };
}

function financeRow(finance: FinanceMonth): StoredRow {
  return {
    month: `${finance.month}-01`,
    revenue: finance.revenue,
    marketing_budget: finance.marketingBudget,
    marketing_cost: finance.marketingCost,
    market_size: finance.marketSize,
  };
}

function ga4Row(day: Ga4TrafficDay): StoredRow {
  return {
    day: day.day,
    channel_group: day.channelGroup,
    sessions: day.sessions,
    engaged_sessions: day.engagedSessions,
    event_count: day.eventCount,
    key_events: day.keyEvents,
    total_revenue: day.totalRevenue,
  };
}

function shopifyRow(order: ShopifyOrder): StoredRow {
  return {
    order_name: order.name,
    order_id: order.orderId,
    customer_email: order.customerEmail,
    created_at: order.createdAt,
    order_date: order.orderDate,
    cancelled: order.cancelled,
    financial_status: order.financialStatus,
    subtotal: order.subtotal,
    shipping: order.shipping,
    taxes: order.taxes,
    total: order.total,
    discount_amount: order.discountAmount,
    refunded_amount: order.refundedAmount,
    sales_channel: order.salesChannel,
  };
}

function facebookRow(post: FacebookPost): StoredRow {
  return {
    post_id: post.postId,
    day: post.day,
    post_type: post.postType,
    reach: post.reach,
    impressions: post.impressions,
    likes: post.likes,
    comments: post.comments,
    shares: post.shares,
    link_clicks: post.linkClicks,
  };
}

function instagramRow(day: InstagramDay): StoredRow {
  return {
    day: day.day,
    reach: day.reach,
    impressions: day.impressions,
    profile_visits: day.profileVisits,
    website_clicks: day.websiteClicks,
    new_followers: day.newFollowers,
    followers: day.followers,
  };
}

function linkedinRow(ad: LinkedInAdRow): StoredRow {
  return {
    day: ad.day,
    campaign: ad.campaign,
    campaign_id: ad.campaignId,
    campaign_group: ad.campaignGroup,
    currency: ad.currency,
    impressions: ad.impressions,
    clicks: ad.clicks,
    total_spent: ad.totalSpent,
    conversions: ad.conversions,
    conversion_value: ad.conversionValue,
    leads: ad.leads,
  };
}

/** A mapped row is stored as one fact per measure, its dimensions as canonical JSON text. */
function genericRows(mapping: string, row: GenericRow): StoredRow[] {
  const dimensions = JSON.stringify(
    Object.fromEntries(Object.entries(row.dimensions).sort(([a], [b]) => a.localeCompare(b))),
  );
  return Object.entries(row.measures).map(([measure, value]) => ({
    mapping,
    day: row.day,
    dimensions,
    measure,
    value,
  }));
}

/**
 * The decimal columns hold 4 places; a value with more would be rounded by the database,
 * which silently changes what the file says. Returns the first such column and value.
 */
export function tooPreciseDecimal(
  row: StoredRow,
  decimalColumns: readonly string[],
): { column: string; value: string } | undefined {
  for (const column of decimalColumns) {
    const value = row[column];
    if (typeof value !== "string") continue;
    const point = value.indexOf(".");
    if (point >= 0 && value.length - point - 1 > DECIMAL_SCALE) return { column, value };
  }
  return undefined;
}
