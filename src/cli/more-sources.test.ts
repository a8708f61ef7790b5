import { afterEach, beforeEach, expect, it } from "vitest";
import { fourfold } from "../../test/cli.ts";
import { createTestLocation, describeOn, engines, type TestLocation } from "../../test/engines.ts";
import { fixturePath } from "../../test/fixtures.ts";
import {
  disagreements,
  MORE_SOURCES_FILES,
  moreSourcesExpected,
} from "../metrics/more-sources.testing.ts";

for (const engine of engines) {
  describeOn(engine)(`fourfold kpis on the more-sources exports (${engine})`, () => {
    let place: TestLocation;
    beforeEach(async () => {
      place = await createTestLocation(engine);
    });
    afterEach(async () => {
      await place.dispose();
    });

    it("imports the five exports unnamed and prints every reference value by month and quarter", async () => {
      const init = await fourfold(
        ["init", "--name", "Fjordline Cycling ApS", "--timezone", "Europe/Copenhagen"].concat([
          "--currency",
          "DKK",
        ]),
        place.env,
      );
      expect(init.status).toBe(0);
      const paths = MORE_SOURCES_FILES.map((file) => fixturePath(`more-sources/${file}`));
      const imported = await fourfold(["import", ...paths], place.env);
      expect(imported).toMatchObject({ status: 0, stderr: "" });
      const printed: Record<string, Record<string, number | null>> = {};
      for (const grain of ["month", "quarter"]) {
        const run = await fourfold(["kpis", "--grain", grain, "--json"], place.env);
        expect(run).toMatchObject({ status: 0, stderr: "" });
        const { kpis } = JSON.parse(run.stdout) as { kpis: typeof printed };
        for (const [key, values] of Object.entries(kpis)) {
          printed[key] = { ...printed[key], ...values };
        }
      }
      expect(disagreements(moreSourcesExpected("more-sources").kpis, printed)).toEqual([]);
    });
  });
}
