// Writes docs/scorecard-file.schema.json, the published JSON Schema of scorecard files,
// from the zod schema `apply` checks files with: `node src/cli/write-scorecard-schema.ts`.
// A test fails while the file in docs/ differs from what this would write.

import { writeFileSync } from "node:fs";
import { scorecardFileJsonSchema } from "../domain/scorecard-file-schema.ts";

export const SCORECARD_SCHEMA_PATH = new URL(
  "../../docs/scorecard-file.schema.json",
  import.meta.url,
);

// Biome's width: a list of plain values that fits on a line is written on one, as Biome
// formats JSON, so `npm run lint` accepts the file as it is written.
const LINE_WIDTH = 100;

/** The schema as JSON text, two spaces per level. */
export function renderScorecardSchema(): string {
  return `${renderJson(scorecardFileJsonSchema(), "", "")}\n`;
}

function renderJson(value: unknown, indent: string, prefix: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const flat = value.every((item) => item === null || typeof item !== "object");
    const oneLine = `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
    if (flat && indent.length + prefix.length + oneLine.length + 1 <= LINE_WIDTH) return oneLine;
    const inner = `${indent}  `;
    return `[\n${value.map((item) => inner + renderJson(item, inner, "")).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const inner = `${indent}  `;
    const fields = entries.map(([key, item]) => {
      const name = `${JSON.stringify(key)}: `;
      return inner + name + renderJson(item, inner, name);
    });
    return `{\n${fields.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

if (import.meta.main) {
  writeFileSync(SCORECARD_SCHEMA_PATH, renderScorecardSchema());
}
