// Everything wrong with a scorecard file beyond its shape, all at once (issue 5: "all
// collected, nothing applied"): keys given twice, KPIs that do not exist, scoring
// definitions that can never score (kpi-definition.ts), targets for periods that do not
// exist, links to unknown objectives or closing a cycle, values a KPI cannot take.

import { type InputIssue, InvalidInput } from "./errors.ts";
import type { FiscalCalendar } from "./fiscal-year.ts";
import { capIssues, kpiDefinitionIssues, thresholdIssues, weightIssues } from "./kpi-definition.ts";
import { type KnownKpis, type KpiLibrary, knownKpis } from "./kpi-library.ts";
import { parsePeriod } from "./periods.ts";
import type { KpiFacts, Objective, Scorecard, ScorecardFile, ScorecardKpi } from "./scorecard.ts";
import { isScorecardSized, NUMBER_SIZE_RULE } from "./scorecard-file-schema.ts";
import { linkIssues } from "./scorecard-links.ts";

export interface CheckContext {
  library: KpiLibrary;
  /** KPIs the organisation already defined (in other scorecard files), by key. */
  storedKpis: ReadonlyMap<string, KpiFacts>;
  fiscal: FiscalCalendar;
}

/** Every problem of `file` that its shape does not show, each at its path. */
export function scorecardFileIssues(file: ScorecardFile, context: CheckContext): InputIssue[] {
  const kpis = knownKpis(context.library, file.kpis, context.storedKpis);
  const objectives = file.scorecard.perspectives.flatMap((p) => p.objectives);
  return [
    ...headerIssues(file.scorecard),
    ...perspectiveIssues(file.scorecard, kpis, context.fiscal),
    ...linkIssues(
      file.scorecard.links,
      objectives.map((objective) => objective.key),
    ),
    ...customKpiIssues(file, context.library),
    ...valueIssues(file, kpis, context.fiscal),
  ];
}

function headerIssues(scorecard: Scorecard): InputIssue[] {
  return [
    ...capIssues(scorecard.cap, "scorecard.cap"),
    ...thresholdIssues(scorecard.thresholds, "scorecard.thresholds"),
    ...thresholdIssues(scorecard.rollUpThresholds, "scorecard.roll_up_thresholds"),
  ];
}

function perspectiveIssues(
  scorecard: Scorecard,
  kpis: KnownKpis,
  fiscal: FiscalCalendar,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const seenObjectives = new Set<string>();
  scorecard.perspectives.forEach((perspective, p) => {
    const at = `perspectives[${p}]`;
    if (scorecard.perspectives.findIndex((other) => other.key === perspective.key) < p) {
      const message = `${perspective.key} is given twice: a scorecard has each perspective once`;
      issues.push({ path: `${at}.key`, message });
    }
    issues.push(...weightIssues(perspective.weight, `${at}.weight`));
    perspective.objectives.forEach((objective, o) => {
      const path = `${at}.objectives[${o}]`;
      if (seenObjectives.has(objective.key)) {
        const message = `${objective.key} is given twice: objective keys are unique in a scorecard, links name them`;
        issues.push({ path: `${path}.key`, message });
      }
      seenObjectives.add(objective.key);
      issues.push(...objectiveIssues(objective, path, kpis, fiscal));
    });
  });
  return issues;
}

function objectiveIssues(
  objective: Objective,
  path: string,
  kpis: KnownKpis,
  fiscal: FiscalCalendar,
): InputIssue[] {
  const issues = weightIssues(objective.weight, `${path}.weight`);
  objective.kpis.forEach((kpi, k) => {
    const at = `${path}.kpis[${k}]`;
    if (objective.kpis.findIndex((other) => other.kpi === kpi.kpi) < k) {
      const message = `${kpi.kpi} is on this objective twice: give it once, with one weight`;
      issues.push({ path: `${at}.kpi`, message });
    }
    issues.push(...scorecardKpiIssues(kpi, at, kpis, fiscal));
  });
  return issues;
}

function scorecardKpiIssues(
  kpi: ScorecardKpi,
  path: string,
  kpis: KnownKpis,
  fiscal: FiscalCalendar,
): InputIssue[] {
  const facts = kpis.find(kpi.kpi);
  if (!facts) return [{ path: `${path}.kpi`, message: unknownKpi(kpi.kpi, kpis) }];
  const issues = kpiDefinitionIssues({ ...kpi, polarity: kpi.polarity ?? facts.polarity }, path);
  if (kpi.target !== undefined && kpi.targets !== undefined) {
    const message =
      "set either `target` (the same in every period) or `targets` (by period), not both";
    issues.push({ path: `${path}.targets`, message });
  }
  for (const period of Object.keys(kpi.targets ?? {})) {
    issues.push(...periodIssues(period, `${path}.targets[${JSON.stringify(period)}]`, fiscal));
  }
  if (kpi.phasing === "seasonal" && facts.kind === "level") {
    const message = `${kpi.kpi} is a level KPI, whose target is the same in every sub-period: phasing applies to flow KPIs only; remove \`phasing\``;
    issues.push({ path: `${path}.phasing`, message });
  }
  return issues;
}

function unknownKpi(key: string, kpis: KnownKpis): string {
  const guess = kpis.closestKey(key);
  const hint = guess ? `did you mean ${guess}? Otherwise use` : "use";
  return `there is no KPI "${key}": ${hint} a KPI of the library, or define it under \`kpis:\` in this file`;
}

/** Why `period` is not a period key under `fiscal`, at `path`; empty when it is one. */
export function periodIssues(period: string, path: string, fiscal: FiscalCalendar): InputIssue[] {
  try {
    parsePeriod(period, fiscal, path);
    return [];
  } catch (error) {
    if (error instanceof InvalidInput) return [...error.issues];
    throw error;
  }
}

function customKpiIssues(file: ScorecardFile, library: KpiLibrary): InputIssue[] {
  return file.kpis.flatMap((kpi, index) => {
    const at = `kpis[${index}]`;
    const issues: InputIssue[] = [];
    if (library.find(kpi.key)) {
      const message = `${kpi.key} is a KPI of the library: use it as it is, or give yours another key`;
      issues.push({ path: `${at}.key`, message });
    }
    if (file.kpis.findIndex((other) => other.key === kpi.key) < index) {
      issues.push({ path: `${at}.key`, message: `${kpi.key} is defined twice in this file` });
    }
    if (kpi.source === "manual" && kpi.expression !== undefined) {
      const message =
        "a manual KPI has no expression: remove `expression`, or set `source: expression`";
      issues.push({ path: `${at}.expression`, message });
    }
    if (kpi.source === "expression") {
      if (kpi.expression === undefined) {
        const message = "a KPI computed from imports needs `expression`, e.g. sum(google_ads.cost)";
        issues.push({ path: `${at}.expression`, message });
      } else {
        for (const message of library.expressionIssues(kpi.expression)) {
          issues.push({ path: `${at}.expression`, message });
        }
      }
    }
    return issues;
  });
}

function valueIssues(file: ScorecardFile, kpis: KnownKpis, fiscal: FiscalCalendar): InputIssue[] {
  const seen = new Set<string>();
  return file.values.flatMap((value, index) => {
    const at = `values[${index}]`;
    const issues = manualValueIssues(value.kpi, kpis, `${at}.kpi`);
    issues.push(...periodIssues(value.period, `${at}.period`, fiscal));
    const id = `${value.kpi} ${value.period}`;
    if (seen.has(id)) {
      const message = `${value.kpi} has a value for ${value.period} twice: keep one`;
      issues.push({ path: at, message });
    }
    seen.add(id);
    return issues;
  });
}

/** Why `key` cannot take manual values, at `path`; empty when it can. */
/** A manual value entered by hand follows the rule of a value written in a file. */
export function manualValueSizeIssues(value: number | null, path: string): InputIssue[] {
  if (value === null || isScorecardSized(value)) return [];
  return [{ path, message: `\`${value}\` ${NUMBER_SIZE_RULE}` }];
}

export function manualValueIssues(key: string, kpis: KnownKpis, path: string): InputIssue[] {
  const facts = kpis.find(key);
  if (!facts) return [{ path, message: unknownKpi(key, kpis) }];
  if (facts.source === "manual") return [];
  const message = `${key} is computed from imports: values are entered only for KPIs with \`source: manual\``;
  return [{ path, message }];
}

/**
 * The file's KPIs are the organisation's, so redefining one changes it for every other
 * scorecard that uses it: a new polarity that one of them could not score with is refused
 * at `kpis[i].polarity`, naming that scorecard.
 */
export function sharedKpiIssues(
  file: ScorecardFile,
  others: readonly Scorecard[],
  library: KpiLibrary,
): InputIssue[] {
  return file.kpis.flatMap((kpi, index) => {
    if (library.find(kpi.key)) return [];
    const uses = others.flatMap((scorecard) =>
      scorecard.perspectives
        .flatMap((p) => p.objectives.flatMap((o) => o.kpis))
        .filter((entry) => entry.kpi === kpi.key)
        .map((entry) => ({ scorecard, entry })),
    );
    const refused = uses.find(
      ({ entry }) =>
        kpiDefinitionIssues({ ...entry, polarity: entry.polarity ?? kpi.polarity }).length > 0,
    );
    if (!refused) return [];
    const [problem] = kpiDefinitionIssues({
      ...refused.entry,
      polarity: refused.entry.polarity ?? kpi.polarity,
    });
    const message = `the scorecard ${refused.scorecard.key} also uses ${kpi.key} and could not score it with polarity ${kpi.polarity} (${problem?.path}: ${problem?.message}): change it there first`;
    return [{ path: `kpis[${index}].polarity`, message }];
  });
}
