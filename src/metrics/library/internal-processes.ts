// The internal-processes perspective's KPIs: the lead funnel's hand-offs and the campaign
// operations log. The fjordline scenario's KPIs follow test/fixtures/fjordline/README.md.

import type { LibraryEntry } from "./library-entry.ts";

const internal = { perspective: "internal" } as const;

export const internalProcessKpis: LibraryEntry[] = [
  {
    key: "mqls",
    name: { en: "Marketing qualified leads (MQLs)", da: "Marketingkvalificerede leads (MQL)" },
    description: {
      en: "HubSpot contacts whose Became a Marketing Qualified Lead Date falls in the period.",
      da: "HubSpot-kontakter, hvis Became a Marketing Qualified Lead Date ligger i perioden.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    ...internal,
    expression: "count(hubspot_contacts by became_mql_date)",
  },
  {
    key: "sqls",
    name: { en: "Sales qualified leads (SQLs)", da: "Salgskvalificerede leads (SQL)" },
    description: {
      en: "HubSpot contacts whose Became a Sales Qualified Lead Date falls in the period.",
      da: "HubSpot-kontakter, hvis Became a Sales Qualified Lead Date ligger i perioden.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    ...internal,
    expression: "count(hubspot_contacts by became_sql_date)",
  },
  {
    key: "mql_to_sql_rate",
    name: { en: "MQL-to-SQL rate", da: "Konvertering fra MQL til SQL" },
    description: {
      en: "Contacts that became SQL in the period / contacts that became MQL in the period.",
      da: "Kontakter, der blev SQL i perioden / kontakter, der blev MQL i perioden.",
    },
    unit: "percent",
    polarity: "higher",
    kind: "level",
    ...internal,
    expression: "sqls / mqls",
  },
  {
    key: "launches",
    name: { en: "Campaign launches", da: "Kampagnelanceringer" },
    description: {
      en: "Campaigns whose actual_launch falls in the period.",
      da: "Kampagner, hvis actual_launch ligger i perioden.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    ...internal,
    expression: "count(campaign_launches)",
  },
  {
    key: "on_time_launches",
    name: { en: "On-time launches", da: "Rettidige lanceringer" },
    description: {
      en: "Campaigns launched in the period no later than planned (actual_launch ≤ planned_launch).",
      da: "Kampagner lanceret i perioden senest som planlagt (actual_launch ≤ planned_launch).",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    ...internal,
    expression: "count(campaign_launches where actual_launch <= planned_launch)",
  },
  {
    key: "on_time_launch_rate",
    name: { en: "On-time launch rate", da: "Andel rettidige lanceringer" },
    description: {
      en: "Of the launches whose actual_launch falls in the period, the share with actual_launch ≤ planned_launch.",
      da: "Af lanceringerne med actual_launch i perioden, andelen med actual_launch ≤ planned_launch.",
    },
    unit: "percent",
    polarity: "higher",
    kind: "level",
    ...internal,
    expression: "on_time_launches / launches",
  },
  {
    key: "avg_time_to_launch_days",
    name: { en: "Average time to launch", da: "Gennemsnitlig tid til lancering" },
    description: {
      en: "Mean of (actual_launch − brief_date) in days over the launches in the period.",
      da: "Gennemsnit af (actual_launch − brief_date) i dage over periodens lanceringer.",
    },
    unit: "days",
    polarity: "lower",
    kind: "level",
    ...internal,
    expression: "mean(campaign_launches.days_to_launch)",
  },
];
