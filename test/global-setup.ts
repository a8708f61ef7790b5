// Once per test run: when PostgreSQL is there, migrate one template database, so each
// PostgreSQL test gets a fresh migrated database by copying it (much faster than migrating).
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openStorage } from "../src/storage/database.ts";
import { postgresUrl } from "./postgres-url.ts";

const template = `fourfold_template_${process.pid}`;

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

export default async function setup(project: TestProject) {
  if (!process.env.PGHOST) return;
  await admin(`drop database if exists ${template}`);
  await admin(`create database ${template}`);
  const storage = await openStorage({ engine: "postgres", url: postgresUrl(template) });
  await storage.close();
  project.provide("postgresTemplate", template);
  return async () => {
    await admin(`drop database if exists ${template} with (force)`);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: string | undefined;
  }
}
