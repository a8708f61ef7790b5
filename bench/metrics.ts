// Metrics benchmark (issue 4, point 6): the whole KPI library by month and by quarter through
// kpiReport (what `fourfold kpis --grain month` runs), against the same KPIs hand-written as
// one DuckDB query, in the same run and on the same generated rows, at 1M and 10M ad rows.
// The ratio is on DuckDB; Fourfold on PostgreSQL is timed beside it. Both sides' answers must
// agree before their times are compared (metrics-check.ts). CPU time of this process is
// reported beside the wall time: DuckDB runs in it, and CPU time shifts less when other
// work shares the machine.
//
// BENCH_ROWS=100000[,…] picks the sizes (ad rows); PostgreSQL is measured up to
// BENCH_POSTGRES_MAX_ROWS ad rows (1,000,000 unless set: 10M rows take minutes to write there).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { kpiReport } from "../src/metrics/kpi-report.ts";
import { type Engine, openStorage, type Storage } from "../src/storage/database.ts";
import { saveOnlyOrganisation } from "../src/storage/organisations.ts";
import { compareWithReference, requireAgreement } from "./metrics-check.ts";
import { type GeneratedSizes, generatedSizes, generateMetricsData } from "./metrics-data.ts";
import { type ReferenceGrain, runHandWrittenKpis } from "./metrics-reference.ts";

const GRAINS: readonly ReferenceGrain[] = ["month", "quarter"];
const ROUNDS = 3;
const FISCAL = { fiscalYearStartMonth: 1 };

interface BenchDatabase {
  storage: Storage;
  organisationId: string;
  generatedSeconds: number;
  drop(): Promise<void>;
}

export interface GrainTimes {
  grain: ReferenceGrain;
  periods: number;
  kpis: number;
  handWritten: number;
  fourfoldDuckdb: number;
  /** CPU seconds of this process (DuckDB runs in it): less sensitive to other load. */
  handWrittenCpu: number;
  fourfoldDuckdbCpu: number;
  fourfoldPostgres?: number | undefined;
  valuesCompared: number;
}

export interface SizeResult {
  adRows: number;
  sizes: GeneratedSizes;
  generatedSeconds: { duckdb: number; postgres?: number | undefined };
  grains: GrainTimes[];
  postgresSkipped?: string | undefined;
}

async function timed<T>(
  run: () => Promise<T>,
): Promise<{ seconds: number; cpuSeconds: number; result: T }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    result,
  };
}

async function prepared(
  engine: Engine,
  storage: Storage,
  adRows: number,
  drop: () => Promise<void>,
): Promise<BenchDatabase> {
  try {
    const { organisation } = await saveOnlyOrganisation(storage.db, {
      name: "Bench",
      time_zone: "Europe/Copenhagen",
      currency: "DKK",
      fiscal_year_start_month: FISCAL.fiscalYearStartMonth,
      locale: "en",
    });
    const { seconds } = await timed(() =>
      generateMetricsData(storage.db, engine, organisation.id, adRows),
    );
    return { storage, organisationId: organisation.id, generatedSeconds: seconds, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

async function duckdbDatabase(adRows: number): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "fourfold-bench-metrics-"));
  const storage = await openStorage({ engine: "duckdb", path: join(dir, "bench.duckdb") });
  return prepared("duckdb", storage, adRows, async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

/** A database of our own on the PostgreSQL server the PG* variables name. */
async function postgresDatabase(adRows: number): Promise<BenchDatabase> {
  const name = `fourfold_bench_${process.pid}_${adRows}`;
  const admin = new pg.Client({ database: "postgres" });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const { PGUSER = "postgres", PGHOST = "127.0.0.1", PGPORT = "5432" } = process.env;
  const url = `postgres://${encodeURIComponent(PGUSER)}@${PGHOST}:${PGPORT}/${name}`;
  const storage = await openStorage({ engine: "postgres", url });
  return prepared("postgres", storage, adRows, async () => {
    await storage.close();
    const client = new pg.Client({ database: "postgres" });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });
}

function fourfoldReport(database: BenchDatabase, grain: ReferenceGrain) {
  return kpiReport(database.storage.db, {
    organisationId: database.organisationId,
    fiscal: FISCAL,
    grain,
  });
}

/** Best of ROUNDS for each side, the sides taking turns so they share the machine's load. */
async function measureGrain(
  grain: ReferenceGrain,
  duckdb: BenchDatabase,
  postgres: BenchDatabase | undefined,
): Promise<GrainTimes> {
  const best = {
    handWritten: Infinity,
    fourfoldDuckdb: Infinity,
    fourfoldPostgres: Infinity,
    handWrittenCpu: Infinity,
    fourfoldDuckdbCpu: Infinity,
  };
  let valuesCompared = 0;
  let shape = { periods: 0, kpis: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const reference = await timed(() =>
      runHandWrittenKpis(duckdb.storage.db, grain, duckdb.organisationId),
    );
    const ours = await timed(() => fourfoldReport(duckdb, grain));
    const theirs = postgres ? await timed(() => fourfoldReport(postgres, grain)) : undefined;
    best.handWritten = Math.min(best.handWritten, reference.seconds);
    best.fourfoldDuckdb = Math.min(best.fourfoldDuckdb, ours.seconds);
    best.handWrittenCpu = Math.min(best.handWrittenCpu, reference.cpuSeconds);
    best.fourfoldDuckdbCpu = Math.min(best.fourfoldDuckdbCpu, ours.cpuSeconds);
    if (theirs) best.fourfoldPostgres = Math.min(best.fourfoldPostgres, theirs.seconds);
    if (round > 0) continue;
    // Every value of every KPI and period, on both engines, once.
    const agreement = compareWithReference(ours.result, reference.result, grain, FISCAL);
    requireAgreement(agreement, `Fourfold on DuckDB by ${grain}`);
    if (theirs) {
      const onPostgres = compareWithReference(theirs.result, reference.result, grain, FISCAL);
      requireAgreement(onPostgres, `Fourfold on PostgreSQL by ${grain}`);
    }
    valuesCompared = agreement.compared;
    shape = { periods: ours.result.periods.length, kpis: ours.result.kpis.length };
  }
  return {
    grain,
    ...shape,
    handWritten: best.handWritten,
    fourfoldDuckdb: best.fourfoldDuckdb,
    handWrittenCpu: best.handWrittenCpu,
    fourfoldDuckdbCpu: best.fourfoldDuckdbCpu,
    fourfoldPostgres: postgres ? best.fourfoldPostgres : undefined,
    valuesCompared,
  };
}

const count = (n: number) => n.toLocaleString("en");
const seconds = (s: number | undefined) => (s === undefined ? "—" : `${s.toFixed(2)} s`);
const ratio = (grain: GrainTimes) => grain.fourfoldDuckdb / grain.handWritten;
const cpuRatio = (grain: GrainTimes) => grain.fourfoldDuckdbCpu / grain.handWrittenCpu;

function describeSizes(adRows: number, sizes: GeneratedSizes): string {
  return `${count(adRows)} ad rows (${count(sizes.googleAds)} Google Ads + ${count(sizes.metaAds)} Meta Ads), ${count(sizes.contacts)} contacts, ${count(sizes.npsResponses)} NPS responses, ${count(sizes.launches)} launches, ${count(sizes.trainingRows)} training rows, ${sizes.financeMonths} finance months`;
}

async function measureSize(adRows: number, postgresMaxRows: number): Promise<SizeResult> {
  const duckdb = await duckdbDatabase(adRows);
  let postgres: BenchDatabase | undefined;
  let postgresSkipped: string | undefined;
  try {
    if (adRows > postgresMaxRows) {
      postgresSkipped = `not measured above ${count(postgresMaxRows)} ad rows (writing 10M there takes minutes; set BENCH_POSTGRES_MAX_ROWS to include it)`;
    } else {
      postgres = await postgresDatabase(adRows).catch((error: Error) => {
        postgresSkipped = `not measured: ${error.message}`;
        return undefined;
      });
    }
    const sizes = generatedSizes(adRows);
    console.log(`  ${describeSizes(adRows, sizes)}, over 2016-01-01 … 2025-12-31`);
    console.log(
      `    generated with SQL in ${seconds(duckdb.generatedSeconds)} on DuckDB, ${postgres ? `${seconds(postgres.generatedSeconds)} on PostgreSQL` : `PostgreSQL ${postgresSkipped}`}`,
    );
    const grains: GrainTimes[] = [];
    for (const grain of GRAINS) {
      const times = await measureGrain(grain, duckdb, postgres);
      grains.push(times);
      console.log(
        `    by ${grain}: ${times.periods} periods × ${times.kpis} KPIs, all ${count(times.valuesCompared)} values equal to the query's${postgres ? " on both engines" : ""}`,
      );
      console.log(
        `      DuckDB hand-written ${seconds(times.handWritten)}, Fourfold on DuckDB ${seconds(times.fourfoldDuckdb)}: ${ratio(times).toFixed(2)}x (CPU ${seconds(times.handWrittenCpu)} and ${seconds(times.fourfoldDuckdbCpu)}: ${cpuRatio(times).toFixed(2)}x); Fourfold on PostgreSQL ${times.fourfoldPostgres === undefined ? "not measured" : seconds(times.fourfoldPostgres)}`,
      );
    }
    return {
      adRows,
      sizes,
      generatedSeconds: { duckdb: duckdb.generatedSeconds, postgres: postgres?.generatedSeconds },
      grains,
      postgresSkipped,
    };
  } finally {
    await duckdb.drop();
    await postgres?.drop();
  }
}

function printTable(results: readonly SizeResult[]): void {
  const rows = [
    [
      "ad rows",
      "grain",
      "DuckDB hand-written",
      "Fourfold on DuckDB",
      "ratio (goal ≤ 1.5x)",
      "CPU ratio",
      "Fourfold on PostgreSQL",
    ],
    ...results.flatMap((result) =>
      result.grains.map((grain) => [
        count(result.adRows),
        grain.grain,
        seconds(grain.handWritten),
        seconds(grain.fourfoldDuckdb),
        `${ratio(grain).toFixed(2)}x${ratio(grain) <= 1.5 ? "" : " (over)"}`,
        `${cpuRatio(grain).toFixed(2)}x`,
        grain.fourfoldPostgres === undefined ? "not measured" : seconds(grain.fourfoldPostgres),
      ]),
    ),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) {
    console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ")}`.trimEnd());
  }
}

function chosenSizes(): number[] {
  const text = process.env.BENCH_ROWS ?? "1000000,10000000";
  const sizes = text.split(",").map((part) => Number(part.replaceAll("_", "").trim()));
  if (sizes.some((size) => !Number.isSafeInteger(size) || size < 1000)) {
    throw new Error(
      `BENCH_ROWS: expected ad row counts of at least 1000, like 1000000,10000000; got "${text}"`,
    );
  }
  return sizes;
}

export async function metricsBenchmark(adRowSizes = chosenSizes()): Promise<SizeResult[]> {
  const postgresMaxRows = Number(process.env.BENCH_POSTGRES_MAX_ROWS ?? 1_000_000);
  console.log(
    `metrics: the whole KPI library by month and by quarter, Fourfold's kpiReport against one hand-written DuckDB query of the same KPIs, best of ${ROUNDS}, taking turns`,
  );
  const results: SizeResult[] = [];
  for (const adRows of adRowSizes) results.push(await measureSize(adRows, postgresMaxRows));
  printTable(results);
  return results;
}
