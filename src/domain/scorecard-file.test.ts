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

describe("a scorecard file too large or too deep to read", () => {
  const tooDeep =
    "nests more than 64 levels deep (indentation, - and [ { ): a scorecard file needs about eight";

  it("refuses [ nested 100,000 deep at the 64th, the 65th level counting the top, before YAML reads it", () => {
    const text = `version: 1\nscorecard: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`;
    expect(issuesOf(text)).toEqual([{ path: "file", message: tooDeep, line: 2, column: 75 }]);
  });

  it("refuses keys indented 200 levels deep at the 65th", () => {
    const text = Array.from({ length: 200 }, (_, level) => `${" ".repeat(level)}a${level}:`);
    expect(issuesOf(text.join("\n"))).toEqual([
      { path: "file", message: tooDeep, line: 65, column: 65 },
    ]);
  });

  it("refuses a file of 3 MiB, naming the limit", () => {
    const text = `version: 1\nscorecard: { key: team, name: '${"x".repeat(3 * 1024 * 1024)}' }\n`;
    expect(issuesOf(text)).toEqual([
      {
        path: "file",
        message: "is larger than 2 MiB (2097152 characters): a scorecard file is a few kilobytes",
      },
    ]);
  });

  it("refuses aliases of aliases that would expand a few lines into millions of values", () => {
    const levels = ["a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]"];
    for (const [name, previous] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
    ]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    expect(issuesOf(levels.join("\n"))).toEqual([
      {
        path: "file",
        message: "repeats aliases (*name) more than 100 times: write the values out instead",
      },
    ]);
  });

  it("reads the spec's example, quotes, comments and brackets in text and all", () => {
    expect(() => readScorecardFile(specExample())).not.toThrow();
  });
});
