import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, inject } from "vitest";
import { openStorage, type Storage, type StorageLocation } from "../src/storage/database.ts";
import { postgresUrl } from "./postgres-url.ts";

export const engines = ["duckdb", "postgres"] as const;
export type TestEngine = (typeof engines)[number];

/**
 * PostgreSQL is there when the PG* variables point at a server (`.ci/run` and
 * test/run-tests.ts start a throwaway one). Under CI it must be there: a PostgreSQL test
 * that cannot connect fails rather than skips.
 */
export const postgresAvailable = Boolean(process.env.PGHOST) || process.env.CI === "true";

/** A fresh, empty place to store data: its own DuckDB file or its own PostgreSQL database. */
export interface TestLocation {
  location: StorageLocation;
  /** Environment for a child process (the CLI) that should use this location. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export async function createTestLocation(
  engine: TestEngine,
  { migrated = true }: { migrated?: boolean } = {},
): Promise<TestLocation> {
  if (engine === "duckdb") {
    const dir = mkdtempSync(join(tmpdir(), "fourfold-test-"));
    const path = join(dir, "fourfold.duckdb");
    return {
      location: { engine, path },
      env: { FOURFOLD_DB: path },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `fourfold_test_${randomUUID().replaceAll("-", "")}`;
  // A copy of the run's migrated template when there is one (test/global-setup.ts).
  const template = migrated ? inject("postgresTemplate") : undefined;
  await withAdminClient((client) =>
    client.query(`create database ${name}${template ? ` template ${template}` : ""}`),
  );
  const url = postgresUrl(name);
  return {
    location: { engine, url },
    env: { DATABASE_URL: url },
    dispose: async () => {
      await withAdminClient((client) =>
        client.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: postgresUrl(process.env.PGDATABASE ?? "postgres"),
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Opens migrated storage in a fresh location; closing it also drops the location. */
export async function openTestStorage(
  engine: TestEngine,
): Promise<Storage & { location: TestLocation }> {
  const location = await createTestLocation(engine);
  const storage = await openStorage(location.location);
  return {
    ...storage,
    location,
    close: async () => {
      await storage.close();
      await location.dispose();
    },
  };
}

/**
 * `describe` for tests on `engine`. Without a PostgreSQL server outside CI (a developer
 * machine with no PG* variables), the PostgreSQL half is skipped; test/run-tests.ts starts
 * one when it can, and under CI a PostgreSQL test that cannot connect fails.
 */
export function describeOn(engine: TestEngine): typeof describe | typeof describe.skip {
  return engine === "postgres" && !postgresAvailable ? describe.skip : describe;
}

/**
 * Runs the same tests on DuckDB and on PostgreSQL, each test on its own fresh, migrated
 * database (the both-engine runner of the style guide).
 */
export function describeOnBothEngines(
  title: string,
  body: (storage: () => Storage, engine: TestEngine) => void,
): void {
  for (const engine of engines) {
    describeOn(engine)(`${title} (${engine})`, () => {
      let current: Storage | undefined;
      beforeEach(async () => {
        current = await openTestStorage(engine);
      });
      afterEach(async () => {
        await current?.close();
        current = undefined;
      });
      body(() => {
        if (!current) throw new Error("storage is opened in beforeEach");
        return current;
      }, engine);
    });
  }
}
