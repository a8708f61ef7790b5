// The financial perspective's KPIs. Definitions of the fjordline reference scenario follow
// test/fixtures/fjordline/README.md, "The KPIs, in terms of those files", word for word.

import type { LibraryEntry } from "./library-entry.ts";

export const financialKpis: LibraryEntry[] = [
  {
    key: "ad_spend",
    name: { en: "Ad spend", da: "Annonceforbrug" },
    description: {
      en: "What the ads cost in the period: Google Ads Cost plus Meta Ads Amount spent plus LinkedIn Ads Total Spent.",
      da: "Hvad annoncerne kostede i perioden: Google Ads Cost plus Meta Ads Amount spent plus LinkedIn Ads Total Spent.",
    },
    unit: "currency",
    polarity: "lower",
    kind: "flow",
    perspective: "financial",
    expression: "sum(google_ads.cost) + sum(meta_ads.amount_spent) + sum(linkedin_ads.total_spent)",
  },
  {
    key: "ad_revenue",
    name: { en: "Ad revenue", da: "Annonceomsætning" },
    description: {
      en: "The conversion value the ad platforms attribute to the ads: Google Ads Conv. value plus Meta Ads Purchases conversion value plus LinkedIn Ads Total Conversion Value.",
      da: "Den konverteringsværdi, annonceplatformene tilskriver annoncerne: Google Ads Conv. value plus Meta Ads Purchases conversion value plus LinkedIn Ads Total Conversion Value.",
    },
    unit: "currency",
    polarity: "higher",
    kind: "flow",
    perspective: "financial",
    expression:
      "sum(google_ads.conversion_value) + sum(meta_ads.purchases_conversion_value) + sum(linkedin_ads.conversion_value)",
  },
  {
    key: "roas",
    name: { en: "Return on ad spend (ROAS)", da: "Afkast på annoncekroner (ROAS)" },
    description: {
      en: "Ad revenue per unit of ad spend, from the period's sums (never an average of daily ratios).",
      da: "Annonceomsætning pr. annoncekrone, beregnet af periodens summer (aldrig et gennemsnit af daglige forhold).",
    },
    unit: "ratio",
    polarity: "higher",
    kind: "level",
    perspective: "financial",
    expression: "ad_revenue / ad_spend",
  },
  {
    key: "marketing_roi",
    name: { en: "Marketing ROI", da: "Marketing-ROI" },
    description: {
      en: "What the ads earned beyond their cost, per unit of cost: (ad revenue − ad spend) / ad spend.",
      da: "Hvad annoncerne tjente ud over deres pris, pr. krone: (annonceomsætning − annonceforbrug) / annonceforbrug.",
    },
    unit: "percent",
    polarity: "higher",
    kind: "level",
    perspective: "financial",
    expression: "(ad_revenue - ad_spend) / ad_spend",
  },
  {
    key: "revenue",
    name: { en: "Revenue", da: "Omsætning" },
    description: {
      en: "Revenue from the monthly finance figures (Omsætning); no value for a month the finance file has no row for.",
      da: "Omsætning fra de månedlige økonomital; ingen værdi for en måned, økonomifilen ikke har en række for.",
    },
    unit: "currency",
    polarity: "higher",
    kind: "flow",
    perspective: "financial",
    expression: "sum(finance_monthly.revenue)",
  },
  {
    key: "revenue_growth_yoy",
    name: { en: "Revenue growth, year on year", da: "Omsætningsvækst, år over år" },
    description: {
      en: "Like for like: revenue of the period's months that have finance figures, against the same months one year earlier; no value when any of those earlier months has none. A quarter holding only October is compared with last October.",
      da: "Sammenligneligt: omsætningen i periodens måneder med økonomital mod de samme måneder året før; ingen værdi, hvis en af de tidligere måneder mangler tal. Et kvartal med kun oktober sammenlignes med sidste års oktober.",
    },
    unit: "percent",
    polarity: "higher",
    kind: "level",
    perspective: "financial",
    expression: "(revenue - previous_year(revenue)) / previous_year(revenue)",
  },
  {
    key: "marketing_cost",
    name: { en: "Marketing costs", da: "Marketingomkostninger" },
    description: {
      en: "Marketing costs from the monthly finance figures (Marketingomkostninger).",
      da: "Marketingomkostninger fra de månedlige økonomital.",
    },
    unit: "currency",
    polarity: "lower",
    kind: "flow",
    perspective: "financial",
    expression: "sum(finance_monthly.marketing_cost)",
  },
  {
    key: "marketing_spend_pct_revenue",
    name: {
      en: "Marketing spend as share of revenue",
      da: "Marketingomkostninger i forhold til omsætning",
    },
    description: {
      en: "Marketing costs / revenue, both from the monthly finance figures.",
      da: "Marketingomkostninger / omsætning, begge fra de månedlige økonomital.",
    },
    unit: "percent",
    polarity: "lower",
    kind: "level",
    perspective: "financial",
    expression: "marketing_cost / revenue",
  },
  {
    key: "budget_variance",
    name: { en: "Marketing budget variance", da: "Afvigelse fra marketingbudget" },
    description: {
      en: "How far marketing costs are from the marketing budget, as a share of the budget: (costs − budget) / budget. Best within a range around 0.",
      da: "Hvor langt marketingomkostningerne er fra marketingbudgettet, som andel af budgettet: (omkostninger − budget) / budget. Bedst inden for et interval omkring 0.",
    },
    unit: "percent",
    polarity: "range",
    kind: "level",
    perspective: "financial",
    expression:
      "(marketing_cost - sum(finance_monthly.marketing_budget)) / sum(finance_monthly.marketing_budget)",
  },
  {
    key: "average_order_value",
    name: { en: "Average order value", da: "Gennemsnitlig ordreværdi" },
    description: {
      en: "Ad revenue per ad conversion: (Google Conv. value + Meta Purchases conversion value) / (Google Conversions + Meta Purchases).",
      da: "Annonceomsætning pr. annoncekonvertering: (Google Conv. value + Meta Purchases conversion value) / (Google Conversions + Meta Purchases).",
    },
    unit: "currency",
    polarity: "higher",
    kind: "level",
    perspective: "financial",
    expression: "ad_revenue / conversions",
  },
];
