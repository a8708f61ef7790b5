// How far Fourfold is set up, as the web app asks before it shows a scorecard (issue 9,
// finding 4): nothing, an organisation without scorecards or data, or the demo.

import { expect, it } from "vitest";
import { buildRecordedApp, describeDemoApiOnBothEngines } from "../../test/api.ts";
import { describeOnBothEngines } from "../../test/engines.ts";
import { createFjordline } from "../../test/fixtures.ts";

describeOnBothEngines("the status of a Fourfold being set up", (storage) => {
  it("says there is no organisation, no scorecard and no data in an empty database", async () => {
    const api = await buildRecordedApp(storage());
    try {
      const response = await api.app.inject("/api/status");

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        organisation: null,
        scorecards: 0,
        lastDayWithData: null,
      });
    } finally {
      await api.app.close();
    }
  });

  it("names the organisation once it exists, still without scorecards or data", async () => {
    await createFjordline(storage());
    const api = await buildRecordedApp(storage());
    try {
      const response = await api.app.inject("/api/status");

      expect(response.json()).toEqual({
        organisation: { name: "Fjordline Cycling ApS", locale: "da" },
        scorecards: 0,
        lastDayWithData: null,
      });
    } finally {
      await api.app.close();
    }
  });
});

describeDemoApiOnBothEngines("the status of the demo", (api) => {
  it("counts the demo's two scorecards and its last day with data, 31 October 2026", async () => {
    const response = await api().app.inject("/api/status");

    expect(response.json()).toEqual({
      organisation: { name: "Fjordline Cycling ApS", locale: "en" },
      scorecards: 2,
      lastDayWithData: "2026-10-31",
    });
  });
});
