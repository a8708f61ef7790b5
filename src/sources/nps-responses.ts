// NPS survey responses, one row per response, score 0–10. `submitted_at` is a UTC instant;
// the day it counts for is the organisation's local day, daylight saving included: 23:30Z
// on 31 January is 1 February in Copenhagen (fixtures/fjordline/README.md).

import type { SourceAdapter } from "./source-adapter.ts";

export interface NpsResponse {
  responseId: string;
  /** The UTC instant, ISO 8601. */
  submittedAt: string;
  /** The local date `YYYY-MM-DD` of `submittedAt` in the organisation's time zone. */
  day: string;
  /** 0–10. */
  score: number;
  comment: string | null;
}

// Scores are written as plain whole numbers, so reading one is a look-up.
const SCORES = new Map(Array.from({ length: 11 }, (_, score) => [String(score), score]));

type NpsField = "responseId" | "submittedAt" | "score" | "comment";

export const npsResponses: SourceAdapter<"nps", NpsResponse, NpsField> = {
  name: "nps_responses",
  label: "NPS survey responses",
  kind: "nps",
  columns: [
    { field: "responseId", english: ["response_id"], required: true },
    { field: "submittedAt", english: ["submitted_at"], required: true },
    { field: "score", english: ["score"], required: true, numeric: true },
    { field: "comment", english: ["comment"], required: false },
  ],
  naturalKey: ["responseId"],

  toRecord(row) {
    const submitted = row.timestamp("submittedAt");
    const text = row.text("score");
    const score = SCORES.get(text) ?? -1;
    if (text !== "" && score < 0) row.fail("score", "is not a score from 0 to 10");
    const record: NpsResponse = {
      responseId: row.text("responseId"),
      submittedAt: submitted.instant,
      day: submitted.date,
      score,
      comment: row.optionalText("comment"),
    };
    return row.failed ? undefined : record;
  },
};
