import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, it } from "vitest";
import { fourfold } from "../../test/cli.ts";
import {
  describeScorecardCommands,
  scorecardRows,
  specExample,
} from "../../test/scorecard-files.ts";

describeScorecardCommands("fourfold apply and export", (place) => {
  const apply = (path: string) => fourfold(["apply", path], place().env);
  const exported = () => fourfold(["export"], place().env);

  it("applies the example of scorecard-file.md as it stands", async () => {
    const run = await apply(place().file("marketing-2026.yaml", specExample()));
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(run.stdout).toMatch(
      /: scorecard marketing-2026 created, 1 KPI defined, 1 value set\.\n$/,
    );
    const scored = await fourfold(
      ["scorecard", "--scorecard", "marketing-2026", "--period", "2026-Q1", "--json"],
      place().env,
    );
    const tree = JSON.parse(scored.stdout);
    const customer = tree.children.find((node: { key: string }) => node.key === "customer");
    expect(customer.children[0].children[1]).toMatchObject({
      key: "brand_awareness",
      kind: "kpi",
      actual: 0.31,
      target: 0.35,
      status: "amber",
    });
  });

  it("applies the example of docs/scorecard-file.md, which is the spec's", async () => {
    const docs = readFileSync(resolve(import.meta.dirname, "../../docs/scorecard-file.md"), "utf8");
    const example = /```yaml\n([\s\S]*?)```/.exec(docs)?.[1] ?? "";
    expect(example).toBe(specExample());
    const run = await apply(place().file("docs.yaml", example));
    expect(run).toMatchObject({ status: 0, stderr: "" });
  });

  it("changes nothing when the export of the example is applied again", async () => {
    await apply(place().file("marketing-2026.yaml", specExample()));
    const before = await scorecardRows(place());
    const first = await exported();
    expect(first).toMatchObject({ status: 0, stderr: "" });

    const again = await apply(place().file("exported.yaml", first.stdout));

    expect(again.stdout).toMatch(/: scorecard marketing-2026 unchanged, 1 value unchanged\.\n$/);
    expect(await scorecardRows(place())).toEqual(before);
    expect((await exported()).stdout).toBe(first.stdout);
  });

  it("exports the example in the layout of scorecard-file.md, defaults left out", async () => {
    await apply(place().file("marketing-2026.yaml", specExample()));
    const run = await exported();
    expect(run.stdout).toContain(
      [
        "          - kpi: budget_variance",
        "            method: range",
        "            range: [ -0.05, 0.05 ]",
        "            tolerance: 0.1",
        "      - key: grow-revenue",
        "        name: { en: Grow revenue, da: Øg omsætningen }",
        "        kpis:",
        "          - kpi: revenue",
        "            targets:",
        '              "2026": 24000000',
        "              2026-12: 3500000",
      ].join("\n"),
    );
    expect(run.stdout).toContain(
      "values:\n  - { kpi: brand_awareness, period: 2026-Q1, value: 0.31 }\n",
    );
  });

  it("gives every error of a file's shape at its YAML path and line, applying nothing", async () => {
    const file = place().file(
      "bad.yaml",
      `version: 1
scorecard:
  key: marketing-2026
  name: Marketing 2026
  missing_data: sometimes
perspectives:
  - key: finance
    objectives:
      - key: profitable-paid-media
        kpis:
          - kpi: roas
            target: four
            targt: 3
links:
  - { from: profitable-paid-media }
values:
  - { kpi: brand_awareness, period: 2026-Q1, value: high }
`,
    );
    const run = await apply(file);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([
      `${file}:5:17: scorecard.missing_data: must be one of skip, zero, not "sometimes"`,
      `${file}:7:10: perspectives[0].key: must be one of financial, customer, internal, learning, not "finance"`,
      `${file}:9:9: perspectives[0].objectives[0].name: is required`,
      `${file}:12:21: perspectives[0].objectives[0].kpis[0].target: must be a number, not "four"`,
      `${file}:13:20: perspectives[0].objectives[0].kpis[0].targt: is not a field Fourfold knows here; the fields here are kpi, method, polarity, baseline, range, tolerance, bands, cap, thresholds, weight, target, targets, phasing`,
      `${file}:15:5: links[0].to: is required`,
      `${file}:17:53: values[0].value: must be a number, not "high"`,
      `${file}: nothing was applied: 7 errors`,
    ]);
    expect(Object.values(await scorecardRows(place())).flat()).toEqual([]);
  });

  it("gives every error of a file's meaning at its YAML path and line, keeping what was stored", async () => {
    await apply(place().file("marketing-2026.yaml", specExample()));
    const before = await scorecardRows(place());
    const file = place().file(
      "bad.yaml",
      `version: 1
scorecard:
  key: marketing-2026
  name: Marketing 2026
  cap: 0.9
perspectives:
  - key: financial
    objectives:
      - key: profitable-paid-media
        name: Profitable paid media
        kpis:
          - kpi: roas
            target: 0
          - kpi: cpc
            method: linear
            baseline: 5
            target: 5
          - kpi: roass
            target: 4
          - kpi: revenue
            targets: { "2026-13": 100 }
  - key: customer
    objectives:
      - key: profitable-paid-media
        name: Again
links:
  - { from: profitable-paid-media, to: grow-revenue }
kpis:
  - { key: roas, name: Mine, unit: ratio, polarity: higher, kind: level, source: manual }
values:
  - { kpi: revenue, period: 2026-01, value: 5 }
  - { kpi: brand_awareness, period: 2026-Q5, value: 0.3 }
`,
    );
    const run = await apply(file);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `${file}:5:8: scorecard.cap: cap 0.9 is below 1: a KPI that meets its target would score under 100; use a cap of 1 or more`,
      `${file}:13:21: perspectives[0].objectives[0].kpis[0].target: target 0 cannot be scored as a ratio: a ratio KPI needs target > 0 when higher is better; change \`target\`, or set a \`baseline\` to score it linearly`,
      `${file}:17:21: perspectives[0].objectives[0].kpis[1].target: target equals baseline 5: a linear KPI needs target ≠ baseline; change \`target\` or \`baseline\``,
      `${file}:18:18: perspectives[0].objectives[0].kpis[2].kpi: there is no KPI "roass": did you mean roas? Otherwise use a KPI of the library, or define it under \`kpis:\` in this file`,
      `${file}:21:35: perspectives[0].objectives[0].kpis[3].targets["2026-13"]: "2026-13" is not a month: months run from 01 to 12, e.g. 2025-01`,
      `${file}:24:14: perspectives[1].objectives[0].key: profitable-paid-media is given twice: objective keys are unique in a scorecard, links name them`,
      `${file}:27:40: links[0].to: there is no objective "grow-revenue" in this scorecard: its objectives are profitable-paid-media`,
      `${file}:29:12: kpis[0].key: roas is a KPI of the library: use it as it is, or give yours another key`,
      `${file}:31:12: values[0].kpi: revenue is computed from imports: values are entered only for KPIs with \`source: manual\``,
      `${file}:32:37: values[1].period: "2026-Q5" is not a quarter: quarters run from Q1 to Q4`,
      `${file}: nothing was applied: 10 errors`,
    ]);
    expect(await scorecardRows(place())).toEqual(before);
  });

  it("refuses a link that closes a cycle, naming the cycle", async () => {
    const file = place().file(
      "cycle.yaml",
      `version: 1
scorecard: { key: cycle, name: Cycle }
perspectives:
  - key: learning
    objectives:
      - { key: skilled-team, name: A skilled team }
  - key: internal
    objectives:
      - { key: launch-on-time, name: Launch on time }
  - key: customer
    objectives:
      - { key: delighted-customers, name: Delighted customers }
links:
  - { from: skilled-team, to: launch-on-time }
  - { from: launch-on-time, to: delighted-customers }
  - { from: delighted-customers, to: skilled-team }
`,
    );
    const run = await apply(file);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `${file}:16:5: links[2]: this link closes a cycle delighted-customers → skilled-team → launch-on-time → delighted-customers: cause and effect run one way, so remove one of these links`,
      `${file}: nothing was applied: 1 error`,
    ]);
    expect(Object.values(await scorecardRows(place())).flat()).toEqual([]);
  });

  it("replaces a scorecard's definition, dropping its old targets but keeping manual values", async () => {
    await apply(place().file("marketing-2026.yaml", specExample()));
    const next = specExample()
      .replace(
        / {10}- kpi: revenue\n {12}targets:\n.*\n.*\n/,
        "          - kpi: revenue\n            target: 2000000\n",
      )
      .replace(/values:.*\n.*\n$/s, "");

    const run = await apply(place().file("next.yaml", next));

    expect(run.stdout).toMatch(/: scorecard marketing-2026 replaced\.\n$/);
    const text = (await exported()).stdout;
    expect(text).toContain("          - kpi: revenue\n            target: 2000000\n");
    expect(text).not.toContain("targets:");
    expect(text).toContain("  - { kpi: brand_awareness, period: 2026-Q1, value: 0.31 }");
  });

  it("defines a KPI by an expression over the imports, checked by the metrics language", async () => {
    const file = (expression: string) => `version: 1
scorecard: { key: paid, name: Paid media }
perspectives:
  - key: financial
    objectives:
      - key: efficient-search
        name: Efficient search
        kpis:
          - { kpi: search_cost, target: 10000 }
kpis:
  - key: search_cost
    name: { en: Search cost, da: Søgeomkostninger }
    unit: currency
    polarity: lower
    kind: flow
    expression: ${expression}
`;
    const bad = place().file("bad.yaml", file("sum(google_ads.costs)"));
    const refused = await apply(bad);
    expect(refused.stderr).toMatch(
      new RegExp(`^${bad}:16:17: kpis\\[0\\]\\.expression: column \\d+: unknown field .*costs`),
    );

    const run = await apply(place().file("good.yaml", file("sum(google_ads.cost)")));
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect((await exported()).stdout).toContain(
      "    kind: flow\n    source: expression\n    expression: sum(google_ads.cost)\n",
    );
  });

  it("refuses a formula too long or too deep at its column, naming the limit, exit 1", async () => {
    const file = (expression: string) => `version: 1
scorecard: { key: paid, name: Paid media }
perspectives:
  - key: financial
    objectives:
      - { key: efficient-search, name: Efficient search, kpis: [{ kpi: search_cost, target: 1 }] }
kpis:
  - { key: search_cost, name: Search cost, unit: currency, polarity: lower, kind: flow,
      expression: "${expression}" }
`;
    const tooLong =
      "kpis[0].expression: column 10001: the expression is longer than 10000 characters: split it into KPIs that name one another";
    const formulas = {
      "ones.yaml": "1+".repeat(32 * 1024).concat("1"),
      "mebibyte.yaml": "sum(google_ads.cost) + ".repeat(45_591).concat("1"),
      "parentheses.yaml": `${"(".repeat(5000)}1${")".repeat(5000)}`,
    };
    for (const [name, formula] of Object.entries(formulas)) {
      const path = place().file(name, file(formula));
      expect(await apply(path)).toEqual({
        status: 1,
        stdout: "",
        stderr: `${path}:9:19: ${tooLong}\n${path}: nothing was applied: 1 error\n`,
      });
    }
    const deep = place().file("deep.yaml", file(`${"(".repeat(4000)}1${")".repeat(4000)}`));
    expect((await apply(deep)).stderr).toContain(
      `${deep}:9:19: kpis[0].expression: column 101: the expression nests more than 100 levels of operators, parentheses and functions: split it into KPIs that name one another\n`,
    );
  });

  it("reads a scorecard file written as JSON, such as `export --json` writes", async () => {
    await apply(place().file("marketing-2026.yaml", specExample()));
    const json = await fourfold(["export", "--json"], place().env);
    const before = await scorecardRows(place());

    const run = await apply(place().file("marketing-2026.json", json.stdout));

    expect(run.stdout).toMatch(/unchanged, 1 value unchanged\.\n$/);
    expect(await scorecardRows(place())).toEqual(before);
  });

  it("asks for the organisation first", async () => {
    const file = place().file("a.yaml", specExample());
    const run = await fourfold(["apply", file], { FOURFOLD_DB: `${file}.duckdb` });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("run `fourfold init");
  });
});
