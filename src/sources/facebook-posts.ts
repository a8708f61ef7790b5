// Meta Business Suite → Insights → Content, Facebook page posts, exported at post level.
// Row 2 describes each metric and is not data; `Posted` is month first in the page's local
// time; lifetime metrics count on the post's date (fixtures/more-sources/README.md).

import { monthFirstDateOfTime } from "./export-dates.ts";
import type { SourceAdapter } from "./source-adapter.ts";

export interface FacebookPost {
  /** `<page id>_<post id>`, as text. */
  postId: string;
  /** Local date `YYYY-MM-DD` of `Posted`. */
  day: string;
  postType: string | null;
  reach: number;
  impressions: number;
  likes: number;
  comments: number;
  shares: number;
  linkClicks: number;
}

type FacebookField = keyof FacebookPost;

const metric = (field: FacebookField, english: string, required = true) =>
  ({ field, english: [english], required, numeric: true }) as const;

export const facebookPosts: SourceAdapter<"facebook", FacebookPost, FacebookField> = {
  name: "facebook_posts",
  label: "Facebook page posts export",
  kind: "facebook",
  columns: [
    { field: "postId", english: ["Post ID"], required: true },
    { field: "day", english: ["Posted"], required: true },
    { field: "postType", english: ["Type"], required: false },
    metric("reach", "Lifetime Post Total Reach"),
    metric("impressions", "Lifetime Post Total Impressions"),
    metric("likes", "Lifetime Post Stories by action type - like"),
    metric("comments", "Lifetime Post Stories by action type - comment"),
    metric("shares", "Lifetime Post Stories by action type - share"),
    metric("linkClicks", "Lifetime Post Consumers by type - link clicks"),
  ],
  naturalKey: ["postId"],
  numberFormat: "english",
  // The row under the header describes each metric ("Lifetime: The number of people who…")
  // and leaves the post's own columns empty.
  descriptionRow: (cells) => (cells[0] ?? "").trim() === "" && cells.some((c) => c.includes(":")),

  // Meta leaves the "by action type" and "by type" cells empty when they are zero.
  toRecord(row) {
    const record: FacebookPost = {
      postId: row.text("postId"),
      day: row.dateAs("day", monthFirstDateOfTime),
      postType: row.optionalText("postType"),
      reach: row.count("reach"),
      impressions: row.count("impressions"),
      likes: row.countOrZero("likes"),
      comments: row.countOrZero("comments"),
      shares: row.countOrZero("shares"),
      linkClicks: row.countOrZero("linkClicks"),
    };
    return row.failed ? undefined : record;
  },
};
