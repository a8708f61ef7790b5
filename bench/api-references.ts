// The references the API benchmark measures the evaluation route against (issue 10, goals):
// - uncached, one request at a time: the hand-written DuckDB query of the same KPI values
//   (bench/metrics-reference.ts, restricted to the month evaluated), run through the same
//   connection, the two taking turns; the scorecard's library actuals must equal the query's first;
// - cached, at 50 clients: the same JSON bytes served as a static file by @fastify/static
//   from a second Fastify instance in this process (the server's own static-file plugin).

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import Fastify from "fastify";
import { sql } from "kysely";
import type { Storage } from "../src/storage/database.ts";
import { runHandWrittenKpis } from "./metrics-reference.ts";

const ROUNDS = 30;
const TOLERANCE = 1e-9;

interface EvaluatedNode {
  key: string;
  kind: string;
  actual?: number | null;
  children?: EvaluatedNode[];
}

function kpiActuals(node: EvaluatedNode, into = new Map<string, number | null>()) {
  if (node.kind === "kpi") into.set(node.key, node.actual ?? null);
  for (const child of node.children ?? []) kpiActuals(child, into);
  return into;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export interface UncachedTimes {
  evaluationP50Ms: number;
  handWrittenP50Ms: number | undefined;
  kpisCompared: number;
}

/**
 * The uncached evaluation's median latency, each request preceded by a write request (the
 * cache forgets everything then), and on DuckDB the hand-written query's, taking turns.
 */
export async function uncachedTimes(
  url: string,
  route: string,
  storage: Storage,
  periodStart: string,
): Promise<UncachedTimes> {
  const organisationId = await onlyOrganisationId(storage);
  const handWritten = () =>
    runHandWrittenKpis(storage.db, "month", organisationId, periodStart).then((rows) =>
      rows.find((row) => row.period_start === periodStart),
    );
  const ours: number[] = [];
  const theirs: number[] = [];
  let kpisCompared = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await fetch(`${url}/api/health`, { method: "POST" });
    let started = performance.now();
    const response = await fetch(`${url}${route}`);
    const evaluation = (await response.json()) as EvaluatedNode;
    ours.push(performance.now() - started);
    if (storage.engine !== "duckdb") continue;
    started = performance.now();
    const reference = await handWritten();
    theirs.push(performance.now() - started);
    if (round === 0) kpisCompared = requireSameActuals(evaluation, reference);
  }
  return {
    evaluationP50Ms: median(ours),
    handWrittenP50Ms: theirs.length > 0 ? median(theirs) : undefined,
    kpisCompared,
  };
}

async function onlyOrganisationId(storage: Storage): Promise<string> {
  const { rows } = await sql<{ id: string }>`select id from organisation`.execute(storage.db);
  const [only] = rows;
  if (!only || rows.length > 1) throw new Error("the demo has one organisation");
  return only.id;
}

/** Every library KPI of the evaluation has the hand-written query's value; how many. */
function requireSameActuals(
  evaluation: EvaluatedNode,
  reference: Record<string, number | null> | undefined,
): number {
  if (!reference) throw new Error("the hand-written query has no row for the month evaluated");
  let compared = 0;
  for (const [key, actual] of kpiActuals(evaluation)) {
    if (!(key in reference)) continue;
    const expected = reference[key] ?? null;
    const same =
      actual === null || expected === null
        ? actual === expected
        : Math.abs(actual - expected) <= TOLERANCE * Math.max(Math.abs(actual), Math.abs(expected));
    if (!same) throw new Error(`${key}: the evaluation says ${actual}, the query ${expected}`);
    compared += 1;
  }
  if (compared === 0) throw new Error("no KPI of the evaluation is in the hand-written query");
  return compared;
}

/** `body` served as the file `/evaluation.json` on a free port of 127.0.0.1. */
export async function serveStaticFile(
  body: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "fourfold-bench-static-"));
  writeFileSync(join(dir, "evaluation.json"), body);
  const app = Fastify();
  await app.register(fastifyStatic, { root: dir });
  const address = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    url: `${address}/evaluation.json`,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
