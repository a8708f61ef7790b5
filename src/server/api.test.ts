import type { FastifyInstance } from "fastify";
import { afterEach, beforeEach, expect, it } from "vitest";
import {
  buildRecordedApp,
  closeApi,
  describeDemoApiOnBothEngines,
  multipartBody,
  type TestApi,
  type UploadFile,
} from "../../test/api.ts";
import { describeOn, engines, openTestStorage } from "../../test/engines.ts";
import { createFjordline } from "../../test/fixtures.ts";
import {
  childrenOf,
  type KpiNode,
  type ScorecardEvaluation,
  type ScorecardNode,
} from "../domain/scorecard-evaluation.ts";

function nodesOf(node: ScorecardNode): ScorecardNode[] {
  return [node, ...childrenOf(node).flatMap(nodesOf)];
}

async function getJson<T>(app: FastifyInstance, url: string): Promise<{ status: number; body: T }> {
  const response = await app.inject({ method: "GET", url });
  return { status: response.statusCode, body: response.json<T>() };
}

/** The marketing scorecard evaluated for the latest month holding data. */
async function latestMarketingEvaluation(app: FastifyInstance): Promise<ScorecardEvaluation> {
  const range = await getJson<{ latest: { month: string } }>(app, "/api/data-range");
  expect(range.status).toBe(200);
  const evaluation = await getJson<ScorecardEvaluation>(
    app,
    `/api/scorecards/marketing/evaluation?period=${range.body.latest.month}`,
  );
  expect(evaluation.status).toBe(200);
  return evaluation.body;
}

interface ScorecardFileJson {
  scorecard: Record<string, unknown>;
}

interface ErrorBody {
  error: string;
  message?: string;
  issues?: { path: string; message: string }[];
}

describeDemoApiOnBothEngines("the API on the demo", (api) => {
  it("scores the demo's latest month, 2026-10, with green, amber and red KPIs", async () => {
    const evaluation = await latestMarketingEvaluation(api().app);

    expect(evaluation.period).toBe("2026-10");
    const kpis = nodesOf(evaluation).filter((node) => node.kind === "kpi");
    expect(new Set(kpis.map((kpi) => kpi.status))).toEqual(new Set(["green", "amber", "red"]));
  });

  it("explains October 2026's CPC 4.53 as 86.75% of the way from the baseline 8 to the target 4, amber", async () => {
    const evaluation = await latestMarketingEvaluation(api().app);

    const cpc = nodesOf(evaluation).find((node): node is KpiNode => node.key === "cpc");
    // expected.json: CPC in 2026-10 is 4.53003921568627; (8 − 4.53004) / (8 − 4) = 0.86749.
    expect(cpc?.explanation).toMatchObject({
      method: "linear",
      polarity: "lower",
      baseline: 8,
      target: 4,
      status: "amber",
      thresholds: { green: 1, amber: 0.8 },
      reason:
        "amber: 4.53 has come 86.75% of the way from the baseline 8 to the target 4; amber from 80%",
    });
    expect(cpc?.explanation.actual).toBeCloseTo(4.53003921568627, 10);
    expect(cpc?.explanation.progress).toBeCloseTo(0.86749, 5);
    expect(cpc?.explanation.score).toBeCloseTo(86.749, 3);
  });

  it("explains October 2026's ROAS 0 against the 2026 target 4.5 as 0%, red", async () => {
    const evaluation = await latestMarketingEvaluation(api().app);

    const roas = nodesOf(evaluation).find((node): node is KpiNode => node.key === "roas");
    expect(roas?.explanation).toMatchObject({
      method: "ratio",
      actual: 0,
      target: 4.5,
      progress: 0,
      score: 0,
      status: "red",
      cap: 1,
      reason: "red: 0 is 0% of the target 4.5; amber from 80%",
    });
  });

  it("scores CPC linearly, ROAS as a ratio and budget variance against a range", async () => {
    const evaluation = await latestMarketingEvaluation(api().app);
    const kpis = nodesOf(evaluation).filter((node): node is KpiNode => node.kind === "kpi");
    // The demo scores CPC linearly from a baseline and budget variance against a range.
    const methods = Object.fromEntries(kpis.map((kpi) => [kpi.key, kpi.explanation.method]));
    expect(methods).toMatchObject({ roas: "ratio", cpc: "linear", budget_variance: "range" });
  });

  it("explains every roll-up by each child's score, weight and treatment", async () => {
    const evaluation = await latestMarketingEvaluation(api().app);

    const rollUps = nodesOf(evaluation).filter((node) => node.kind !== "kpi");
    expect(rollUps.map((node) => node.kind)).toContain("objective");
    for (const node of rollUps) {
      // The demo's scorecard leaves a child without data out of its parent's score.
      expect(node.explanation.missingData).toBe("skip");
      expect(node.explanation.children, node.key).toEqual(
        childrenOf(node).map((child) => ({
          key: child.key,
          score: child.score,
          weight: child.weight,
          treatment: child.score === null ? "left_out_no_data" : "scored",
        })),
      );
      expect(node.explanation).toMatchObject({ score: node.score, status: node.status });
    }
    // Grow revenue weighs 2 in the financial perspective of the demo's scorecard.
    const financial = rollUps.find((node) => node.key === "financial");
    expect(financial?.explanation.children[0]).toMatchObject({ key: "grow-revenue", weight: 2 });
  });

  it("lists the campaigns that lost money over all history, with ROAS below 1", async () => {
    const { status, body } = await getJson<{ campaigns: { campaign: string; roas: number }[] }>(
      api().app,
      "/api/campaigns",
    );

    expect(status).toBe(200);
    const losing = body.campaigns.filter((c) => c.roas < 1).map((c) => c.campaign);
    // Fjordline's four (fjordline/expected.json).
    expect(losing.sort()).toEqual([
      "Jakker | Shopping",
      "Meta - Prospecting",
      "Sovepose | Shopping",
      "Telte | Search",
    ]);
  });

  it("answers 400 with the path of each bad field", async () => {
    const cases: [string, string[]][] = [
      ["/api/scorecards/marketing/evaluation?period=2026-13", ["period"]],
      [
        "/api/scorecards/marketing/evaluation?period=2026-10&asOf=2026-02-30&trend=61",
        ["asOf", "trend"],
      ],
      ["/api/kpis/roas/values?grain=decade", ["grain"]],
      ["/api/kpis/roas/values?grain=decade&breakdown=planet", ["grain", "breakdown"]],
      ["/api/kpis/roas/values?from=2026-13", ["from"]],
      ["/api/campaigns?from=2026-02-30", ["from"]],
      ["/api/campaigns?from=2026-05-01&to=2026-01-01", ["to"]],
    ];
    for (const [url, paths] of cases) {
      const { status, body } = await getJson<ErrorBody>(api().app, url);
      expect({ url, status, error: body.error }).toEqual({
        url,
        status: 400,
        error: "invalid_input",
      });
      expect(
        body.issues?.map((issue) => issue.path),
        url,
      ).toEqual(paths);
    }
  });

  it("answers 404 for a scorecard, KPI or import that does not exist", async () => {
    const cases: [string, string, string][] = [
      ["GET", "/api/scorecards/brand", 'there is no scorecard "brand"'],
      ["GET", "/api/scorecards/brand/evaluation?period=2026-10", 'there is no scorecard "brand"'],
      ["GET", "/api/kpis/roi_of_vibes/values", 'there is no KPI "roi_of_vibes"'],
      ["GET", "/api/imports/no-such-import", 'there is no import "no-such-import"'],
      ["POST", "/api/imports/no-such-import/undo", 'there is no import "no-such-import"'],
    ];
    for (const [method, url, message] of cases) {
      const response = await api().app.inject({ method: method as "GET" | "POST", url });
      expect({ url, status: response.statusCode }).toEqual({ url, status: 404 });
      expect(response.json<ErrorBody>()).toMatchObject({
        error: "not_found",
        message: expect.stringContaining(message),
      });
    }
  });

  // Found by api-fuzz.test.ts: PostgreSQL refuses a NUL byte in text ("invalid byte
  // sequence for encoding UTF8: 0x00"), and the refusal surfaced as a 500.
  it("answers ids and keys holding a NUL byte with 400, saying so", async () => {
    const urls: [string, string][] = [
      ["GET", "/api/scorecards/%00"],
      ["GET", "/api/scorecards/%00/evaluation?period=2026-10"],
      ["GET", "/api/imports/%00"],
      ["POST", "/api/imports/%00/undo"],
    ];
    for (const [method, url] of urls) {
      const response = await api().app.inject({ method: method as "GET" | "POST", url });
      expect({ url, status: response.statusCode }).toEqual({ url, status: 400 });
    }
  });

  it("takes or refuses a scorecard file with a NUL byte in a name, but never fails on it", async () => {
    const file = (await getJson<ScorecardFileJson>(api().app, "/api/scorecards/marketing")).body;
    const renamed = {
      ...file,
      scorecard: { ...file.scorecard, key: "nul-name", name: "A\u0000B" },
    };

    const response = await api().app.inject({
      method: "PUT",
      url: "/api/scorecards/nul-name",
      payload: renamed,
    });

    expect([200, 400]).toContain(response.statusCode);
  });

  it("describes every /api route in its OpenAPI document at /api/docs/json", async () => {
    const { status, body } = await getJson<{ openapi: string; paths: Record<string, object> }>(
      api().app,
      "/api/docs/json",
    );

    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    const served = api()
      .routes.filter((route) => route.url.startsWith("/api/") && !route.url.startsWith("/api/docs"))
      // Fastify adds a HEAD route beside each GET route; OpenAPI lists the GET.
      .filter((route) => route.method !== "HEAD")
      .map((route) => `${route.method} ${route.url.replaceAll(/:(\w+)/g, "{$1}")}`);
    const documented = Object.entries(body.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(served).toContain("GET /api/scorecards/{key}/evaluation");
    expect(documented.sort()).toEqual(expect.arrayContaining(served.sort()));
  });
});

// Uploads and undo change the data, so each test gets a fresh database of its own holding
// only the organisation: the imports in view are the test's own.
const trainingHeader = "month,employee_id,training_hours,certified\n";

for (const engine of engines) {
  describeOn(engine)(`uploads and undo through the API (${engine})`, () => {
    let api: TestApi | undefined;
    beforeEach(async () => {
      const storage = await openTestStorage(engine);
      await createFjordline(storage);
      api = await buildRecordedApp(storage);
    });
    afterEach(async () => {
      await closeApi(api);
      api = undefined;
    });

    async function upload(files: UploadFile[]) {
      if (!api) throw new Error("the API is opened in beforeEach");
      const response = await api.app.inject({
        method: "POST",
        url: "/api/imports",
        ...(await multipartBody(files)),
      });
      return { status: response.statusCode, body: response.json() };
    }

    async function undo(id: string) {
      if (!api) throw new Error("the API is opened in beforeEach");
      const response = await api.app.inject({ method: "POST", url: `/api/imports/${id}/undo` });
      return { status: response.statusCode, body: response.json() };
    }

    async function importIds(): Promise<string[]> {
      if (!api) throw new Error("the API is opened in beforeEach");
      const { body } = await getJson<{ imports: { id: string }[] }>(api.app, "/api/imports");
      return body.imports.map((batch) => batch.id);
    }

    it("imports a good upload with 201 and lists it among the imports", async () => {
      const content = `${trainingHeader}2026-01,E1,2.5,yes\n2026-01,E2,4.0,no\n`;

      const { status, body } = await upload([{ name: "training.csv", content }]);

      expect(status).toBe(201);
      expect(body.files).toMatchObject([
        { fileName: "training.csv", source: "training_log", rowsRead: 2, inserted: 2 },
      ]);
      expect(await importIds()).toEqual([body.files[0].importId]);
    });

    it("rejects an upload with a bad row with 422 naming it, and imports none of its files", async () => {
      const good = `${trainingHeader}2026-01,E1,2.5,yes\n`;
      const bad = `${trainingHeader}2026-01,E2,,no\n`;

      const { status, body } = await upload([
        { name: "good.csv", content: good },
        { name: "bad.csv", content: bad },
      ]);

      expect(status).toBe(422);
      expect(body).toMatchObject({
        error: "import_rejected",
        totalErrors: 1,
        rowErrors: [{ file: "bad.csv", line: 2, column: "training_hours" }],
      });
      expect(await importIds()).toEqual([]);
    });

    it("undoes an import a later import changed, and answers 409 to undoing one twice", async () => {
      const first = await upload([
        { name: "january.csv", content: `${trainingHeader}2026-01,E1,2.5,yes\n` },
      ]);
      await upload([
        { name: "january-fixed.csv", content: `${trainingHeader}2026-01,E1,3.5,yes\n` },
      ]);
      const firstId: string = first.body.files[0].importId;

      expect((await undo(firstId)).status).toBe(200);
      const twice = await undo(firstId);
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({
        error: "conflict",
        message: expect.stringContaining(`import ${firstId} (january.csv) was already undone`),
      });
    });

    // Found by api-fuzz.test.ts: busboy's "Boundary not found" surfaced as a 500.
    it("answers 400 to a multipart upload without a boundary", async () => {
      if (!api) throw new Error("the API is opened in beforeEach");
      const response = await api.app.inject({
        method: "POST",
        url: "/api/imports",
        payload: "month,employee_id,training_hours,certified\n",
        headers: { "content-type": "multipart/form-data" },
      });

      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: expect.any(String) });
    });

    it("answers 400 to an upload that is not multipart, or has no file", async () => {
      if (!api) throw new Error("the API is opened in beforeEach");
      const json = await api.app.inject({ method: "POST", url: "/api/imports", payload: {} });
      expect(json.statusCode).toBe(400);
      expect(json.json().issues).toEqual([{ path: "body", message: expect.any(String) }]);

      const empty = await api.app.inject({
        method: "POST",
        url: "/api/imports",
        ...(await multipartBody([], { source: "training_log" })),
      });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().issues).toEqual([{ path: "files", message: expect.any(String) }]);
    });
  });
}
