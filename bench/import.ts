// Import benchmark (import issue, point 7): a generated 1,000,000-row Google Ads report and
// a 1,000,000-row Shopify orders export (issue 13) imported by Fourfold into DuckDB, each
// against DuckDB's own read_csv of the same file into a table, in the same run. Reports the
// ratio of times and each side's peak memory.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateGoogleAdsReport } from "./generate-google-ads.ts";
import { generateShopifyOrders } from "./generate-shopify-orders.ts";

type Kind = "google" | "shopify";

interface Side {
  seconds: number;
  peakMiB: number;
}

function runSide(side: "fourfold" | "duckdb", kind: Kind, file: string, dir: string): Side {
  const output = execFileSync(
    process.execPath,
    ["bench/import-child.ts", side, kind, file, join(dir, `${side}-${Date.now()}.duckdb`)],
    { encoding: "utf8", env: process.env },
  );
  return JSON.parse(output.trim().split("\n").pop()!) as Side;
}

export async function importBenchmark(rows = Number(process.env.BENCH_ROWS ?? 1_000_000)) {
  const google = await benchmarkExport("google", rows);
  const shopify = await benchmarkExport("shopify", rows);
  return { ...google, shopify };
}

const exportsOf = {
  google: {
    fileName: "google_ads_campaign_report.csv",
    label: "a Google Ads report",
    generate: generateGoogleAdsReport,
  },
  shopify: {
    fileName: "shopify_orders_export.csv",
    label: "a Shopify orders export",
    generate: generateShopifyOrders,
  },
} as const;

async function benchmarkExport(kind: Kind, rows: number) {
  const dir = mkdtempSync(join(tmpdir(), "fourfold-bench-"));
  const { fileName, label, generate } = exportsOf[kind];
  try {
    const file = join(dir, fileName);
    await generate(file, rows);
    const mib = statSync(file).size / 1024 / 1024;
    console.log(`import: ${label} of ${rows.toLocaleString("en")} rows (${mib.toFixed(0)} MiB)`);
    // Best of three each, alternating, so both sides see the same machine.
    const fourfold: Side[] = [];
    const duckdb: Side[] = [];
    for (let round = 0; round < 3; round++) {
      duckdb.push(runSide("duckdb", kind, file, dir));
      fourfold.push(runSide("fourfold", kind, file, dir));
    }
    const best = (sides: Side[]) => sides.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
    const ours = best(fourfold);
    const reference = best(duckdb);
    console.log(
      `  DuckDB read_csv into a table: ${reference.seconds.toFixed(2)} s, peak ${reference.peakMiB.toFixed(0)} MiB`,
    );
    console.log(
      `  Fourfold import (recognise, check every cell, stage, merge): ${ours.seconds.toFixed(2)} s, peak ${ours.peakMiB.toFixed(0)} MiB`,
    );
    console.log(
      `  ratio: ${(ours.seconds / reference.seconds).toFixed(2)}x DuckDB's own reader (goal: within 2x)`,
    );
    return { rows, fourfold: ours, duckdb: reference, ratio: ours.seconds / reference.seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
