// Every source Fourfold reads, and which of them a header row belongs to.

import { campaignLaunches } from "./campaign-launches.ts";
import { facebookPosts } from "./facebook-posts.ts";
import { financeMonthly } from "./finance-monthly.ts";
import { ga4Traffic } from "./ga4-traffic.ts";
import { type ColumnMapping, type GenericSource, genericSource } from "./generic-csv.ts";
import { googleAds } from "./google-ads.ts";
import { hubspotContacts } from "./hubspot-contacts.ts";
import { instagramInsights } from "./instagram-insights.ts";
import { linkedinAds } from "./linkedin-ads.ts";
import { metaAds } from "./meta-ads.ts";
import { npsResponses } from "./nps-responses.ts";
import { type Language, recogniseHeaders } from "./recognition.ts";
import { shownValue } from "./row-errors.ts";
import type { ColumnBinding } from "./row-reader.ts";
import { shopifyOrders } from "./shopify-orders.ts";
import type { SourceAdapter } from "./source-adapter.ts";
import { trainingLog } from "./training-log.ts";

export const builtInSources = [
  googleAds,
  metaAds,
  hubspotContacts,
  npsResponses,
  campaignLaunches,
  trainingLog,
  financeMonthly,
  ga4Traffic,
  shopifyOrders,
  facebookPosts,
  instagramInsights,
  linkedinAds,
] as const;

export type BuiltInSource = (typeof builtInSources)[number];
export type KnownSource = BuiltInSource | GenericSource;

/** The record type a source yields. */
export type RecordOf<S> = S extends SourceAdapter<string, infer R, string> ? R : never;

/** The built-in sources, then one per saved column mapping. */
export function knownSources(mappings: readonly ColumnMapping[] = []): KnownSource[] {
  return [...builtInSources, ...mappings.map(genericSource)];
}

/** The source `--source <name>` names, if there is one. */
export function findSource(name: string, sources: readonly KnownSource[]): KnownSource | undefined {
  return sources.find((source) => source.name === name);
}

/** `Google Ads campaign report (google_ads), Meta Ads Manager export (meta_ads), …`. */
export function describeSources(sources: readonly KnownSource[]): string {
  return sources.map((source) => `${source.label} (${source.name})`).join(", ");
}

/** Header cells as a message lists them: `Date`, `Sessions`, … */
export function describeHeaders(headers: readonly string[]): string {
  if (headers.length === 0) return "none";
  const shown = headers.slice(0, 30).map((header) => `\`${shownValue(header.trim())}\``);
  if (headers.length > 30) shown.push(`… (${headers.length} in all)`);
  return shown.join(", ");
}

export type SourceRecognition =
  | { ok: true; source: KnownSource; bindings: ColumnBinding[]; language: Language }
  | {
      ok: false;
      /** Near a source (lacks or repeats columns), or near none. */
      problem: "incomplete" | "duplicated" | "unknown";
      message: string;
      column?: string;
    };

/**
 * The source a header row belongs to, or why none: the columns a near source lacks, or the
 * headers found and the sources known.
 */
export function recogniseSource(
  headers: readonly string[],
  sources: readonly KnownSource[] = builtInSources,
): SourceRecognition {
  const recognition = recogniseHeaders(headers, sources);
  switch (recognition.status) {
    case "recognised":
      return { ok: true, ...recognition };
    case "duplicated": {
      const [first, second] = recognition.headers;
      return {
        ok: false,
        problem: "duplicated",
        column: second,
        message: `columns \`${first}\` and \`${second}\` hold the same thing in a ${recognition.source.label}: keep one of them`,
      };
    }
    case "incomplete": {
      const { missing, source } = recognition;
      const which =
        missing.length === 1
          ? `the column ${missing[0]} is`
          : `the columns ${missing.join(", ")} are`;
      return {
        ok: false,
        problem: "incomplete",
        ...(missing.length === 1 ? { column: missing[0] } : {}),
        message: `looks like a ${source.label}, but ${which} missing`,
      };
    }
    case "unknown":
      return {
        ok: false,
        problem: "unknown",
        message:
          `matches no source Fourfold knows. Headers found: ${describeHeaders(headers)}. ` +
          `Sources known: ${describeSources(sources)}; any other CSV export can be read ` +
          "through a saved column mapping",
      };
  }
}
