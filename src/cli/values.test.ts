import { expect, it } from "vitest";
import { fourfold } from "../../test/cli.ts";
import { describeScorecardCommands, specExample } from "../../test/scorecard-files.ts";

describeScorecardCommands("fourfold values set", (place) => {
  const values = (...args: string[]) => fourfold(["values", ...args], place().env);
  const awareness = async (period: string) => {
    const run = await fourfold(["scorecard", "--period", period, "--json"], place().env);
    const customer = JSON.parse(run.stdout).children[1];
    return customer.children[0].children[1];
  };

  it("enters a survey's value for a period, which the scorecard then scores", async () => {
    await fourfold(["apply", place().file("m.yaml", specExample())], place().env);

    const run = await values("set", "brand_awareness", "2026-Q2", "0.36");

    expect(run).toMatchObject({ status: 0, stdout: "brand_awareness for 2026-Q2 is now 0.36.\n" });
    expect(await awareness("2026-Q2")).toMatchObject({ actual: 0.36, score: 100, status: "green" });
    expect((await fourfold(["export"], place().env)).stdout).toContain(
      "  - { kpi: brand_awareness, period: 2026-Q2, value: 0.36 }",
    );
  });

  it("prefers a quarter's own value over the one its months give", async () => {
    await fourfold(["apply", place().file("m.yaml", specExample())], place().env);
    await values("set", "brand_awareness", "2026-01", "0.2");
    await values("set", "brand_awareness", "2026-02", "0.25");
    expect(await awareness("2026-Q1")).toMatchObject({ actual: 0.31 });

    await values("set", "brand_awareness", "2026-Q1", "none");

    expect(await awareness("2026-Q1")).toMatchObject({ actual: 0.25 });
  });

  it("takes a negative value after --", async () => {
    await fourfold(["apply", place().file("m.yaml", specExample())], place().env);
    const run = await values("set", "brand_awareness", "2026-03", "--", "-0.01");
    expect(run.stdout).toBe("brand_awareness for 2026-03 is now -0.01.\n");
  });

  it("refuses a value for a KPI computed from imports, or for a period that does not exist", async () => {
    await fourfold(["apply", place().file("m.yaml", specExample())], place().env);
    expect((await values("set", "roas", "2026-13", "4")).stderr.trim().split("\n")).toEqual([
      "kpi: roas is computed from imports: values are entered only for KPIs with `source: manual`",
      'period: "2026-13" is not a month: months run from 01 to 12, e.g. 2025-01',
    ]);
    expect((await values("set", "brand_awareness", "2026-01", "0,3")).stderr).toBe(
      'VALUE: "0,3" is not a number: write the decimal with a point: 0.3\n',
    );
  });

  it("refuses 1e300 as a scorecard file would, naming the field and the limit, exit 1", async () => {
    await fourfold(["apply", place().file("m.yaml", specExample())], place().env);
    expect(await values("set", "brand_awareness", "2026-04", "1e300")).toEqual({
      status: 1,
      stdout: "",
      stderr: "value: `1e+300` must be smaller than 10^18 in size\n",
    });
    const large = await values("set", "brand_awareness", "2026-05", "--", "-1e17");
    expect(large).toMatchObject({
      status: 0,
      stdout: "brand_awareness for 2026-05 is now -100000000000000000.\n",
    });
  });

  it("lists the values entered", async () => {
    await fourfold(["apply", place().file("m.yaml", specExample())], place().env);
    await values("set", "brand_awareness", "2026-04", "0.33");
    const run = await values("list", "--json");
    expect(JSON.parse(run.stdout)).toEqual({
      values: [
        { kpi: "brand_awareness", period: "2026-04", value: 0.33 },
        { kpi: "brand_awareness", period: "2026-Q1", value: 0.31 },
      ],
    });
  });
});
