// API benchmark: the evaluated marketing scorecard for the latest month (what the web app's
// scorecard page asks for) under 50 concurrent clients, as a ratio of the throughput of
// GET /api/health on the same server in the same run, on DuckDB and on PostgreSQL. With
// the goals of issue 10: cached throughput against the same bytes as a static file, and
// the uncached evaluation's p50 against the hand-written query (bench/api-references.ts). The real
// server runs in this process (buildApp + listen on 127.0.0.1) with the demo loaded; the
// clients fire from a worker thread, so they do not take the server's event loop.
//
// BENCH_API_SECONDS sets each measurement's length (10 unless set). PostgreSQL is measured
// when the PG* variables point at a server; the benchmark creates and drops its database.

import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { loadDemoIfEmpty } from "../src/demo/demo.ts";
import { buildApp } from "../src/server/app.ts";
import {
  type Engine,
  openStorage,
  type Storage,
  type StorageLocation,
} from "../src/storage/database.ts";
import { postgresUrl } from "../test/postgres-url.ts";
import { serveStaticFile, type UncachedTimes, uncachedTimes } from "./api-references.ts";

const CONNECTIONS = 50;

// autocannon ships no types; these are the parts of its programmatic API used here.
interface AutocannonOptions {
  url: string;
  connections: number;
  amount: number;
  workers: number;
}
interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}
const autocannon = createRequire(import.meta.url)("autocannon") as (
  options: AutocannonOptions,
) => Promise<AutocannonResult>;

export interface RouteThroughput {
  route: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface EngineResult {
  engine: Engine;
  health: RouteThroughput;
  evaluation: RouteThroughput;
  /** Evaluation throughput ÷ health throughput. */
  ratio: number;
  /** The evaluation's bytes served as a static file. */
  staticFile: RouteThroughput;
  uncached: UncachedTimes;
}

interface DemoServer {
  url: string;
  storage: Storage;
  close(): Promise<void>;
}

/** The Fourfold server on a free port of 127.0.0.1, its database holding the demo. */
async function serveDemo(
  location: StorageLocation,
  drop: () => Promise<void>,
): Promise<DemoServer> {
  const storage = await openStorage(location);
  try {
    await loadDemoIfEmpty(storage, {});
    const app = await buildApp(storage);
    const url = await app.listen({ host: "127.0.0.1", port: 0 });
    return {
      url,
      storage,
      close: async () => {
        await app.close();
        await storage.close();
        await drop();
      },
    };
  } catch (error) {
    await storage.close();
    await drop();
    throw error;
  }
}

function duckdbLocation(): { location: StorageLocation; drop: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), "fourfold-bench-api-"));
  return {
    location: { engine: "duckdb", path: join(dir, "bench.duckdb") },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({
    connectionString: postgresUrl(process.env.PGDATABASE ?? "postgres"),
  });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A database of our own on the PostgreSQL server the PG* variables name. */
async function postgresLocation(): Promise<{
  location: StorageLocation;
  drop: () => Promise<void>;
}> {
  const name = `fourfold_bench_${process.pid}`;
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  return {
    location: { engine: "postgres", url: postgresUrl(name) },
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

async function fire(url: string, amount: number): Promise<AutocannonResult> {
  const result = await autocannon({ url, connections: CONNECTIONS, amount, workers: 1 });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return result;
}

/**
 * Requests per second over about `seconds`. A run is a fixed number of requests that ends
 * when the last is answered: a run cut off by time would leave up to 50 requests still in
 * the server, and on DuckDB, where queries take turns, 50 abandoned evaluations hold up the
 * next measurement for seconds. So runs grow from one request per client, each sized by the
 * rate of the one before, until one lasts long enough; the shorter ones are the warm-up.
 */
async function throughput(url: string, route: string, seconds: number): Promise<RouteThroughput> {
  let amount = CONNECTIONS;
  for (;;) {
    const result = await fire(`${url}${route}`, amount);
    const rate = result.requests.total / result.duration;
    if (result.duration >= seconds * 0.8) {
      return {
        route,
        requestsPerSecond: rate,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
      };
    }
    const wanted = Math.min(rate * seconds, amount * 50);
    amount = Math.max(1, Math.ceil(wanted / CONNECTIONS)) * CONNECTIONS;
  }
}

async function latestMonth(url: string): Promise<string> {
  const response = await fetch(`${url}/api/data-range`);
  const range = (await response.json()) as { latest: { month: string | null } };
  if (!range.latest.month) throw new Error("the demo has no data");
  return range.latest.month;
}

async function measureEngine(server: DemoServer, seconds: number): Promise<EngineResult> {
  const month = await latestMonth(server.url);
  const evaluationRoute = `/api/scorecards/marketing/evaluation?period=${month}`;
  // One request per client to each route first: JIT, the pool's connections, database caches.
  for (const route of ["/api/health", evaluationRoute])
    await fire(`${server.url}${route}`, CONNECTIONS);
  const health = await throughput(server.url, "/api/health", seconds);
  const evaluation = await throughput(server.url, evaluationRoute, seconds);
  const body = await (await fetch(`${server.url}${evaluationRoute}`)).text();
  const file = await serveStaticFile(body);
  let staticFile: RouteThroughput;
  try {
    await fire(file.url, CONNECTIONS);
    staticFile = await throughput(file.url, "", seconds);
  } finally {
    await file.close();
  }
  const uncached = await uncachedTimes(server.url, evaluationRoute, server.storage, `${month}-01`);
  return {
    engine: server.storage.engine,
    health,
    evaluation,
    ratio: evaluation.requestsPerSecond / health.requestsPerSecond,
    staticFile: { ...staticFile, route: `the same ${body.length} bytes as a static file` },
    uncached,
  };
}

function report(result: EngineResult): void {
  const line = (t: RouteThroughput) =>
    `    ${t.route.padEnd(56)} ${t.requestsPerSecond.toFixed(1).padStart(9)} req/s` +
    `   p50 ${t.p50Ms} ms, p99 ${t.p99Ms} ms`;
  console.log(`  ${result.engine}:`);
  console.log(line(result.health));
  console.log(line(result.evaluation));
  console.log(line(result.staticFile));
  console.log(`    ratio (evaluation ÷ health): ${result.ratio.toFixed(4)}`);
  const cached = result.evaluation.requestsPerSecond / result.staticFile.requestsPerSecond;
  console.log(
    `    cached evaluation ÷ static file, 50 clients: ${(cached * 100).toFixed(1)} % (goal ≥ 50 %)`,
  );
  const { evaluationP50Ms, handWrittenP50Ms, kpisCompared } = result.uncached;
  const uncached = `    uncached evaluation, one at a time: p50 ${evaluationP50Ms.toFixed(1)} ms`;
  if (handWrittenP50Ms === undefined) {
    console.log(`${uncached} (the hand-written query is DuckDB's; no ratio here)`);
    return;
  }
  const ratio = evaluationP50Ms / handWrittenP50Ms;
  console.log(
    `${uncached}, hand-written query of the same ${kpisCompared} KPI values (checked equal) p50 ${handWrittenP50Ms.toFixed(1)} ms: ${ratio.toFixed(2)}x (goal ≤ 2x)`,
  );
}

export async function apiBenchmark(
  seconds = Number(process.env.BENCH_API_SECONDS ?? 10),
): Promise<EngineResult[]> {
  console.log(
    `api: the evaluated scorecard vs GET /api/health, ${CONNECTIONS} concurrent clients, ${seconds} s each, demo data`,
  );
  const results: EngineResult[] = [];
  const places = [async () => duckdbLocation()];
  if (process.env.PGHOST) places.push(postgresLocation);
  else console.log("  postgres: skipped (no PGHOST: set the PG* variables to measure it)");
  for (const place of places) {
    const { location, drop } = await place();
    const server = await serveDemo(location, drop);
    try {
      const result = await measureEngine(server, seconds);
      report(result);
      results.push(result);
    } finally {
      await server.close();
    }
  }
  return results;
}
