// How the server hands out the built app (src/server/web-app.ts), on a small build made
// here. (It belongs beside web-app.ts; it sits here while test/e2e is the web app's home.)

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { registerWebApp } from "../../src/server/web-app.ts";

const folders: string[] = [];
const apps: FastifyInstance[] = [];

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function builtApp(): string {
  const dist = mkdtempSync(join(tmpdir(), "fourfold-dist-"));
  folders.push(dist);
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>Fourfold</title>");
  writeFileSync(join(dist, "assets/index-abc123.js"), "console.log('app')");
  return dist;
}

async function server(distDir: string): Promise<FastifyInstance> {
  const app = Fastify();
  app.get("/api/health", async () => ({ status: "ok" }));
  await registerWebApp(app, { distDir });
  apps.push(app);
  return app;
}

describe("serving the web app", () => {
  it("answers a page of the app, such as a KPI's, with index.html for the app to draw", async () => {
    const app = await server(builtApp());
    const page = await app.inject("/kpis/roas?period=2026-10");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<title>Fourfold</title>");
    expect(page.headers["cache-control"]).toBe("no-cache");
  });

  it("lets browsers keep a hashed asset for a year", async () => {
    const app = await server(builtApp());
    const asset = await app.inject("/assets/index-abc123.js");
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers an asset of an older build with 404, not with the app", async () => {
    const app = await server(builtApp());
    expect((await app.inject("/assets/index-old999.js")).statusCode).toBe(404);
  });

  it("answers an API route it does not have with the API's 404, and leaves the API's own alone", async () => {
    const app = await server(builtApp());
    const missing = await app.inject("/api/nothing-here");
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({
      error: "not_found",
      message: "there is no API route /api/nothing-here",
    });
    expect((await app.inject("/api/health")).json()).toEqual({ status: "ok" });
  });

  it("tells the developer to build the app when it has not been built", async () => {
    const empty = mkdtempSync(join(tmpdir(), "fourfold-dist-"));
    folders.push(empty);
    const app = await server(empty);
    const page = await app.inject("/");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("npm run build:web");
  });
});
