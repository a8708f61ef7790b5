// Which source a header row belongs to. Headers are compared as users see them: case, extra
// spaces, `_` for space and a currency in brackets (`Amount spent (DKK)`) do not matter, and
// the columns may come in any order. Extra columns are ignored; a missing required one is
// named.

import type { ColumnBinding } from "./row-reader.ts";
import type { ColumnSpec } from "./source-adapter.ts";

export type Language = "english" | "danish";

/** What recognition needs to know of a source. */
export interface RecognisableSource {
  name: string;
  label: string;
  columns: readonly ColumnSpec<string>[];
}

export type Recognition<S extends RecognisableSource> =
  | { status: "recognised"; source: S; bindings: ColumnBinding[]; language: Language }
  | { status: "incomplete"; source: S; missing: string[]; language: Language }
  | { status: "duplicated"; source: S; headers: [string, string] }
  | { status: "unknown" };

const CURRENCY_SUFFIX = /\s*\(([a-z]{3})\)$/;

/** A header as compared, and the currency it names: `Beløb brugt (DKK)` → `beløb brugt`, DKK. */
export function headerKey(header: string): { key: string; currency: string | null } {
  const text = header.replaceAll("\uFEFF", "").replaceAll("_", " ").trim().replace(/\s+/g, " ");
  const lower = text.toLowerCase();
  const currency = CURRENCY_SUFFIX.exec(lower);
  if (!currency) return { key: lower, currency: null };
  return { key: lower.slice(0, currency.index), currency: currency[1]!.toUpperCase() };
}

interface HeaderMeaning {
  field: string;
  english: boolean;
  danish: boolean;
}

const lookups = new WeakMap<RecognisableSource, Map<string, HeaderMeaning>>();

function lookupOf(source: RecognisableSource): Map<string, HeaderMeaning> {
  let lookup = lookups.get(source);
  if (lookup) return lookup;
  lookup = new Map();
  for (const column of source.columns) {
    for (const [headers, language] of [
      [column.english, "english"],
      [column.danish ?? [], "danish"],
    ] as const) {
      for (const header of headers) {
        const key = headerKey(header).key;
        const meaning = lookup.get(key) ?? { field: column.field, english: false, danish: false };
        meaning[language] = true;
        lookup.set(key, meaning);
      }
    }
  }
  lookups.set(source, lookup);
  return lookup;
}

/** How well one header row fits one source. */
function fitOf<S extends RecognisableSource>(headers: readonly string[], source: S) {
  const lookup = lookupOf(source);
  const bindings: ColumnBinding[] = [];
  const byField = new Map<string, ColumnBinding>();
  let duplicate: [string, string] | undefined;
  let danish = 0;
  let english = 0;
  headers.forEach((header, index) => {
    const { key, currency } = headerKey(header);
    const meaning = lookup.get(key);
    if (!meaning) return;
    const earlier = byField.get(meaning.field);
    if (earlier) {
      duplicate ??= [earlier.header, header.trim()];
      return;
    }
    const binding = { field: meaning.field, index, header: header.trim(), currency };
    bindings.push(binding);
    byField.set(meaning.field, binding);
    if (meaning.danish && !meaning.english) danish++;
    if (meaning.english && !meaning.danish) english++;
  });
  const language: Language = danish > english ? "danish" : "english";
  const missing = source.columns
    .filter((column) => column.required && !byField.has(column.field))
    .map((column) => columnName(column, language));
  return { source, bindings, duplicate, language, missing };
}

/** How messages name a column: as the interface the file came from writes it. */
export function columnName(column: ColumnSpec<string>, language: Language): string {
  return (language === "danish" ? column.danish?.[0] : undefined) ?? column.english[0]!;
}

/**
 * The source whose required columns `headers` all hold (the one using the most columns if
 * several do); else the nearest source and the columns it lacks, if any source is near.
 */
export function recogniseHeaders<S extends RecognisableSource>(
  headers: readonly string[],
  sources: readonly S[],
): Recognition<S> {
  const fits = sources.map((source) => fitOf(headers, source));
  const complete = fits.filter((f) => f.missing.length === 0);
  const best = complete.reduce<(typeof fits)[number] | undefined>(
    (a, b) => (a === undefined || b.bindings.length > a.bindings.length ? b : a),
    undefined,
  );
  if (best?.duplicate)
    return { status: "duplicated", source: best.source, headers: best.duplicate };
  if (best) {
    return {
      status: "recognised",
      source: best.source,
      bindings: best.bindings,
      language: best.language,
    };
  }
  // Near: at least two of its columns, and at least half of those it requires.
  const near = fits
    .filter((f) => {
      const required = f.source.columns.filter((column) => column.required).length;
      return f.bindings.length >= 2 && f.bindings.length * 2 >= required;
    })
    .sort((a, b) => b.bindings.length - a.bindings.length)[0];
  if (near)
    return {
      status: "incomplete",
      source: near.source,
      missing: near.missing,
      language: near.language,
    };
  return { status: "unknown" };
}
