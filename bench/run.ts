// `npm run bench [-- NAME…]`: runs the benchmarks (all, or those named). Each reports a ratio
// against a reference measured in the same run, so the figures compare across machines.
import { apiBenchmark } from "./api.ts";
import { importBenchmark } from "./import.ts";
import { metricsBenchmark } from "./metrics.ts";

const benchmarks: Record<string, () => Promise<unknown>> = {
  import: () => importBenchmark(),
  metrics: () => metricsBenchmark(),
  api: () => apiBenchmark(),
};

const chosen = process.argv.slice(2);
for (const name of chosen.length > 0 ? chosen : Object.keys(benchmarks)) {
  const run = benchmarks[name];
  if (!run) {
    console.error(`unknown benchmark \`${name}\`; known: ${Object.keys(benchmarks).join(", ")}`);
    process.exit(2);
  }
  await run();
}
