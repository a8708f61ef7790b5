// Writing a scorecard back as a file (cli.md, `export`): the same layout as the example of
// scorecard-file.md, fields the scorecard leaves to defaults left out, so the export reads
// like the file it came from and applying it changes nothing.

import { Document, isCollection, isScalar, isSeq, visit } from "yaml";
import type {
  CustomKpi,
  ManualValue,
  Objective,
  Perspective,
  ScorecardFile,
  ScorecardKpi,
} from "./scorecard.ts";

/** Short mappings and lists written on one line, as in scorecard-file.md. */
const oneLine = new Set([
  "name",
  "description",
  "range",
  "bands",
  "thresholds",
  "roll_up_thresholds",
]);
const listsOfOneLiners = new Set(["links", "values"]);

/** The YAML text of `file`. */
export function scorecardFileText(file: ScorecardFile): string {
  const document = new Document(fileShapeOf(file));
  visit(document, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (oneLine.has(key) && isCollection(pair.value)) pair.value.flow = true;
      if (listsOfOneLiners.has(key) && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isCollection(item)) item.flow = true;
      }
    },
  });
  document.commentBefore =
    " A Fourfold scorecard file: docs/scorecard-file.md describes the format.";
  return document.toString({ lineWidth: 0 });
}

/** The file as plain data, in the order scorecard-file.md writes it. */
export function fileShapeOf(file: ScorecardFile): Record<string, unknown> {
  const { scorecard } = file;
  return withoutEmpty(
    {
      version: 1,
      scorecard: withoutEmpty({
        key: scorecard.key,
        name: scorecard.name,
        missing_data: scorecard.missingData ?? "skip",
        cap: scorecard.cap,
        thresholds: scorecard.thresholds,
        roll_up_thresholds: scorecard.rollUpThresholds,
      }),
      perspectives: scorecard.perspectives.map(perspectiveShape),
      links: scorecard.links.map((link) => ({ from: link.from, to: link.to })),
      kpis: file.kpis.map(customKpiShape),
      values: file.values.map((value: ManualValue) => ({ ...value })),
    },
    ["perspectives"],
  );
}

function perspectiveShape(perspective: Perspective) {
  return withoutEmpty({
    key: perspective.key,
    name: perspective.name,
    weight: perspective.weight,
    objectives: perspective.objectives.map(objectiveShape),
  });
}

function objectiveShape(objective: Objective) {
  return withoutEmpty({
    key: objective.key,
    name: objective.name,
    description: objective.description,
    owner: objective.owner,
    weight: objective.weight,
    kpis: objective.kpis.map(kpiShape),
  });
}

function kpiShape(kpi: ScorecardKpi) {
  return withoutEmpty({
    kpi: kpi.kpi,
    method: kpi.method,
    polarity: kpi.polarity,
    baseline: kpi.baseline,
    range: kpi.range && [...kpi.range],
    tolerance: kpi.tolerance,
    bands: kpi.bands,
    target: kpi.target,
    targets: kpi.targets,
    phasing: kpi.phasing,
    cap: kpi.cap,
    thresholds: kpi.thresholds,
    weight: kpi.weight,
  });
}

function customKpiShape(kpi: CustomKpi) {
  return withoutEmpty({
    key: kpi.key,
    name: kpi.name,
    unit: kpi.unit,
    polarity: kpi.polarity,
    kind: kpi.kind,
    source: kpi.source,
    expression: kpi.expression,
  });
}

/** `fields` without those that are absent or null, or empty lists other than `keep`. */
function withoutEmpty(
  fields: Record<string, unknown>,
  keep: readonly string[] = [],
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([key, value]) =>
        value != null && (!Array.isArray(value) || value.length > 0 || keep.includes(key)),
    ),
  );
}
