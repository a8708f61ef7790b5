// What the user is looking at: which scorecard, which period, whole or to date. It lives in
// the address (`?scorecard=marketing&period=2026-Q3&toDate=1`), so a view can be bookmarked,
// shared before Monday's meeting, and kept when moving between pages.

export type Grain = "month" | "quarter" | "year";

export interface Selection {
  scorecard?: string | undefined;
  period?: string | undefined;
  toDate: boolean;
  /** The whole period, even when its data ends before the period does. */
  whole: boolean;
}

export function selectionOf(search: string): Selection {
  const params = new URLSearchParams(search);
  return {
    scorecard: params.get("scorecard") ?? undefined,
    period: params.get("period") ?? undefined,
    toDate: params.get("toDate") === "1",
    whole: params.get("whole") === "1",
  };
}

/** The query string of a selection, for links that keep it. */
export function searchOf(selection: Selection): string {
  const params = new URLSearchParams();
  if (selection.scorecard) params.set("scorecard", selection.scorecard);
  if (selection.period) params.set("period", selection.period);
  if (selection.toDate) params.set("toDate", "1");
  if (selection.whole) params.set("whole", "1");
  const search = params.toString();
  return search ? `?${search}` : "";
}
