// Google Analytics 4, Reports → Acquisition → Traffic acquisition, segmented by Date and
// downloaded as CSV, from the English or the Danish interface (Danish headers, `;`, decimal
// comma). The file starts with a block of `#` comment lines; one row per channel group and
// day on which it had sessions (fixtures/more-sources/README.md).

import { compactDate } from "./export-dates.ts";
import type { SourceAdapter } from "./source-adapter.ts";

export interface Ga4TrafficDay {
  /** Local date `YYYY-MM-DD` in the property's time zone. */
  day: string;
  channelGroup: string;
  sessions: number;
  engagedSessions: number;
  eventCount: number;
  /** GA4 counts key events as decimals when a key event has a fractional weight. */
  keyEvents: string;
  totalRevenue: string;
}

type Ga4Field =
  | "channelGroup"
  | "day"
  | "sessions"
  | "engagedSessions"
  | "eventCount"
  | "keyEvents"
  | "totalRevenue";

// The row's own ratios (Engagement rate, Session key event rate, …) are not read: KPIs are
// ratios of the counts' sums, and `Session key event rate` is not key events ÷ sessions.
export const ga4Traffic: SourceAdapter<"ga4", Ga4TrafficDay, Ga4Field> = {
  name: "ga4_traffic",
  label: "GA4 traffic acquisition report",
  kind: "ga4",
  columns: [
    {
      field: "channelGroup",
      english: [
        "Session primary channel group (Default Channel Group)",
        "Session default channel group",
      ],
      danish: ["Primær kanalgruppe for session (Standardkanalgruppe)"],
      required: true,
    },
    { field: "day", english: ["Date"], danish: ["Dato"], required: true },
    {
      field: "sessions",
      english: ["Sessions"],
      danish: ["Sessioner"],
      required: true,
      numeric: true,
    },
    {
      field: "engagedSessions",
      english: ["Engaged sessions"],
      danish: ["Engagerede sessioner"],
      required: true,
      numeric: true,
    },
    {
      field: "eventCount",
      english: ["Event count"],
      danish: ["Antal hændelser"],
      required: false,
      numeric: true,
    },
    {
      field: "keyEvents",
      english: ["Key events"],
      danish: ["Nøglehændelser"],
      required: true,
      numeric: true,
    },
    {
      field: "totalRevenue",
      english: ["Total revenue"],
      danish: ["Samlet omsætning"],
      required: true,
      numeric: true,
    },
  ],
  naturalKey: ["day", "channelGroup"],

  toRecord(row) {
    const record: Ga4TrafficDay = {
      day: row.dateAs("day", compactDate),
      channelGroup: row.text("channelGroup"),
      sessions: row.count("sessions"),
      engagedSessions: row.count("engagedSessions"),
      eventCount: row.countOrZero("eventCount"),
      keyEvents: row.decimal("keyEvents"),
      totalRevenue: row.decimal("totalRevenue"),
    };
    return row.failed ? undefined : record;
  },
};
