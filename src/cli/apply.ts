import { readFile } from "node:fs/promises";
import { InvalidInput } from "../domain/errors.ts";
import type { FileIssue } from "../domain/scorecard-file.ts";
import { type AppliedFile, applyScorecardText } from "../services/scorecards.ts";
import type { Command } from "./cli.ts";
import { withOrganisation } from "./context.ts";

/**
 * `apply FILE` (cli.md): applies a scorecard file, all of it or, with errors, none of it.
 * Each error is one line, `FILE:LINE:COLUMN: PATH: what to fix`, as compilers write them,
 * so an editor can jump to it.
 */
export const applyCommand: Command = {
  options: {},
  positionals: { min: 1, max: 1, names: "FILE" },
  async run(_values, [file = ""], context) {
    const text = await readScorecardText(file);
    const applied = await withOrganisation(context, async (services) => {
      try {
        return await applyScorecardText(services, text);
      } catch (error) {
        if (error instanceof InvalidInput) throw inFile(file, error);
        throw error;
      }
    });
    if (context.json) {
      context.print(JSON.stringify(applied));
      return;
    }
    context.print(describeApplied(file, applied));
  },
};

async function readScorecardText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason =
      (error as { code?: string }).code === "ENOENT" ? "there is no such file" : String(error);
    throw new InvalidInput([{ path: file, message: `cannot be read: ${reason}` }]);
  }
}

/** The issues of a file, each at `FILE:LINE:COLUMN`, then how many there were. */
function inFile(file: string, error: InvalidInput): InvalidInput {
  const issues = error.issues.map((issue: FileIssue) => {
    const where = issue.line === undefined ? file : `${file}:${issue.line}:${issue.column ?? 1}`;
    const message = issue.path === "file" ? issue.message : `${issue.path}: ${issue.message}`;
    return { path: where, message };
  });
  const count = issues.length === 1 ? "1 error" : `${issues.length} errors`;
  return new InvalidInput([...issues, { path: file, message: `nothing was applied: ${count}` }]);
}

function describeApplied(file: string, applied: AppliedFile): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [`scorecard ${applied.scorecard} ${applied.outcome}`];
  if (applied.kpisSaved > 0) parts.push(`${plural(applied.kpisSaved, "KPI", "KPIs")} defined`);
  const { set, removed, unchanged } = applied.values;
  if (set > 0) parts.push(`${plural(set, "value", "values")} set`);
  if (removed > 0) parts.push(`${plural(removed, "value", "values")} removed`);
  if (unchanged > 0) parts.push(`${plural(unchanged, "value", "values")} unchanged`);
  return `Applied ${file}: ${parts.join(", ")}.`;
}
