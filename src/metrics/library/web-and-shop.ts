// Website traffic (GA4) and shop orders (Shopify). Definitions follow
// shared/fixtures/more-sources/README.md, "The KPIs, in terms of those files", word for word.

import type { LibraryEntry } from "./library-entry.ts";

const LIVE = "where not cancelled";

export const webAndShopKpis: LibraryEntry[] = [
  {
    key: "sessions",
    name: { en: "Website sessions", da: "Besøg på websitet" },
    description: {
      en: "Sessions on the website: GA4 Sessions over all channel groups.",
      da: "Sessioner på websitet: GA4 Sessioner over alle kanalgrupper.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    perspective: "customer",
    expression: "sum(ga4_traffic.sessions)",
  },
  {
    key: "engaged_sessions",
    name: { en: "Engaged sessions", da: "Engagerede besøg" },
    description: {
      en: "GA4 Engaged sessions: sessions that lasted, viewed two pages or converted.",
      da: "GA4 Engagerede sessioner: besøg, der varede, så to sider eller konverterede.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    perspective: "customer",
    expression: "sum(ga4_traffic.engaged_sessions)",
  },
  {
    key: "engagement_rate",
    name: { en: "Engagement rate", da: "Engagementsrate" },
    description: {
      en: "Engaged sessions / sessions of the period, never a mean of GA4's daily rates.",
      da: "Engagerede besøg / besøg i perioden, aldrig et gennemsnit af GA4's daglige rater.",
    },
    unit: "percent",
    polarity: "higher",
    kind: "level",
    perspective: "customer",
    expression: "engaged_sessions / sessions",
  },
  {
    key: "key_events",
    name: { en: "Key events", da: "Nøglehændelser" },
    description: {
      en: "GA4 Key events: the conversions the website tracks.",
      da: "GA4 Nøglehændelser: de konverteringer, websitet måler.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    perspective: "customer",
    expression: "sum(ga4_traffic.key_events)",
  },
  {
    key: "session_conversion_rate",
    name: { en: "Session conversion rate", da: "Konverteringsrate pr. besøg" },
    description: {
      en: "Key events / sessions. Not GA4's Session key event rate, which counts sessions with a key event.",
      da: "Nøglehændelser / besøg. Ikke GA4's Rate for nøglehændelser i sessioner, som tæller besøg med en nøglehændelse.",
    },
    unit: "percent",
    polarity: "higher",
    kind: "level",
    perspective: "customer",
    expression: "key_events / sessions",
  },
  {
    key: "organic_search_share",
    name: { en: "Organic search share", da: "Andel fra organisk søgning" },
    description: {
      en: "Sessions from the channel group Organic Search / all sessions.",
      da: "Besøg fra kanalgruppen Organic Search / alle besøg.",
    },
    unit: "percent",
    polarity: "higher",
    kind: "level",
    perspective: "internal",
    expression: "sum(ga4_traffic.sessions where channel_group = 'Organic Search') / sessions",
  },
  {
    key: "web_revenue",
    name: { en: "Web revenue (GA4)", da: "Webomsætning (GA4)" },
    description: {
      en: "GA4 Total revenue: the purchases the website tracked, with consent; not the shop's books.",
      da: "GA4 Samlet omsætning: de køb, websitet målte med samtykke; ikke butikkens regnskab.",
    },
    unit: "currency",
    polarity: "higher",
    kind: "flow",
    perspective: "financial",
    expression: "sum(ga4_traffic.total_revenue)",
  },
  {
    key: "orders",
    name: { en: "Shop orders", da: "Ordrer i butikken" },
    description: {
      en: "Shopify orders placed in the period, cancelled orders left out.",
      da: "Shopify-ordrer afgivet i perioden, annullerede ordrer fraregnet.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    perspective: "customer",
    expression: `count(shopify_orders ${LIVE})`,
  },
  {
    key: "shop_revenue",
    name: { en: "Shop revenue", da: "Butiksomsætning" },
    description: {
      en: "Total less Refunded Amount over the live Shopify orders of the period.",
      da: "Total minus refunderet beløb over periodens ikke-annullerede Shopify-ordrer.",
    },
    unit: "currency",
    polarity: "higher",
    kind: "flow",
    perspective: "financial",
    expression: `sum(shopify_orders.total ${LIVE}) - sum(shopify_orders.refunded_amount ${LIVE})`,
  },
  {
    key: "average_order_value_shop",
    name: { en: "Average order value (shop)", da: "Gennemsnitlig ordreværdi (butik)" },
    description: {
      en: "Total of the live orders / orders, gross: refunds are not deducted.",
      da: "Total for de ikke-annullerede ordrer / ordrer, brutto: refusioner trækkes ikke fra.",
    },
    unit: "currency",
    polarity: "higher",
    kind: "level",
    perspective: "financial",
    expression: `sum(shopify_orders.total ${LIVE}) / orders`,
  },
  {
    key: "shop_customers",
    name: { en: "Shop customers", da: "Kunder i butikken" },
    description: {
      en: "Distinct customers (emails, trimmed and lower-cased) with a live order in the period.",
      da: "Forskellige kunder (e-mails uden mellemrum og med små bogstaver) med en ikke-annulleret ordre i perioden.",
    },
    unit: "count",
    polarity: "higher",
    kind: "level",
    perspective: "customer",
    expression: `count_distinct(shopify_orders.customer_email ${LIVE})`,
  },
  {
    key: "new_shop_customers",
    name: { en: "New shop customers", da: "Nye kunder i butikken" },
    description: {
      en: "Customers whose first live order falls in the period.",
      da: "Kunder, hvis første ikke-annullerede ordre falder i perioden.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    perspective: "customer",
    expression: "count_distinct(shopify_customer_orders.customer_email by first_order_date)",
  },
  {
    key: "repeat_customer_rate",
    name: { en: "Repeat customer rate", da: "Andel genkøbende kunder" },
    description: {
      en: "Of the period's shop customers, the share who had ordered before the period began.",
      da: "Andelen af periodens kunder, der havde købt før periodens start.",
    },
    unit: "percent",
    polarity: "higher",
    kind: "level",
    perspective: "customer",
    // A customer of the period is new (first order in it) or had ordered before it.
    expression: "(shop_customers - new_shop_customers) / shop_customers",
  },
  {
    key: "refund_rate",
    name: { en: "Refund rate", da: "Refusionsrate" },
    description: {
      en: "Refunded Amount / Total over the live orders of the period.",
      da: "Refunderet beløb / total over periodens ikke-annullerede ordrer.",
    },
    unit: "percent",
    polarity: "lower",
    kind: "level",
    perspective: "internal",
    expression: `sum(shopify_orders.refunded_amount ${LIVE}) / sum(shopify_orders.total ${LIVE})`,
  },
  {
    key: "purchase_frequency",
    name: { en: "Purchase frequency", da: "Købsfrekvens" },
    description: {
      en: "Orders per shop customer in the period.",
      da: "Ordrer pr. kunde i perioden.",
    },
    unit: "ratio",
    polarity: "higher",
    kind: "level",
    perspective: "customer",
    expression: "orders / shop_customers",
  },
  {
    key: "customer_lifetime_value_12m",
    name: { en: "Customer lifetime value, 12 months", da: "Kundeværdi over 12 måneder" },
    description: {
      en: "For the customers first ordering in the period: what they spent (Total less refunds) from their first order up to 365 days later, per customer. No value until the last such customer's year is complete.",
      da: "For kunderne med første ordre i perioden: hvad de købte for (total minus refusioner) fra første ordre til og med 365 dage senere, pr. kunde. Ingen værdi, før den sidste sådanne kundes år er gået.",
    },
    unit: "currency",
    polarity: "higher",
    kind: "level",
    perspective: "financial",
    expression:
      "sum(shopify_customer_orders.net_amount by first_order_date where in_first_year) / new_shop_customers",
  },
];
