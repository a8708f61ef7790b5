// Checking a KPI's scoring definition when it is saved (scoring.md, "KPI status": a definition
// that can never score "is rejected when it is saved, with a message that says which value
// to change"). Each issue names the field at its path, the value, and what to do.

import { type InputIssue, InvalidInput } from "./errors.ts";
import { type Interval, type KpiScoring, scoringMethodOf, type Thresholds } from "./scoring.ts";

/** A KPI as a scorecard uses it: how it is scored, its target(s) and its weight. */
export interface KpiDefinition extends KpiScoring {
  /** The same target in every period. */
  target?: number | null | undefined;
  /** Targets by period key (`"2026"`, `"2026-12"`). */
  targets?: Readonly<Record<string, number>> | undefined;
  weight?: number | undefined;
}

/**
 * Every reason `definition` can never score, each at its field's path under `path`
 * (e.g. `perspectives[1].objectives[0].kpis[2]`). Empty when the definition is sound.
 */
export function kpiDefinitionIssues(definition: KpiDefinition, path = ""): InputIssue[] {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  return [
    ...methodIssues(definition, at),
    ...thresholdIssues(definition.thresholds, at("thresholds")),
    ...capIssues(definition.cap, at("cap")),
    ...weightIssues(definition.weight, at("weight")),
  ];
}

/** `definition` when it can score, else InvalidInput listing every issue. */
export function checkKpiDefinition(definition: KpiDefinition, path = ""): KpiDefinition {
  const issues = kpiDefinitionIssues(definition, path);
  if (issues.length > 0) throw new InvalidInput(issues);
  return definition;
}

/** A weight (of a KPI, objective or perspective) must not be negative; 0 leaves it out. */
export function weightIssues(weight: number | undefined, path: string): InputIssue[] {
  if (weight === undefined || weight >= 0) return [];
  const message = `weight ${weight} is negative: use 0 to leave it out of its parent's score, or a positive weight`;
  return [{ path, message }];
}

/** A cap below 1 would keep a KPI that meets its target from scoring 100. */
export function capIssues(cap: number | undefined, path: string): InputIssue[] {
  if (cap === undefined || cap >= 1) return [];
  const message = `cap ${cap} is below 1: a KPI that meets its target would score under 100; use a cap of 1 or more`;
  return [{ path, message }];
}

/** Thresholds need 0 < amber ≤ green, in progress (1 = target met) or in score points. */
export function thresholdIssues(thresholds: Thresholds | undefined, path: string): InputIssue[] {
  if (!thresholds) return [];
  const { green, amber } = thresholds;
  if (amber <= 0) {
    return [
      {
        path: `${path}.amber`,
        message: `amber threshold ${amber} must be above 0; change \`amber\``,
      },
    ];
  }
  if (amber > green) {
    const message = `thresholds are out of order: green (${green}) must be at least amber (${amber}); swap them`;
    return [{ path, message }];
  }
  return [];
}

type PathOf = (field: string) => string;

function methodIssues(definition: KpiDefinition, at: PathOf): InputIssue[] {
  const method = scoringMethodOf(definition);
  const polarity = definition.polarity;
  if ((method === "range") !== (polarity === "range") && method !== "bands") {
    const message =
      method === "range"
        ? `method range needs polarity range; change \`polarity\` to range, or choose another \`method\``
        : `method ${method} cannot score polarity range; use method range (with \`range\` and \`tolerance\`) or bands`;
    return [{ path: at("method"), message }];
  }
  switch (method) {
    case "linear":
      return linearIssues(definition, at);
    case "ratio":
      return ratioIssues(definition, at);
    case "range":
      return rangeIssues(definition, at);
    case "bands":
      return bandIssues(definition, at);
  }
}

/** Each target with the path it was set at: `target`, or `targets["2026-12"]`. */
function targetsOf(definition: KpiDefinition, at: PathOf): { path: string; value: number }[] {
  const single =
    definition.target == null ? [] : [{ path: at("target"), value: definition.target }];
  const byPeriod = Object.entries(definition.targets ?? {}).map(([key, value]) => ({
    path: at(`targets["${key}"]`),
    value,
  }));
  return [...single, ...byPeriod];
}

function linearIssues(definition: KpiDefinition, at: PathOf): InputIssue[] {
  const baseline = definition.baseline;
  if (baseline == null) {
    const message =
      "a linear KPI needs a baseline (the value that scores 0): set `baseline`, or use method ratio";
    return [{ path: at("baseline"), message }];
  }
  return targetsOf(definition, at)
    .filter((target) => target.value === baseline)
    .map((target) => ({
      path: target.path,
      message: `target equals baseline ${baseline}: a linear KPI needs target ≠ baseline; change \`target\` or \`baseline\``,
    }));
}

function ratioIssues(definition: KpiDefinition, at: PathOf): InputIssue[] {
  const lower = definition.polarity === "lower";
  // Lower: p = t / a, which only means "closer is better" for t ≥ 0 (scoring.md's a = 0 rule).
  const fits = (target: number) => (lower ? target >= 0 : target > 0);
  const needed = lower ? "target ≥ 0 when lower is better" : "target > 0 when higher is better";
  return targetsOf(definition, at)
    .filter((target) => !fits(target.value))
    .map((target) => ({
      path: target.path,
      message: `target ${target.value} cannot be scored as a ratio: a ratio KPI needs ${needed}; change \`target\`, or set a \`baseline\` to score it linearly`,
    }));
}

function rangeIssues(definition: KpiDefinition, at: PathOf): InputIssue[] {
  const issues: InputIssue[] = [];
  const range = definition.range;
  if (!range) {
    issues.push({
      path: at("range"),
      message: "a range KPI needs a range [low, high]: set `range`",
    });
  } else if (range[0] > range[1]) {
    issues.push({ path: at("range"), message: upsideDown("range", range) });
  }
  const tolerance = definition.tolerance;
  if (tolerance == null) {
    const message =
      "a range KPI needs a tolerance, how far outside the range the score falls to 0: set `tolerance`";
    issues.push({ path: at("tolerance"), message });
  } else if (tolerance <= 0) {
    const message = `tolerance ${tolerance} must be above 0: it is how far outside the range the score falls to 0; change \`tolerance\``;
    issues.push({ path: at("tolerance"), message });
  }
  return issues;
}

function upsideDown(name: string, [low, high]: Interval): string {
  return `${name} [${low}, ${high}] has its low end above its high end: swap them to [${high}, ${low}]`;
}

function bandIssues(definition: KpiDefinition, at: PathOf): InputIssue[] {
  const { bands, polarity } = definition;
  const path = at("bands");
  const issue = (message: string) => [{ path, message }];
  if (!bands) return issue("method bands needs bands { green, amber }: set `bands`");
  const { green, amber } = bands;
  if (polarity === "range") {
    if (typeof green === "number" || typeof amber === "number") {
      return issue(
        "with polarity range, bands are intervals: green: [low, high], amber: [low, high]",
      );
    }
    return intervalBandIssues(green, amber, path);
  }
  if (typeof green !== "number" || typeof amber !== "number") {
    return issue(`with polarity ${polarity}, bands are numbers: green: n, amber: n`);
  }
  if (polarity === "higher" && green < amber) {
    return issue(
      `bands are out of order: when higher is better, green (${green}) must be at least amber (${amber}); swap them`,
    );
  }
  if (polarity === "lower" && green > amber) {
    return issue(
      `bands are out of order: when lower is better, green (${green}) must be at most amber (${amber}); swap them`,
    );
  }
  return [];
}

/** Range bands: each interval the right way round, and amber around green. */
function intervalBandIssues(green: Interval, amber: Interval, path: string): InputIssue[] {
  if (green[0] > green[1]) return [{ path: `${path}.green`, message: upsideDown("green", green) }];
  if (amber[0] > amber[1]) return [{ path: `${path}.amber`, message: upsideDown("amber", amber) }];
  if (amber[0] > green[0] || amber[1] < green[1]) {
    const message = `bands are out of order: the amber band [${amber.join(", ")}] must contain the green band [${green.join(", ")}]`;
    return [{ path, message }];
  }
  return [];
}
