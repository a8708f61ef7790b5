// The reference exports of test/fixtures/ (copies of the project's shared fixtures), and the
// Fjordline organisation they belong to.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ImportFile } from "../src/sources/import-files.ts";
import type { Storage } from "../src/storage/database.ts";
import { type Organisation, saveOnlyOrganisation } from "../src/storage/organisations.ts";

const FIXTURES = new URL("./fixtures/", import.meta.url);

/** The path of a fixture, e.g. `fjordline/google_ads_campaign_report.csv`. */
export function fixturePath(path: string): string {
  return fileURLToPath(new URL(path, FIXTURES));
}

/** A fixture as a file to import, whole in memory (`bytes` may be replaced to mutate it). */
export function fixtureFile(path: string): ImportFile {
  const bytes = new Uint8Array(readFileSync(fixturePath(path)));
  return { fileName: path.split("/").pop() ?? path, size: bytes.length, bytes };
}

/** The seven exports of the Fjordline reference scenario. */
export function fjordlineFiles(): ImportFile[] {
  return readdirSync(fixturePath("fjordline"))
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((name) => fixtureFile(`fjordline/${name}`));
}

export interface FjordlineExpected {
  kpis: Record<string, Record<string, number | null>>;
  meta: {
    campaigns_with_roas_below_1: string[];
    rows: Record<"ads" | "contacts" | "finance" | "launches" | "nps" | "training", number>;
  };
}

export function fjordlineExpected(): FjordlineExpected {
  return JSON.parse(readFileSync(fixturePath("fjordline/expected.json"), "utf8"));
}

/** Creates the organisation of the reference scenario: DKK, Copenhagen, calendar year. */
export async function createFjordline(storage: Storage): Promise<Organisation> {
  const { organisation } = await saveOnlyOrganisation(storage.db, {
    name: "Fjordline Cycling ApS",
    time_zone: "Europe/Copenhagen",
    currency: "DKK",
    fiscal_year_start_month: 1,
    locale: "da",
  });
  return organisation;
}
