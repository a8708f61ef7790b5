// The campaign operations log: when each campaign was briefed, planned and launched. It
// feeds on-time launch rate and average time to launch.

import type { SourceAdapter } from "./source-adapter.ts";

export interface CampaignLaunch {
  campaignId: string;
  /** Local dates `YYYY-MM-DD`. */
  briefDate: string;
  plannedLaunch: string;
  /** null while the campaign has not launched yet. */
  actualLaunch: string | null;
}

type LaunchField = "campaignId" | "briefDate" | "plannedLaunch" | "actualLaunch";

export const campaignLaunches: SourceAdapter<"launches", CampaignLaunch, LaunchField> = {
  name: "campaign_launches",
  label: "campaign launch log",
  kind: "launches",
  columns: [
    { field: "campaignId", english: ["campaign_id"], required: true },
    { field: "briefDate", english: ["brief_date"], required: true },
    { field: "plannedLaunch", english: ["planned_launch"], required: true },
    { field: "actualLaunch", english: ["actual_launch"], required: true },
  ],
  naturalKey: ["campaignId"],

  toRecord(row) {
    const record: CampaignLaunch = {
      campaignId: row.text("campaignId"),
      briefDate: row.date("briefDate"),
      plannedLaunch: row.date("plannedLaunch"),
      actualLaunch: row.dateOrNull("actualLaunch"),
    };
    return row.failed ? undefined : record;
  },
};
