// The demo organisation `npm start` loads into an empty database: Fjordline Cycling ApS,
// 22 months of its exports (the reference fixtures, shipped here), and its marketing and
// company scorecards. FOURFOLD_DEMO=off starts empty instead.

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scorecardKpiSources } from "../metrics/kpi-sources.ts";
import { type ImportFile, importFiles } from "../sources/import-files.ts";
import type { Storage } from "../storage/database.ts";
import { findOnlyOrganisation, saveOnlyOrganisation } from "../storage/organisations.ts";
import { applyScorecardFile } from "../storage/scorecard-files.ts";

const here = new URL("./", import.meta.url);

function demoExports(): ImportFile[] {
  const dir = fileURLToPath(new URL("exports/", here));
  return readdirSync(dir)
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((name) => {
      const bytes = new Uint8Array(readFileSync(`${dir}${name}`));
      return { fileName: name, size: bytes.length, bytes };
    });
}

// The marketing file defines the manual KPIs the company scorecard shares, so it goes first.
const scorecardFiles = ["marketing-scorecard.yaml", "company-scorecard.yaml"];

/** Loads the demo when the database has no organisation yet; says whether it did. */
export async function loadDemoIfEmpty(
  storage: Storage,
  env: Record<string, string | undefined>,
): Promise<boolean> {
  if (env.FOURFOLD_DEMO === "off") return false;
  if (await findOnlyOrganisation(storage.db)) return false;
  const { organisation } = await saveOnlyOrganisation(storage.db, {
    name: "Fjordline Cycling ApS",
    time_zone: "Europe/Copenhagen",
    currency: "DKK",
    fiscal_year_start_month: 1,
    locale: "en",
  });
  await importFiles(storage, organisation, demoExports());
  const { library } = scorecardKpiSources(storage.db);
  for (const name of scorecardFiles) {
    const text = readFileSync(new URL(name, here), "utf8");
    await applyScorecardFile(storage.db, organisation, text, library);
  }
  return true;
}
