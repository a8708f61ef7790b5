// Runs the test suite and closes with the line CI reads: `N passed, N failed`.
// When no PostgreSQL is configured (no PGHOST) and this machine has PostgreSQL's server
// binaries and lets us act as root, it first starts a throwaway cluster (.ci/postgres.sh),
// so `npm test` on a fresh machine runs the PostgreSQL tests too.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const canStartPostgres =
  !process.env.PGHOST && process.getuid?.() === 0 && existsSync("/usr/lib/postgresql");

if (canStartPostgres) {
  const run = spawnSync("bash", ["-c", ". .ci/postgres.sh && node test/run-tests.ts"], {
    stdio: "inherit",
    env: { ...process.env, FOURFOLD_PG_STARTED: "1" },
  });
  process.exit(run.status ?? 1);
}

if (!process.env.PGHOST && process.env.CI !== "true") {
  console.log("fourfold test: no PostgreSQL configured (PGHOST): its tests are skipped");
}

mkdirSync("test-results", { recursive: true });
const report = "test-results/vitest.json";
const vitest = spawnSync(
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
  { stdio: "inherit" },
);

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

if (!existsSync(report)) {
  console.log("0 passed, 1 failed");
  process.exit(vitest.status || 1);
}
const summary = JSON.parse(readFileSync(report, "utf8")) as VitestReport;
const skipped = summary.numPendingTests + summary.numTodoTests;
console.log(
  `${summary.numPassedTests} passed, ${summary.numFailedTests} failed` +
    (skipped > 0 ? `, ${skipped} skipped` : ""),
);
process.exit(vitest.status ?? 1);
