import { navigate, useLocation } from "./routing.tsx";
import { type Selection, searchOf, selectionOf } from "./selection.ts";

/** The selection in the address, and a way to change it there. */
export function useSelection(): [Selection, (change: Partial<Selection>) => void] {
  const { pathname, search } = useLocation();
  const selection = selectionOf(search);
  const change = (update: Partial<Selection>) => {
    // A page's own parameters (the strategy map's objective, the campaigns' dates) stay.
    const params = new URLSearchParams(search);
    const next = new URLSearchParams(searchOf({ ...selection, ...update }));
    for (const name of ["scorecard", "period", "toDate", "whole"]) params.delete(name);
    for (const [name, value] of next) params.set(name, value);
    const query = params.toString();
    navigate(pathname + (query ? `?${query}` : ""), { replace: true });
  };
  return [selection, change];
}
