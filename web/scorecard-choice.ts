// Which scorecard to show when the address names none: the one this browser looked at last,
// else the organisation's first.

import type { ScorecardSummary } from "./api/types.ts";

const storageKey = "fourfold.scorecard";

export function chooseScorecard(
  list: ScorecardSummary[],
  named: string | undefined,
): ScorecardSummary | undefined {
  const wanted = named ?? remembered();
  return list.find((s) => s.key === wanted) ?? list[0];
}

export function rememberScorecard(key: string): void {
  try {
    localStorage.setItem(storageKey, key);
  } catch {
    // Storage switched off: the choice holds for this visit only.
  }
}

function remembered(): string | undefined {
  try {
    return localStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}
