import { afterEach, beforeEach, expect, it } from "vitest";
import { buildRecordedApp, type TestApi } from "../../test/api.ts";
import { describeOn, engines, openTestStorage } from "../../test/engines.ts";
import { createFjordline } from "../../test/fixtures.ts";
import {
  disagreements,
  moreSourcesExpected,
  moreSourcesFiles,
} from "../metrics/more-sources.testing.ts";
import { importFiles } from "../sources/import-files.ts";

for (const engine of engines) {
  describeOn(engine)(`the API on the localized more-sources exports (${engine})`, () => {
    let api: TestApi;
    beforeEach(async () => {
      const storage = await openTestStorage(engine);
      const organisation = await createFjordline(storage);
      await importFiles(storage, organisation, moreSourcesFiles("more-sources-localized"));
      api = await buildRecordedApp(storage);
    });
    afterEach(async () => {
      await api.app.close();
      await api.storage.close();
    });

    it("answers every reference value at /api/kpis/:key/values by month and quarter", async () => {
      const expected = moreSourcesExpected("more-sources-localized").kpis;
      const answered: Record<string, Record<string, number | null>> = {};
      for (const key of Object.keys(expected)) {
        for (const grain of ["month", "quarter"]) {
          const response = await api.app.inject({
            method: "GET",
            url: `/api/kpis/${key}/values?grain=${grain}`,
          });
          expect(response.statusCode, key).toBe(200);
          const { values } = response.json<{ values: Record<string, number | null> }>();
          answered[key] = { ...answered[key], ...values };
        }
      }
      expect(disagreements(expected, answered)).toEqual([]);
    });

    it("answers the customer cohorts behind the 12-month customer value, and 404 for ROAS", async () => {
      const expected = moreSourcesExpected("more-sources-localized").kpis;
      const response = await api.app.inject({
        method: "GET",
        url: "/api/kpis/customer_lifetime_value_12m/cohorts",
      });
      expect(response.statusCode).toBe(200);
      const { months, cohorts } = response.json<{
        months: number;
        cohorts: { month: string; customers: number; spend: number[] }[];
      }>();
      expect(months).toBe(12);
      expect(cohorts.map((c) => [c.month, c.customers])).toEqual(
        Object.entries(expected.new_shop_customers ?? {}).filter(
          ([period]) => !period.includes("-Q"),
        ),
      );
      const roas = await api.app.inject({ method: "GET", url: "/api/kpis/roas/cohorts" });
      expect(roas.statusCode).toBe(404);
    });
  });
}
