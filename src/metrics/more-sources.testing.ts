// Test support (imported by tests, never by the application): the more-sources reference
// (shared/fixtures/more-sources/ and its localized twin) and how values are compared to it.

import { readFileSync } from "node:fs";
import { fixtureFile, fixturePath } from "../../test/fixtures.ts";
import type { ImportFile } from "../sources/import-files.ts";

export type ValuesByKpi = Record<string, Record<string, number | null>>;

export interface MoreSourcesExpected {
  kpis: ValuesByKpi;
  with_fjordline?: ValuesByKpi;
}

export const MORE_SOURCES_FILES = [
  "ga4_traffic_acquisition.csv",
  "shopify_orders_export.csv",
  "facebook_page_posts.csv",
  "instagram_account_insights.csv",
  "linkedin_ads_campaign_performance.csv",
] as const;

export function moreSourcesFiles(folder: string): ImportFile[] {
  return MORE_SOURCES_FILES.map((file) => fixtureFile(`${folder}/${file}`));
}

export function moreSourcesExpected(folder: string): MoreSourcesExpected {
  return JSON.parse(readFileSync(fixturePath(`${folder}/expected.json`), "utf8"));
}

/** `e` and `a` agree: both null, or within 1e-6 · max(1, |e|) (the README's tolerance). */
export function agrees(e: number | null, a: number | null | undefined): boolean {
  if (e === null || a === null || a === undefined) return e === a;
  return Math.abs(a - e) <= 1e-6 * Math.max(1, Math.abs(e));
}

/** The values of `expected` that `actual` (KPI → period → value) does not reproduce. */
export function disagreements(expected: ValuesByKpi, actual: ValuesByKpi): string[] {
  const lines: string[] = [];
  for (const [key, byPeriod] of Object.entries(expected)) {
    for (const [period, e] of Object.entries(byPeriod)) {
      const a = actual[key]?.[period];
      if (!agrees(e, a)) lines.push(`${key} ${period}: expected ${e}, got ${a}`);
    }
  }
  return lines;
}
