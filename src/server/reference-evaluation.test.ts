// The reference values of the Fjordline fixture (expected.json, computed outside Fourfold)
// checked through the evaluation route: every KPI of the demo's marketing scorecard that
// the reference lists has, as its actual, the reference value of each month and quarter.

import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeOn, engines, openTestStorage } from "../../test/engines.ts";
import { createFjordline, fjordlineExpected, fjordlineFiles } from "../../test/fixtures.ts";
import { childrenOf, type ScorecardNode } from "../domain/scorecard-evaluation.ts";
import { metricsLibrary } from "../metrics/kpi-sources.ts";
import { importFiles } from "../sources/import-files.ts";
import type { Storage } from "../storage/database.ts";
import { applyScorecardFile } from "../storage/scorecard-files.ts";
import { buildApp } from "./app.ts";

const marketingFile = readFileSync(
  new URL("../demo/marketing-scorecard.yaml", import.meta.url),
  "utf8",
);

function kpiActuals(node: ScorecardNode): Map<string, number | null> {
  if (node.kind === "kpi") return new Map([[node.key, node.actual]]);
  return new Map(childrenOf(node).flatMap((child) => [...kpiActuals(child)]));
}

const expected = fjordlineExpected().kpis;
const periods = [...new Set(Object.values(expected).flatMap((values) => Object.keys(values)))]
  .filter((key) => /^\d{4}-(\d{2}|Q\d)$/.test(key))
  .sort();

for (const engine of engines) {
  describeOn(engine)(`expected.json through the evaluation route (${engine})`, () => {
    let storage: Storage;
    let app: FastifyInstance;
    beforeAll(async () => {
      storage = await openTestStorage(engine);
      const organisation = await createFjordline(storage);
      await importFiles(storage, organisation, fjordlineFiles());
      await applyScorecardFile(storage.db, organisation, marketingFile, metricsLibrary);
      app = await buildApp(storage);
    }, 120_000);
    afterAll(async () => {
      await app?.close();
      await storage?.close();
    });

    it("gives every reference KPI on the marketing scorecard its reference value, each month and quarter", async () => {
      expect(periods).toContain("2025-01");
      expect(periods).toContain("2026-Q4");
      let compared = 0;
      for (const period of periods) {
        const response = await app.inject({
          method: "GET",
          url: `/api/scorecards/marketing/evaluation?period=${period}&whole=true`,
        });
        expect(response.statusCode, period).toBe(200);
        for (const [kpi, actual] of kpiActuals(response.json<ScorecardNode>())) {
          const reference = expected[kpi]?.[period];
          if (reference === undefined) continue;
          compared += 1;
          if (reference === null) expect(actual, `${kpi} ${period}`).toBeNull();
          else expect(actual, `${kpi} ${period}`).toBeCloseTo(reference, 6);
        }
      }
      // The marketing scorecard holds well over a dozen of the reference's KPIs.
      expect(compared).toBeGreaterThan(periods.length * 12);
    }, 120_000);
  });
}
