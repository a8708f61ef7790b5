// Meta Business Suite → Insights → Instagram account, daily, exported as CSV: one row per
// day. `Followers` is a level (the count at the end of the day), the rest are daily flows.

import type { SourceAdapter } from "./source-adapter.ts";

export interface InstagramDay {
  /** Local date `YYYY-MM-DD`. */
  day: string;
  reach: number;
  impressions: number;
  profileVisits: number;
  websiteClicks: number;
  newFollowers: number;
  followers: number;
}

type InstagramField = Exclude<keyof InstagramDay, never>;

const count = (field: InstagramField, english: string, danish: string) =>
  ({ field, english: [english], danish: [danish], required: true, numeric: true }) as const;

// As for LinkedIn, the Danish headers only help recognise a file from the Danish interface:
// the fixtures hold the English export only.
export const instagramInsights: SourceAdapter<"instagram", InstagramDay, InstagramField> = {
  name: "instagram_insights",
  label: "Instagram account insights export",
  kind: "instagram",
  columns: [
    { field: "day", english: ["Date"], danish: ["Dato"], required: true },
    count("reach", "Reach", "Rækkevidde"),
    count("impressions", "Impressions", "Visninger"),
    count("profileVisits", "Profile visits", "Profilbesøg"),
    count("websiteClicks", "Website clicks", "Klik på websted"),
    count("newFollowers", "New followers", "Nye følgere"),
    count("followers", "Followers", "Følgere"),
  ],
  naturalKey: ["day"],

  toRecord(row) {
    const record: InstagramDay = {
      day: row.date("day"),
      reach: row.count("reach"),
      impressions: row.count("impressions"),
      profileVisits: row.count("profileVisits"),
      websiteClicks: row.count("websiteClicks"),
      newFollowers: row.count("newFollowers"),
      followers: row.count("followers"),
    };
    return row.failed ? undefined : record;
  },
};
