import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scorecardFileJsonSchema } from "../domain/scorecard-file-schema.ts";
import { renderScorecardSchema, SCORECARD_SCHEMA_PATH } from "./write-scorecard-schema.ts";

describe("the published JSON Schema of scorecard files", () => {
  it("is docs/scorecard-file.schema.json, generated from the zod schema", () => {
    const current = existsSync(SCORECARD_SCHEMA_PATH)
      ? readFileSync(SCORECARD_SCHEMA_PATH, "utf8")
      : "";
    expect(current, "regenerate it with `node src/cli/write-scorecard-schema.ts`").toBe(
      renderScorecardSchema(),
    );
  });

  it("lists the four perspectives and requires a version, a scorecard and perspectives", () => {
    const schema = scorecardFileJsonSchema() as {
      required: string[];
      $defs: { Perspective: { properties: { key: { enum: string[] } } } };
    };
    expect(schema.required).toEqual(["version", "scorecard", "perspectives"]);
    expect(schema.$defs.Perspective.properties.key.enum).toEqual([
      "financial",
      "customer",
      "internal",
      "learning",
    ]);
  });
});
