// What the API tests share: the app built on a test database with every route it registers
// recorded, the demo organisation loaded once per engine, and multipart bodies to upload.

import { channel } from "node:diagnostics_channel";
import type { FastifyInstance, RouteOptions } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { loadDemoIfEmpty } from "../src/demo/demo.ts";
import { buildApp } from "../src/server/app.ts";
import { serverLoggerOf } from "../src/server/logging.ts";
import type { Storage } from "../src/storage/database.ts";
import { describeOn, engines, openTestStorage, type TestEngine } from "./engines.ts";

/** One route as the app registered it: a method and a URL pattern (`/api/imports/:id`). */
export interface AppRoute {
  method: string;
  url: string;
}

export interface TestApi {
  app: FastifyInstance;
  storage: Storage;
  /** Every route the app registered, in the order it registered them. */
  routes: AppRoute[];
}

/**
 * Builds the app and records every route it registers. buildApp creates its Fastify
 * instance and routes inside, so the onRoute hook is added through Fastify's public
 * `fastify.initialization` diagnostics channel, which fires before any route exists.
 */
export async function buildRecordedApp(storage: Storage): Promise<TestApi> {
  const routes: AppRoute[] = [];
  const initialization = channel("fastify.initialization");
  const record = (message: unknown) => {
    const { fastify } = message as { fastify: FastifyInstance };
    fastify.addHook("onRoute", (route: RouteOptions) => {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url });
    });
  };
  initialization.subscribe(record);
  try {
    // Quiet, as tests are, unless LOG_LEVEL asks for the server's log.
    const logger = process.env.LOG_LEVEL ? serverLoggerOf(process.env) : undefined;
    const app = await buildApp(storage, { logger });
    await app.ready();
    return { app, storage, routes };
  } finally {
    initialization.unsubscribe(record);
  }
}

/** A test database holding the demo organisation, Fjordline Cycling ApS, and the app on it. */
export async function openDemoApi(engine: TestEngine): Promise<TestApi> {
  const storage = await openTestStorage(engine);
  try {
    await loadDemoIfEmpty(storage, {});
    return await buildRecordedApp(storage);
  } catch (error) {
    await storage.close();
    throw error;
  }
}

export async function closeApi(api: TestApi | undefined): Promise<void> {
  await api?.app.close();
  await api?.storage.close();
}

/**
 * Runs `body` on DuckDB and on PostgreSQL against one app per engine whose database holds
 * the demo. Loading the demo takes seconds, so the tests of a block share it: they read, or
 * change only what no other test of the block reads.
 */
export function describeDemoApiOnBothEngines(
  title: string,
  body: (api: () => TestApi, engine: TestEngine) => void,
): void {
  for (const engine of engines) {
    describeOn(engine)(`${title} (${engine})`, () => {
      let current: TestApi | undefined;
      beforeAll(async () => {
        current = await openDemoApi(engine);
      });
      afterAll(async () => {
        await closeApi(current);
        current = undefined;
      });
      body(() => {
        if (!current) throw new Error("the demo API is opened in beforeAll");
        return current;
      }, engine);
    });
  }
}

export interface UploadFile {
  name: string;
  content: string | Uint8Array;
  /** The form field; the upload route reads files from any field, the API documents `files`. */
  field?: string;
}

/** A multipart/form-data body as a browser sends it, and its content type with the boundary. */
export async function multipartBody(
  files: readonly UploadFile[],
  fields: Record<string, string> = {},
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) {
    const bytes = typeof file.content === "string" ? file.content : new Uint8Array(file.content);
    form.append(file.field ?? "files", new Blob([bytes]), file.name);
  }
  const request = new Request("http://fourfold.test/", { method: "POST", body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { "content-type": request.headers.get("content-type") ?? "" },
  };
}
