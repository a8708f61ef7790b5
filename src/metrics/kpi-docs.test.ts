import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KPI_DOCS_PATH, renderKpiDocs } from "./kpi-docs.ts";
import { kpiLibrary } from "./kpi-library.ts";

describe("docs/kpis.md", () => {
  it("documents every KPI of the library with its key, names, definition and formula", () => {
    const docs = renderKpiDocs();
    for (const kpi of kpiLibrary) {
      expect(docs).toContain(`### \`${kpi.key}\` — ${kpi.name.en} (${kpi.name.da})`);
      expect(docs).toContain(kpi.description.en);
      expect(docs).toContain(kpi.description.da);
      expect(docs).toContain(kpi.expression);
    }
  });

  it("is the page generated from the library, so it cannot drift", () => {
    const current = existsSync(KPI_DOCS_PATH) ? readFileSync(KPI_DOCS_PATH, "utf8") : "";
    expect(current, "regenerate it with `node src/metrics/kpi-docs.ts`").toBe(renderKpiDocs());
  });
});
