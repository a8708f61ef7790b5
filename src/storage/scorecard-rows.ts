// A scorecard as rows of the scorecard tables and back. Absent optional fields are null
// columns, so a stored scorecard reads back exactly as it was given (and exports so).

import type { Phasing } from "../domain/phasing.ts";
import type {
  Link,
  Objective,
  Perspective,
  PerspectiveKey,
  Scorecard,
  ScorecardKpi,
  Wording,
} from "../domain/scorecard.ts";
import type { Bands, Interval, Polarity, ScoringMethod, Thresholds } from "../domain/scoring.ts";
import type { ScopedRow } from "./organisation-scope.ts";
import type { DecimalText } from "./scorecard-tables.ts";

/** A scorecard's rows, every column present (null where the scorecard leaves it out). */
export interface ScorecardRows {
  scorecard: Required<ScopedRow<"scorecard">>;
  perspectives: Required<ScopedRow<"scorecard_perspective">>[];
  objectives: Required<ScopedRow<"scorecard_objective">>[];
  kpis: Required<ScopedRow<"scorecard_kpi">>[];
  targets: Required<ScopedRow<"scorecard_target">>[];
  links: Required<ScopedRow<"scorecard_link">>[];
}

export function decimalOf(value: number): DecimalText;
export function decimalOf(value: number | null | undefined): DecimalText | null;
export function decimalOf(value: number | null | undefined): DecimalText | null {
  // Rounded to the 10 decimals the columns keep, so a value compares equal to itself stored.
  return value == null ? null : String(Number(value.toFixed(10)));
}

export function numberOf(text: DecimalText): number;
export function numberOf(text: DecimalText | null): number | undefined;
export function numberOf(text: DecimalText | null): number | undefined {
  return text === null ? undefined : Number(text);
}

/** A name as two columns: one text for both languages keeps `da` null. */
export function wordingColumns(wording: Wording): { en: string; da: string | null } {
  return typeof wording === "string" ? { en: wording, da: null } : wording;
}

export function wordingOf(en: string, da: string | null): Wording {
  return da === null ? en : { en, da };
}

function optionalWording(en: string | null, da: string | null): Wording | undefined {
  return en === null ? undefined : wordingOf(en, da);
}

/** The rows of `scorecard`, whose id is `id`. */
export function rowsOfScorecard(
  scorecard: Scorecard,
  id: string,
  updatedAt: string,
): ScorecardRows {
  const name = wordingColumns(scorecard.name);
  const ids = { scorecard_id: id };
  const objectives = scorecard.perspectives.flatMap((p) => p.objectives.map((o) => ({ p, o })));
  const kpis = objectives.flatMap(({ o }) => o.kpis.map((kpi, position) => ({ o, kpi, position })));
  return {
    scorecard: {
      id,
      key: scorecard.key,
      name_en: name.en,
      name_da: name.da,
      missing_data: scorecard.missingData ?? "skip",
      cap: decimalOf(scorecard.cap),
      green_threshold: decimalOf(scorecard.thresholds?.green),
      amber_threshold: decimalOf(scorecard.thresholds?.amber),
      roll_up_green_threshold: decimalOf(scorecard.rollUpThresholds?.green),
      roll_up_amber_threshold: decimalOf(scorecard.rollUpThresholds?.amber),
      updated_at: updatedAt,
    },
    perspectives: scorecard.perspectives.map((perspective, position) => {
      const renamed = perspective.name === undefined ? undefined : wordingColumns(perspective.name);
      return {
        ...ids,
        key: perspective.key,
        position,
        name_en: renamed?.en ?? null,
        name_da: renamed?.da ?? null,
        weight: decimalOf(perspective.weight),
      };
    }),
    objectives: objectives.map(({ p, o }, position) => {
      const objectiveName = wordingColumns(o.name);
      const description = o.description === undefined ? undefined : wordingColumns(o.description);
      return {
        ...ids,
        key: o.key,
        perspective_key: p.key,
        position,
        name_en: objectiveName.en,
        name_da: objectiveName.da,
        description_en: description?.en ?? null,
        description_da: description?.da ?? null,
        owner: o.owner ?? null,
        weight: decimalOf(o.weight),
      };
    }),
    kpis: kpis.map(({ o, kpi, position }) => ({
      ...ids,
      objective_key: o.key,
      ...kpiColumns(kpi),
      position,
    })),
    targets: kpis.flatMap(({ o, kpi }) =>
      Object.entries(kpi.targets ?? {}).map(([period, value], position) => ({
        ...ids,
        objective_key: o.key,
        kpi_key: kpi.kpi,
        period,
        position,
        value: decimalOf(value),
      })),
    ),
    links: scorecard.links.map((link, position) => ({
      ...ids,
      from_objective: link.from,
      to_objective: link.to,
      position,
    })),
  };
}

function kpiColumns(kpi: ScorecardKpi) {
  return {
    kpi_key: kpi.kpi,
    polarity: kpi.polarity ?? null,
    method: kpi.method ?? null,
    baseline: decimalOf(kpi.baseline),
    range_low: decimalOf(kpi.range?.[0]),
    range_high: decimalOf(kpi.range?.[1]),
    tolerance: decimalOf(kpi.tolerance),
    bands: kpi.bands == null ? null : JSON.stringify(kpi.bands),
    cap: decimalOf(kpi.cap),
    green_threshold: decimalOf(kpi.thresholds?.green),
    amber_threshold: decimalOf(kpi.thresholds?.amber),
    weight: decimalOf(kpi.weight),
    target: decimalOf(kpi.target),
    phasing: kpi.phasing ?? null,
  };
}

/** The scorecard stored as `rows` (each list in its `position` order). */
export function scorecardOfRows(rows: ScorecardRows): Scorecard {
  const header = rows.scorecard;
  const byPosition = <R extends { position: number }>(list: R[]) =>
    [...list].sort((a, b) => a.position - b.position);
  const objectivesOf = (perspective: string): Objective[] =>
    byPosition(rows.objectives.filter((o) => o.perspective_key === perspective)).map((o) => ({
      key: o.key,
      name: wordingOf(o.name_en, o.name_da),
      description: optionalWording(o.description_en, o.description_da),
      owner: o.owner ?? undefined,
      weight: numberOf(o.weight),
      kpis: byPosition(rows.kpis.filter((k) => k.objective_key === o.key)).map((k) =>
        kpiOfRow(
          k,
          byPosition(
            rows.targets.filter((t) => t.objective_key === o.key && t.kpi_key === k.kpi_key),
          ),
        ),
      ),
    }));
  return {
    key: header.key,
    name: wordingOf(header.name_en, header.name_da),
    missingData: header.missing_data,
    cap: numberOf(header.cap),
    thresholds: thresholdsOf(header.green_threshold, header.amber_threshold),
    rollUpThresholds: thresholdsOf(header.roll_up_green_threshold, header.roll_up_amber_threshold),
    perspectives: byPosition(rows.perspectives).map(
      (p): Perspective => ({
        key: p.key as PerspectiveKey,
        name: optionalWording(p.name_en, p.name_da),
        weight: numberOf(p.weight),
        objectives: objectivesOf(p.key),
      }),
    ),
    links: byPosition(rows.links).map(
      (l): Link => ({ from: l.from_objective, to: l.to_objective }),
    ),
  };
}

function kpiOfRow(
  row: ScorecardRows["kpis"][number],
  targets: ScorecardRows["targets"],
): ScorecardKpi {
  const range =
    row.range_low === null || row.range_high === null
      ? undefined
      : ([Number(row.range_low), Number(row.range_high)] as Interval);
  return {
    kpi: row.kpi_key,
    method: (row.method ?? undefined) as ScoringMethod | undefined,
    polarity: (row.polarity ?? undefined) as Polarity | undefined,
    baseline: numberOf(row.baseline),
    range,
    tolerance: numberOf(row.tolerance),
    bands: row.bands === null ? undefined : (JSON.parse(row.bands) as Bands),
    cap: numberOf(row.cap),
    thresholds: thresholdsOf(row.green_threshold, row.amber_threshold),
    weight: numberOf(row.weight),
    target: numberOf(row.target),
    targets:
      targets.length === 0
        ? undefined
        : Object.fromEntries(targets.map((t) => [t.period, Number(t.value)])),
    phasing: (row.phasing ?? undefined) as Phasing | undefined,
  };
}

function thresholdsOf(
  green: DecimalText | null,
  amber: DecimalText | null,
): Thresholds | undefined {
  return green === null || amber === null
    ? undefined
    : { green: Number(green), amber: Number(amber) };
}
