import { describe, expect, it } from "vitest";
import { Conflict, FourfoldError, ImportRejected, InvalidInput, NotFound } from "./errors.ts";

describe("user errors", () => {
  it("puts each input issue on its own line, at its path", () => {
    const error = new InvalidInput([
      { path: "perspectives[1].objectives[0].kpis[2].target", message: "must be a number" },
      { path: "scorecard.key", message: "is required" },
    ]);
    expect(error).toBeInstanceOf(FourfoldError);
    expect(error.code).toBe("invalid_input");
    expect(error.name).toBe("InvalidInput");
    expect(error.message).toBe(
      "perspectives[1].objectives[0].kpis[2].target: must be a number\nscorecard.key: is required",
    );
  });

  it("keeps every row error of a rejected import and says how many there were in all", () => {
    const rowErrors = [
      { file: "ads.csv", line: 10, column: "Cost", value: "12.5x", message: "is not a number" },
    ];
    const error = new ImportRejected(rowErrors, 1_204);
    expect(error.rowErrors).toEqual(rowErrors);
    expect(error.totalErrors).toBe(1_204);
    expect(error.message).toBe(
      'ads.csv:10 column Cost value "12.5x": is not a number\n… and 1203 more',
    );
  });

  it("names what was not found and its id", () => {
    const error = new NotFound("scorecard", "marketing-2027");
    expect(error).toMatchObject({ code: "not_found", what: "scorecard", id: "marketing-2027" });
    expect(error.message).toBe(
      'there is no scorecard "marketing-2027": check the spelling, or create it first',
    );
  });

  it("carries a conflict's message as given", () => {
    expect(new Conflict("the key marketing-2026 is taken")).toMatchObject({
      code: "conflict",
      message: "the key marketing-2026 is taken",
    });
  });
});
