// scoring.md's six worked examples, end to end: a scorecard file holds each as a manual KPI
// with its values, `apply` stores it, and `scorecard --json` gives every number back.

import { expect, it } from "vitest";
import { fourfold } from "../../test/cli.ts";
import { describeScorecardCommands, type ScorecardTestPlace } from "../../test/scorecard-files.ts";

const kpis = `kpis:
  - { key: roas_survey, name: ROAS, unit: ratio, polarity: higher, kind: level, source: manual }
  - { key: cpc_survey, name: CPC, unit: currency, polarity: lower, kind: level, source: manual }
  - { key: cac_survey, name: CAC, unit: currency, polarity: lower, kind: level, source: manual }
  - { key: variance_survey, name: Budget variance, unit: percent, polarity: range, kind: level, source: manual }
  - { key: awareness_survey, name: Brand awareness, unit: percent, polarity: higher, kind: level, source: manual }
  - { key: revenue_survey, name: Revenue, unit: currency, polarity: higher, kind: flow, source: manual }
  - { key: nps_survey, name: NPS, unit: points, polarity: higher, kind: level, source: manual }
`;

const example5 = `      - key: example-5
        name: Objective with KPIs weighted 2, 1, 1 scoring 80, 100 and no data
        kpis:
          - { kpi: roas_survey, target: 4.0, weight: 2 }
          - { kpi: variance_survey, method: range, range: [-0.05, 0.05], tolerance: 0.10, weight: 1 }
          - { kpi: awareness_survey, target: 0.35, weight: 1 }
`;

const workedExamples = `version: 1
scorecard: { key: worked-examples, name: scoring.md worked examples }
perspectives:
  - key: financial
    objectives:
      - key: example-1
        name: ROAS, higher, ratio
        kpis:
          - { kpi: roas_survey, target: 4.0 }
      - key: example-1-capped
        name: ROAS with cap 1.2
        kpis:
          - { kpi: roas_survey, target: 4.0, cap: 1.2 }
      - key: example-2
        name: CPC, lower, linear
        kpis:
          - { kpi: cpc_survey, method: linear, baseline: 8.0, target: 5.0 }
      - key: example-4
        name: Budget variance, range
        kpis:
          - { kpi: variance_survey, method: range, range: [-0.05, 0.05], tolerance: 0.10 }
      - key: example-6
        name: Annual revenue, linear phasing
        kpis:
          - { kpi: revenue_survey, targets: { "2026": 24000000 } }
  - key: customer
    objectives:
      - key: example-3
        name: CAC, lower, ratio
        kpis:
          - { kpi: cac_survey, target: 400 }
${example5}      - key: example-6-nps
        name: NPS 40 for the year
        kpis:
          - { kpi: nps_survey, targets: { "2026": 40 } }
${kpis}values:
  - { kpi: roas_survey, period: 2026-01, value: 3.2 }
  - { kpi: roas_survey, period: 2026-02, value: 4.4 }
  - { kpi: cpc_survey, period: 2026-01, value: 6.2 }
  - { kpi: cac_survey, period: 2026-01, value: 500 }
  - { kpi: variance_survey, period: 2026-01, value: 0.02 }
  - { kpi: variance_survey, period: 2026-02, value: 0.09 }
  - { kpi: variance_survey, period: 2026-03, value: -0.20 }
  - { kpi: revenue_survey, period: 2026-01, value: 2000000 }
  - { kpi: nps_survey, period: 2026-01, value: 42 }
`;

const missingCountsAsZero = `version: 1
scorecard: { key: missing-as-zero, name: Missing data counts as 0, missing_data: zero }
perspectives:
  - key: customer
    objectives:
${example5}`;

interface Node {
  key: string;
  kind: string;
  score: number | null;
  status: string;
  actual?: number | null;
  target?: number | null;
  progress?: number | null;
  explanation: { reason: string } & Record<string, unknown>;
  children?: Node[];
}

/** The node at `keys` below the scorecard: perspective, objective, KPI. */
function nodeAt(tree: Node, ...keys: string[]): Node {
  let node = tree;
  for (const key of keys) {
    const child = node.children?.find((c) => c.key === key);
    if (!child) throw new Error(`no node ${key} under ${node.key}`);
    node = child;
  }
  return node;
}

describeScorecardCommands("scoring.md worked examples through scorecard --json", (place) => {
  async function scorecard(key: string, ...args: string[]): Promise<Node> {
    const run = await fourfold(["scorecard", "--scorecard", key, ...args, "--json"], place().env);
    expect(run.stderr).toBe("");
    return JSON.parse(run.stdout) as Node;
  }

  async function applyExamples(p: ScorecardTestPlace) {
    for (const [name, text] of [
      ["worked-examples.yaml", workedExamples],
      ["missing-as-zero.yaml", missingCountsAsZero],
    ]) {
      const run = await fourfold(["apply", p.file(name as string, text as string)], p.env);
      expect(run.stderr).toBe("");
    }
  }

  it("1: scores ROAS 3.2 against 4.0 as 80, amber; 4.4 as 100, green; with cap 1.2 as 110", async () => {
    await applyExamples(place());
    const january = await scorecard("worked-examples", "--period", "2026-01");
    expect(nodeAt(january, "financial", "example-1", "roas_survey")).toMatchObject({
      kind: "kpi",
      actual: 3.2,
      target: 4,
      progress: 0.8,
      score: 80,
      status: "amber",
      explanation: {
        method: "ratio",
        polarity: "higher",
        cap: 1,
        reason: "amber: 3.2 is 80% of the target 4; amber from 80%",
      },
    });
    const february = await scorecard("worked-examples", "--period", "2026-02");
    expect(nodeAt(february, "financial", "example-1", "roas_survey")).toMatchObject({
      actual: 4.4,
      progress: 1.1,
      score: 100,
      status: "green",
    });
    expect(nodeAt(february, "financial", "example-1-capped", "roas_survey")).toMatchObject({
      actual: 4.4,
      progress: 1.1,
      score: 110,
      status: "green",
      explanation: { cap: 1.2 },
    });
    expect(nodeAt(february, "financial", "example-1-capped")).toMatchObject({
      kind: "objective",
      score: 110,
      status: "green",
    });
  });

  it("2: scores CPC 6.2 against target 5 from baseline 8 as 60, red", async () => {
    await applyExamples(place());
    const january = await scorecard("worked-examples", "--period", "2026-01");
    expect(nodeAt(january, "financial", "example-2", "cpc_survey")).toMatchObject({
      actual: 6.2,
      target: 5,
      progress: 0.6,
      score: 60,
      status: "red",
      explanation: { method: "linear", baseline: 8, polarity: "lower" },
    });
    expect(nodeAt(january, "financial", "example-2")).toMatchObject({ score: 60, status: "red" });
  });

  it("3: scores CAC 500 against target 400 as 80, amber", async () => {
    await applyExamples(place());
    const january = await scorecard("worked-examples", "--period", "2026-01");
    expect(nodeAt(january, "customer", "example-3", "cac_survey")).toMatchObject({
      actual: 500,
      target: 400,
      progress: 0.8,
      score: 80,
      status: "amber",
      explanation: { method: "ratio", polarity: "lower" },
    });
  });

  it("4: scores a budget variance of 0.02 as 100 green, 0.09 as 60 red, −0.20 as 0 red", async () => {
    await applyExamples(place());
    const variance = async (period: string) =>
      nodeAt(
        await scorecard("worked-examples", "--period", period),
        "financial",
        "example-4",
        "variance_survey",
      );
    expect(await variance("2026-01")).toMatchObject({
      actual: 0.02,
      progress: 1,
      score: 100,
      status: "green",
    });
    expect(await variance("2026-02")).toMatchObject({
      actual: 0.09,
      progress: 0.6,
      score: 60,
      status: "red",
    });
    expect(await variance("2026-03")).toMatchObject({
      actual: -0.2,
      progress: 0,
      score: 0,
      status: "red",
    });
    expect((await variance("2026-02")).explanation).toMatchObject({
      method: "range",
      range: [-0.05, 0.05],
      tolerance: 0.1,
    });
  });

  it("5: rolls KPIs weighted 2, 1, 1 scoring 80, 100 and no data up to 86.67 amber, or 65 red when missing counts as 0", async () => {
    await applyExamples(place());
    const skipped = nodeAt(
      await scorecard("worked-examples", "--period", "2026-01"),
      "customer",
      "example-5",
    );
    expect(skipped.children?.map((kpi) => [kpi.key, kpi.score])).toEqual([
      ["roas_survey", 80],
      ["variance_survey", 100],
      ["awareness_survey", null],
    ]);
    expect(skipped).toMatchObject({ kind: "objective", status: "amber" });
    expect(skipped.score).toBeCloseTo(86.67, 2);
    expect(skipped.explanation).toMatchObject({
      missingData: "skip",
      children: [
        { key: "roas_survey", score: 80, weight: 2, treatment: "scored" },
        { key: "variance_survey", score: 100, weight: 1, treatment: "scored" },
        { key: "awareness_survey", score: null, weight: 1, treatment: "left_out_no_data" },
      ],
      reason:
        "amber: 86.67 is the weighted mean of 2 of 3 children, 1 without data left out; amber from 70",
    });

    const zero = await scorecard("missing-as-zero", "--period", "2026-01");
    expect(nodeAt(zero, "customer", "example-5")).toMatchObject({ score: 65, status: "red" });
    expect(zero).toMatchObject({ kind: "scorecard", score: 65, status: "red" });
  });

  it("6: phases 24,000,000 for 2026 to 2,038,356.16 in January and 5,917,808.22 for Q1 year to date", async () => {
    await applyExamples(place());
    const january = await scorecard("worked-examples", "--period", "2026-01");
    const revenue = nodeAt(january, "financial", "example-6", "revenue_survey");
    expect(revenue.target).toBeCloseTo(2_038_356.16, 2);
    expect(revenue).toMatchObject({
      actual: 2_000_000,
      explanation: { targetFrom: { rule: "linear", setFor: "2026" } },
    });

    const yearToDate = await scorecard(
      "worked-examples",
      "--period",
      "2026",
      "--as-of",
      "2026-03-31",
    );
    expect(yearToDate).toMatchObject({ period: "2026", through: "2026-03-31" });
    const ytd = nodeAt(yearToDate, "financial", "example-6", "revenue_survey");
    expect(ytd.target).toBeCloseTo(5_917_808.22, 2);
    expect(ytd).toMatchObject({
      actual: 2_000_000,
      explanation: { targetFrom: { rule: "to_date_sum" } },
    });
  });

  it("6: keeps an NPS target of 40 in every month, quarter and to-date view", async () => {
    await applyExamples(place());
    for (const args of [
      ["--period", "2026-01"],
      ["--period", "2026-Q1"],
      ["--period", "2026-Q3"],
      ["--period", "2026", "--as-of", "2026-02-15"],
      ["--period", "2026-Q1", "--as-of", "2026-01-20"],
    ]) {
      const nps = nodeAt(
        await scorecard("worked-examples", ...args),
        "customer",
        "example-6-nps",
        "nps_survey",
      );
      expect(nps.target, args.join(" ")).toBe(40);
    }
  });

  it("gives every node a key, kind, score, status and explanation; KPIs their actual, target and progress", async () => {
    await applyExamples(place());
    const tree = await scorecard("worked-examples", "--period", "2026-01");
    const visit = (node: Node) => {
      expect(Object.keys(node)).toEqual(
        expect.arrayContaining(["key", "kind", "score", "status", "explanation"]),
      );
      expect(typeof node.explanation.reason).toBe("string");
      if (node.kind === "kpi") {
        expect(Object.keys(node)).toEqual(expect.arrayContaining(["actual", "target", "progress"]));
        expect(node.children).toBeUndefined();
      } else {
        expect(Array.isArray(node.children)).toBe(true);
        node.children?.forEach(visit);
      }
    };
    visit(tree);
    expect(tree.kind).toBe("scorecard");
  });
});
