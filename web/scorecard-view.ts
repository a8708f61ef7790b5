// Everything a page needs to know before it can ask for scores: how far Fourfold is set up,
// the organisation, the periods holding data, the scorecards, and the user's selection with
// its defaults filled in (the only or first scorecard, the latest month with data, the whole
// period). A Fourfold that is not set up yet, or an address naming a period the app cannot
// show, is a state of its own, never an exception thrown while drawing.

import type { DataRange, FourfoldStatus, Organisation, ScorecardSummary } from "./api/types.ts";
import { type ApiState, useApi } from "./api/use-api.ts";
import { type Fiscal, periodOfAddress, sameTimeIn } from "./periods.ts";
import { chooseScorecard, rememberScorecard } from "./scorecard-choice.ts";
import { type Grain, type Selection, searchOf } from "./selection.ts";
import { useSelection } from "./use-selection.ts";

export interface ScorecardView {
  organisation: Organisation;
  /** Every field set: a view exists only once some import holds data. */
  dataRange: { firstDay: string; lastDay: string; latest: { month: string } };
  scorecards: ScorecardSummary[];
  fiscal: Fiscal;
  /** Undefined when the organisation has no scorecard yet. */
  scorecard: ScorecardSummary | undefined;
  period: string;
  grain: Grain;
  toDate: boolean;
  whole: boolean;
  select: (change: Partial<Selection>) => void;
  /** Moves to the same time in another grain (October → Q4 → the year). */
  selectGrain: (grain: Grain) => void;
}

export type ViewState =
  | ApiState<ScorecardView>
  /** No organisation, no scorecard or no data yet: the next step to take. */
  | { status: "setting-up"; setup: FourfoldStatus }
  /** The address names a period that is not a month, quarter or year. */
  | { status: "bad-period"; period: string; latestMonth: string };

/** Whether there is something to show: an organisation with a scorecard and data. */
export function isSetUp(status: FourfoldStatus): boolean {
  return status.organisation !== null && status.scorecards > 0 && status.lastDayWithData !== null;
}

export function useScorecardView(): ViewState {
  const [selection, select] = useSelection();
  const status = useApi<FourfoldStatus>("/api/status");
  const ready = status.status === "done" && isSetUp(status.data);
  const organisation = useApi<Organisation>(ready ? "/api/organisation" : null);
  const dataRange = useApi<DataRange>(ready ? "/api/data-range" : null);
  const scorecards = useApi<{ scorecards: ScorecardSummary[] }>(ready ? "/api/scorecards" : null);
  if (status.status !== "done") return status;
  if (!ready) return { status: "setting-up", setup: status.data };
  for (const state of [organisation, dataRange, scorecards]) {
    if (state.status === "error") return { status: "error", error: state.error };
  }
  if (!organisation.data || !dataRange.data || !scorecards.data) return { status: "loading" };
  const { firstDay, lastDay, latest } = dataRange.data;
  if (!firstDay || !lastDay || !latest.month) return { status: "setting-up", setup: status.data };
  const list = scorecards.data.scorecards;
  const fiscal = { fiscalYearStartMonth: organisation.data.fiscal_year_start_month };
  const period = periodOfAddress(selection.period ?? latest.month, fiscal);
  if (!period) {
    return { status: "bad-period", period: selection.period ?? "", latestMonth: latest.month };
  }
  return {
    status: "done",
    data: {
      organisation: organisation.data,
      dataRange: { firstDay, lastDay, latest: { month: latest.month } },
      scorecards: list,
      fiscal,
      scorecard: chooseScorecard(list, selection.scorecard),
      period: period.key,
      grain: period.grain,
      toDate: selection.toDate,
      whole: selection.whole,
      select: (change) => {
        if (change.scorecard) rememberScorecard(change.scorecard);
        select(change);
      },
      selectGrain: (next) => select({ period: sameTimeIn(period.key, next, fiscal, lastDay) }),
    },
  };
}

/** The address's query for links that keep the view: scorecard, period, to date, whole. */
export function searchOfView(view: ScorecardView): string {
  return searchOf({
    scorecard: view.scorecard?.key,
    period: view.period,
    toDate: view.toDate,
    whole: view.whole,
  });
}
