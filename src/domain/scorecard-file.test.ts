import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidInput } from "./errors.ts";
import { readScorecardFile } from "./scorecard-file.ts";
import { scorecardFileText } from "./scorecard-file-export.ts";

/** The example of the scorecard file's contract, docs/spec/scorecard-file.md. */
function specExample(): string {
  const spec = resolve(import.meta.dirname, "../../docs/spec/scorecard-file.md");
  return /```yaml\n([\s\S]*?)```/.exec(readFileSync(spec, "utf8"))?.[1] ?? "";
}

function issuesOf(text: string) {
  try {
    readScorecardFile(text);
  } catch (error) {
    if (error instanceof InvalidInput) return error.issues;
    throw error;
  }
  throw new Error("the file was read without issues");
}

const minimal = (extra = "") => `version: 1
scorecard: { key: team, name: Team }
perspectives:
  - key: customer
${extra}`;

describe("reading a scorecard file", () => {
  it("reads the example of scorecard-file.md into the scorecard model", () => {
    const { file } = readScorecardFile(specExample());
    expect(file.scorecard).toMatchObject({ key: "marketing-2026", missingData: "skip", cap: 1 });
    expect(file.scorecard.perspectives.map((p) => p.key)).toEqual([
      "financial",
      "customer",
      "internal",
      "learning",
    ]);
    expect(file.scorecard.perspectives[0]?.objectives[1]?.kpis[0]).toEqual({
      kpi: "revenue",
      targets: { "2026": 24000000, "2026-12": 3500000 },
    });
    expect(file.kpis[0]).toMatchObject({ key: "brand_awareness", source: "manual", kind: "level" });
    expect(file.values).toEqual([{ kpi: "brand_awareness", period: "2026-Q1", value: 0.31 }]);
  });

  it("reads its own export back to the same scorecard", () => {
    const { file } = readScorecardFile(specExample());
    expect(readScorecardFile(scorecardFileText(file)).file).toEqual(file);
  });

  it("takes a name as one text for both languages", () => {
    const { file } = readScorecardFile(minimal());
    expect(file.scorecard.name).toBe("Team");
  });

  it("takes a year written as a plain number as the period 2026", () => {
    const text = `${minimal()}values:\n  - { kpi: survey, period: 2026, value: 1 }\n`;
    expect(readScorecardFile(text).file.values[0]?.period).toBe("2026");
  });

  it("gives a YAML syntax error with its line and column", () => {
    expect(issuesOf("version: 1\nscorecard: { key: team\n")).toEqual([
      expect.objectContaining({ path: "file", line: 3, column: 1 }),
    ]);
  });

  it("refuses a file of several YAML documents", () => {
    expect(issuesOf(`${minimal()}---\n${minimal()}`)).toEqual([
      {
        path: "file",
        message: "holds more than one YAML document (---): put each scorecard in its own file",
        line: 5,
        column: 1,
      },
    ]);
  });

  it("refuses an empty file", () => {
    expect(issuesOf("")).toEqual([{ path: "file", message: "is empty" }]);
  });

  it("points a missing field at the mapping that lacks it", () => {
    expect(issuesOf(minimal("    objectives:\n      - key: grow\n"))).toEqual([
      {
        path: "perspectives[0].objectives[0].name",
        message: "is required",
        line: 6,
        column: 9,
      },
    ]);
  });
});
