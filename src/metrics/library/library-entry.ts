import type { Kpi } from "../model.ts";

/** A KPI of the library as written: everything but the formula its expression compiles to. */
export type LibraryEntry = Omit<Kpi, "formula">;
