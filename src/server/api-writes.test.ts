// Every API route that writes, proved by reading the change back through another route.
// The tests of a block share one demo database: each works on its own scorecard, KPI
// period or import, so none reads what another changes.

import type { FastifyInstance } from "fastify";
import { expect, it } from "vitest";
import { buildRecordedApp, describeDemoApiOnBothEngines, multipartBody } from "../../test/api.ts";
import { describeOn, engines, openTestStorage } from "../../test/engines.ts";

interface Answer {
  status: number;
  etag: string | undefined;
  body: Record<string, unknown> & { message?: string };
}

async function call(
  app: FastifyInstance,
  method: "GET" | "POST" | "PUT" | "DELETE",
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
  const etag = response.headers.etag;
  return {
    status: response.statusCode,
    etag: typeof etag === "string" ? etag : undefined,
    body: response.body === "" ? {} : response.json(),
  };
}

/** A small scorecard file: one objective with ROAS on it, under `key`. */
function smallScorecard(key: string, name = "Paid media") {
  return {
    version: 1,
    scorecard: { key, name },
    perspectives: [
      {
        key: "financial",
        objectives: [
          { key: "profitable-ads", name: "Profitable ads", kpis: [{ kpi: "roas", target: 4 }] },
        ],
      },
    ],
  };
}

describeDemoApiOnBothEngines("the API's writes, read back", (api) => {
  const app = () => api().app;

  async function create(key: string) {
    const created = await call(app(), "POST", "/api/scorecards", smallScorecard(key));
    expect(created.status).toBe(201);
    return created;
  }

  it("creates a scorecard with POST that GET then returns, at version 1; the key taken is 409", async () => {
    const created = await create("paid-1");
    expect(created.etag).toBe('"1"');

    const read = await call(app(), "GET", "/api/scorecards/paid-1");
    expect(read.status).toBe(200);
    expect(read.etag).toBe('"1"');
    expect(read.body).toMatchObject({ scorecard: { key: "paid-1", name: "Paid media" } });
    const listed = await call(app(), "GET", "/api/scorecards");
    expect(listed.body.scorecards).toContainEqual({ key: "paid-1", name: "Paid media" });

    const again = await call(app(), "POST", "/api/scorecards", smallScorecard("paid-1"));
    expect(again.status).toBe(409);
  });

  it("replaces a scorecard with PUT, raising its version to 2", async () => {
    await create("paid-2");
    const replaced = await call(
      app(),
      "PUT",
      "/api/scorecards/paid-2",
      smallScorecard("paid-2", "Paid media, renamed"),
    );
    expect(replaced.status).toBe(200);
    expect(replaced.etag).toBe('"2"');

    const read = await call(app(), "GET", "/api/scorecards/paid-2");
    expect(read.body).toMatchObject({ scorecard: { name: "Paid media, renamed" } });
    expect(read.etag).toBe('"2"');
  });

  it("renames and reweights a perspective", async () => {
    await create("paid-3");
    const changed = await call(app(), "PUT", "/api/scorecards/paid-3/perspectives/financial", {
      name: "Money",
      weight: 3,
    });
    expect(changed.status).toBe(200);

    const read = await call(app(), "GET", "/api/scorecards/paid-3");
    expect(read.body.perspectives).toEqual([
      expect.objectContaining({ key: "financial", name: "Money", weight: 3 }),
    ]);
  });

  it("creates, reads and deletes an objective, and deleting it removes its links", async () => {
    await create("paid-4");
    const put = await call(app(), "PUT", "/api/scorecards/paid-4/objectives/cheap-clicks", {
      perspective: "customer",
      name: "Cheap clicks",
      kpis: [{ kpi: "cpc", target: 4 }],
    });
    expect(put.status).toBe(200);
    const linked = await call(app(), "POST", "/api/scorecards/paid-4/links", {
      from: "cheap-clicks",
      to: "profitable-ads",
    });
    expect(linked.status).toBe(201);

    const read = await call(app(), "GET", "/api/scorecards/paid-4/objectives/cheap-clicks");
    expect(read.body).toEqual({
      perspective: "customer",
      key: "cheap-clicks",
      name: "Cheap clicks",
      kpis: [{ kpi: "cpc", target: 4 }],
    });

    const deleted = await call(app(), "DELETE", "/api/scorecards/paid-4/objectives/cheap-clicks");
    expect(deleted.status).toBe(200);
    const gone = await call(app(), "GET", "/api/scorecards/paid-4/objectives/cheap-clicks");
    expect(gone.status).toBe(404);
    const file = await call(app(), "GET", "/api/scorecards/paid-4");
    expect(file.body.links).toBeUndefined();
  });

  it("puts a KPI on an objective with its target, changes it, and takes it off", async () => {
    await create("paid-5");
    const url = "/api/scorecards/paid-5/objectives/profitable-ads/kpis/ctr";
    expect((await call(app(), "PUT", url, { target: 0.03 })).status).toBe(200);
    expect((await call(app(), "PUT", url, { target: 0.04, weight: 2 })).status).toBe(200);

    const objective = "/api/scorecards/paid-5/objectives/profitable-ads";
    expect((await call(app(), "GET", objective)).body.kpis).toEqual([
      { kpi: "roas", target: 4 },
      { kpi: "ctr", target: 0.04, weight: 2 },
    ]);

    expect((await call(app(), "DELETE", url)).status).toBe(200);
    expect((await call(app(), "GET", objective)).body.kpis).toEqual([{ kpi: "roas", target: 4 }]);
    expect((await call(app(), "DELETE", url)).status).toBe(404);
  });

  it("adds a link, refuses it twice, and removes it", async () => {
    await create("paid-6");
    await call(app(), "PUT", "/api/scorecards/paid-6/objectives/cheap-clicks", {
      perspective: "customer",
      name: "Cheap clicks",
      kpis: [{ kpi: "cpc", target: 4 }],
    });
    const link = { from: "cheap-clicks", to: "profitable-ads" };
    expect((await call(app(), "POST", "/api/scorecards/paid-6/links", link)).status).toBe(201);
    expect((await call(app(), "POST", "/api/scorecards/paid-6/links", link)).status).toBe(409);
    expect((await call(app(), "GET", "/api/scorecards/paid-6")).body.links).toEqual([link]);

    const url = "/api/scorecards/paid-6/links/cheap-clicks/profitable-ads";
    expect((await call(app(), "DELETE", url)).status).toBe(200);
    expect((await call(app(), "GET", "/api/scorecards/paid-6")).body.links).toBeUndefined();
  });

  it("enters a manual value that the KPI's values then list, and removes it with null", async () => {
    const url = "/api/kpis/brand_awareness/manual-values/2027-01";
    expect((await call(app(), "PUT", url, { value: 0.42 })).status).toBe(200);
    const listed = await call(app(), "GET", "/api/kpis/brand_awareness/manual-values");
    expect(listed.body.values).toContainEqual(
      expect.objectContaining({ kpi: "brand_awareness", period: "2027-01", value: 0.42 }),
    );

    expect((await call(app(), "PUT", url, { value: null })).status).toBe(200);
    const after = await call(app(), "GET", "/api/kpis/brand_awareness/manual-values");
    expect(after.body.values).not.toContainEqual(expect.objectContaining({ period: "2027-01" }));
  });

  it("defines a custom KPI by a scorecard file, which the custom KPIs then list", async () => {
    const file = {
      ...smallScorecard("paid-7"),
      kpis: [
        {
          key: "search_spend",
          name: "Search spend",
          unit: "currency",
          polarity: "lower",
          kind: "flow",
          source: "expression",
          expression: "sum(google_ads.cost)",
        },
      ],
    };
    expect((await call(app(), "POST", "/api/scorecards", file)).status).toBe(201);
    const listed = await call(app(), "GET", "/api/custom-kpis");
    expect(listed.body.kpis).toContainEqual(
      expect.objectContaining({ key: "search_spend", expression: "sum(google_ads.cost)" }),
    );
  });

  it("imports training hours that the KPI then shows, and undoing the import takes them away", async () => {
    const url = "/api/kpis/training_hours_per_employee/values?grain=month&from=2027-02&to=2027-02";
    const content =
      "month,employee_id,training_hours,certified\n2027-02,E1,2.5,yes\n2027-02,E2,4.0,no\n";
    const { payload, headers } = await multipartBody([{ name: "training.csv", content }]);
    const imported = await app().inject({ method: "POST", url: "/api/imports", payload, headers });
    expect(imported.statusCode).toBe(201);
    // Two employees trained 2.5 and 4 hours: 3.25 hours each.
    expect((await call(app(), "GET", url)).body.values).toEqual({ "2027-02": 3.25 });

    const id = imported.json<{ files: { importId: string }[] }>().files[0]?.importId;
    expect((await call(app(), "POST", `/api/imports/${id}/undo`)).status).toBe(200);
    expect((await call(app(), "GET", url)).body.values).toEqual({});
  });

  it("refuses with 409 an edit made on a stale copy, saying to reload, and keeps the other change", async () => {
    const { etag } = await create("paid-8");
    const first = await call(
      app(),
      "PUT",
      "/api/scorecards/paid-8/perspectives/financial",
      { name: "Money" },
      { "if-match": etag ?? "" },
    );
    expect(first).toMatchObject({ status: 200, etag: '"2"' });

    const stale = await call(
      app(),
      "PUT",
      "/api/scorecards/paid-8/objectives/profitable-ads/kpis/ctr",
      { target: 0.03 },
      { "if-match": etag ?? "" },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe(
      "someone else changed the scorecard paid-8 since you loaded it: reload it and make your change again",
    );
    const read = await call(app(), "GET", "/api/scorecards/paid-8");
    expect(read.etag).toBe('"2"');
    expect(read.body.perspectives).toEqual([expect.objectContaining({ name: "Money" })]);
    expect(JSON.stringify(read.body)).not.toContain("ctr");

    const fresh = await call(
      app(),
      "PUT",
      "/api/scorecards/paid-8/objectives/profitable-ads/kpis/ctr",
      { target: 0.03 },
      { "if-match": read.etag ?? "" },
    );
    expect(fresh).toMatchObject({ status: 200, etag: '"3"' });
  });

  it("loses neither of two edits of one scorecard sent at the same time", async () => {
    await create("paid-9");
    const edits = await Promise.all([
      call(app(), "PUT", "/api/scorecards/paid-9/perspectives/financial", { name: "Money" }),
      call(app(), "PUT", "/api/scorecards/paid-9/objectives/profitable-ads/kpis/ctr", {
        target: 0.03,
      }),
    ]);
    const read = await call(app(), "GET", "/api/scorecards/paid-9");
    const text = JSON.stringify(read.body);
    // Each edit either landed or was refused with 409: none was silently overwritten.
    const [rename, ctr] = edits;
    expect([200, 409]).toContain(rename?.status);
    expect([200, 409]).toContain(ctr?.status);
    expect(text.includes('"Money"')).toBe(rename?.status === 200);
    expect(text.includes('"ctr"')).toBe(ctr?.status === 200);
  });
});

for (const engine of engines) {
  describeOn(engine)(`an empty Fourfold (${engine})`, () => {
    it("answers 404 saying there is no organisation yet and how to start", async () => {
      const storage = await openTestStorage(engine);
      const { app } = await buildRecordedApp(storage);
      try {
        const answer = await call(app, "GET", "/api/scorecards");
        expect(answer.status).toBe(404);
        expect(answer.body.message).toBe(
          "there is no organisation yet: start Fourfold with the demo (FOURFOLD_DEMO unset), " +
            "or create one with `fourfold init --name NAME --timezone TZ --currency CUR`",
        );
      } finally {
        await app.close();
        await storage.close();
      }
    });
  });
}
