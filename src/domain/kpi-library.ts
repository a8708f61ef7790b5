// What the scorecard needs of the KPI library (src/metrics holds the library itself). The
// domain only names the questions it asks, so it stays free of the metrics code; any object
// with these methods serves, and a scorecard file's own KPIs are looked up alongside.

import type { CustomKpi, KpiFacts } from "./scorecard.ts";

export interface KpiLibrary {
  /** The library KPI `key` (its source is `library`), or undefined when there is none. */
  find(key: string): KpiFacts | undefined;
  /**
   * Why `expression` cannot define a KPI, one message per problem (an unknown source or
   * field, a syntax error); empty when it can.
   */
  expressionIssues(expression: string): string[];
  /** The library key a misspelt `key` most likely means, for "did you mean …?". */
  closestKey(key: string): string | undefined;
}

/** The KPIs a scorecard can use: the library's, then the organisation's own. */
export interface KnownKpis {
  find(key: string): KpiFacts | undefined;
  closestKey(key: string): string | undefined;
}

/** Library KPIs first; then the file's own KPIs; then those the organisation already has. */
export function knownKpis(
  library: KpiLibrary,
  fileKpis: readonly CustomKpi[],
  storedKpis: ReadonlyMap<string, KpiFacts>,
): KnownKpis {
  const own = new Map<string, KpiFacts>(fileKpis.map((kpi) => [kpi.key, { ...kpi }]));
  return {
    find: (key) => library.find(key) ?? own.get(key) ?? storedKpis.get(key),
    closestKey: (key) => library.closestKey(key),
  };
}
