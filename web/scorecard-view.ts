// Everything a page needs to know before it can ask for scores: the organisation, the
// periods holding data, the scorecards, and the user's selection with its defaults filled
// in (the only or first scorecard, the latest month with data, the whole period).

import type { DataRange, Organisation, ScorecardSummary } from "./api/types.ts";
import { type ApiState, useApi } from "./api/use-api.ts";
import { type Fiscal, sameTimeIn } from "./periods.ts";
import { chooseScorecard, rememberScorecard } from "./scorecard-choice.ts";
import { type Grain, grainOf, type Selection } from "./selection.ts";
import { useSelection } from "./use-selection.ts";

export interface ScorecardView {
  organisation: Organisation;
  dataRange: DataRange;
  scorecards: ScorecardSummary[];
  fiscal: Fiscal;
  /** Undefined when the organisation has no scorecard yet. */
  scorecard: ScorecardSummary | undefined;
  period: string;
  grain: Grain;
  toDate: boolean;
  select: (change: Partial<Selection>) => void;
  /** Moves to the same time in another grain (October → Q4 → the year). */
  selectGrain: (grain: Grain) => void;
}

export function useScorecardView(): ApiState<ScorecardView> {
  const [selection, select] = useSelection();
  const organisation = useApi<Organisation>("/api/organisation");
  const dataRange = useApi<DataRange>("/api/data-range");
  const scorecards = useApi<{ scorecards: ScorecardSummary[] }>("/api/scorecards");
  for (const state of [organisation, dataRange, scorecards]) {
    if (state.status === "error") return { status: "error", error: state.error };
  }
  if (!organisation.data || !dataRange.data || !scorecards.data) return { status: "loading" };
  const list = scorecards.data.scorecards;
  const fiscal = { fiscalYearStartMonth: organisation.data.fiscal_year_start_month };
  const period = selection.period ?? dataRange.data.latest.month;
  const grain = grainOf(period);
  const lastDay = dataRange.data.lastDay;
  return {
    status: "done",
    data: {
      organisation: organisation.data,
      dataRange: dataRange.data,
      scorecards: list,
      fiscal,
      scorecard: chooseScorecard(list, selection.scorecard),
      period,
      grain,
      toDate: selection.toDate,
      select: (change) => {
        if (change.scorecard) rememberScorecard(change.scorecard);
        select(change);
      },
      selectGrain: (next) => select({ period: sameTimeIn(period, next, fiscal, lastDay) }),
    },
  };
}
