import { readFileSync } from "node:fs";
import { afterEach, beforeEach, expect, it } from "vitest";
import { fourfold } from "../../test/cli.ts";
import { createTestLocation, describeOn, engines, type TestLocation } from "../../test/engines.ts";
import { createFjordline, fjordlineFiles } from "../../test/fixtures.ts";
import { childrenOf, type ScorecardNode } from "../domain/scorecard-evaluation.ts";
import { metricsLibrary } from "../metrics/kpi-sources.ts";
import { buildApp } from "../server/app.ts";
import { importFiles } from "../sources/import-files.ts";
import { openStorage } from "../storage/database.ts";
import { applyScorecardFile } from "../storage/scorecard-files.ts";

const marketingFile = readFileSync(
  new URL("../demo/marketing-scorecard.yaml", import.meta.url),
  "utf8",
);

/** The HubSpot export without any contact that has a date in March 2026. */
function withoutHubSpotMarch2026(bytes: Uint8Array): Uint8Array {
  const lines = new TextDecoder().decode(bytes).split("\n");
  const kept = lines.filter((line, index) => index === 0 || !line.includes(",2026-03-"));
  expect(kept.length).toBeLessThan(lines.length - 100);
  return new TextEncoder().encode(kept.join("\n"));
}

function nodeNamed(node: ScorecardNode, key: string): ScorecardNode | undefined {
  if (node.key === key) return node;
  for (const child of childrenOf(node)) {
    const found = nodeNamed(child, key);
    if (found) return found;
  }
  return undefined;
}

for (const engine of engines) {
  describeOn(engine)(`one answer for a period, through the days with data (${engine})`, () => {
    let place: TestLocation;
    beforeEach(async () => {
      place = await createTestLocation(engine);
      const storage = await openStorage(place.location);
      try {
        const organisation = await createFjordline(storage);
        const files = fjordlineFiles().map((file) =>
          file.fileName === "hubspot_contacts.csv"
            ? { ...file, bytes: withoutHubSpotMarch2026(file.bytes as Uint8Array) }
            : file,
        );
        await importFiles(storage, organisation, files);
        await applyScorecardFile(storage.db, organisation, marketingFile, metricsLibrary);
      } finally {
        await storage.close();
      }
    }, 60_000);
    afterEach(async () => {
      await place.dispose();
    });

    // scoring.md, "When a KPI has a value": March 2026 lies inside HubSpot's coverage (its
    // rows run from January 2025 to October 2026), so a count with no rows there is 0.
    it("counts 0 new customers in a month without HubSpot rows, with or without a trend", async () => {
      const cli = await fourfold(
        ["scorecard", "--scorecard", "marketing", "--period", "2026-03", "--json"],
        place.env,
      );
      expect(cli.status).toBe(0);
      const fromCli = JSON.parse(cli.stdout) as ScorecardNode;

      const storage = await openStorage(place.location);
      const app = await buildApp(storage);
      try {
        const response = await app.inject({
          method: "GET",
          url: "/api/scorecards/marketing/evaluation?period=2026-03&trend=12",
        });
        expect(response.statusCode).toBe(200);
        const fromApi = response.json<ScorecardNode>();
        for (const evaluation of [fromCli, fromApi]) {
          expect(nodeNamed(evaluation, "new_customers")).toMatchObject({
            actual: 0,
            score: 0,
            status: "red",
          });
        }
        expect(fromApi.status).toBe(fromCli.status);
        expect(fromApi.score).toBe(fromCli.score);
      } finally {
        await app.close();
        await storage.close();
      }
    });

    async function evaluation(...args: string[]) {
      const run = await fourfold(
        ["scorecard", "--scorecard", "marketing", ...args, "--json"],
        place.env,
      );
      expect(run.stderr).toBe("");
      return JSON.parse(run.stdout) as ScorecardNode & { through: string | null };
    }

    it("evaluates 2026-Q4, whose data ends on 31 October, against the target through 31 October", async () => {
      const quarter = await evaluation("--period", "2026-Q4");
      expect(quarter.through).toBe("2026-10-31");
      // Revenue's 2026 target of 34,000,000 phased by days: 31 of 365 days.
      expect(nodeNamed(quarter, "revenue")).toMatchObject({ kind: "kpi" });
      expect((nodeNamed(quarter, "revenue") as { target: number }).target).toBeCloseTo(
        (34_000_000 * 31) / 365,
        2,
      );

      const whole = await evaluation("--period", "2026-Q4", "--whole-period");
      expect(whole.through).toBeNull();
      // The whole quarter: 92 of 365 days.
      expect((nodeNamed(whole, "revenue") as { target: number }).target).toBeCloseTo(
        (34_000_000 * 92) / 365,
        2,
      );
    });

    it("leaves a complete month whole, and the API says the same as the CLI", async () => {
      expect((await evaluation("--period", "2026-10")).through).toBeNull();
      const storage = await openStorage(place.location);
      const app = await buildApp(storage);
      try {
        const get = async (query: string) =>
          (
            await app.inject({
              method: "GET",
              url: `/api/scorecards/marketing/evaluation?${query}`,
            })
          ).json<{ through: string | null }>();
        expect((await get("period=2026-Q4")).through).toBe("2026-10-31");
        expect((await get("period=2026-Q4&whole=true")).through).toBeNull();
        expect((await get("period=2026-10")).through).toBeNull();
        // To date: the earlier of yesterday and 31 October, the last day with data.
        expect((await get("period=2026&toDate=true")).through).toBe("2026-10-31");
      } finally {
        await app.close();
        await storage.close();
      }
    });
  });
}
