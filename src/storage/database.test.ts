import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { describeOnBothEngines } from "../../test/engines.ts";
import { chooseStorage } from "./database.ts";

const fjordline = {
  id: "org-1",
  name: "Fjordline Cycling ApS",
  time_zone: "Europe/Copenhagen",
  currency: "DKK",
  fiscal_year_start_month: 1,
  locale: "da" as const,
};

describeOnBothEngines("the storage layer", (storage) => {
  it("counts rows as plain numbers", async () => {
    const { db } = storage();
    await db.insertInto("organisation").values(fjordline).execute();
    const row = await db
      .selectFrom("organisation")
      .select((eb) => eb.fn.countAll().as("count"))
      .executeTakeFirstOrThrow();
    expect(row.count).toBe(1);
  });

  it("returns decimals as exact strings, summed without float error", async () => {
    const { db } = storage();
    const result = await sql<{ total: string; one: string }>`
      select sum(amount) as total, cast('2209684.09' as decimal(18,2)) as one
      from (values (cast('0.10' as decimal(18,2))), (cast('0.20' as decimal(18,2)))) as t(amount)`.execute(
      db,
    );
    expect(result.rows[0]).toEqual({ total: "0.30", one: "2209684.09" });
  });

  it("returns sums of whole numbers as exact strings, as PostgreSQL's numeric does", async () => {
    const { db } = storage();
    const result = await sql<{ total: string }>`
      select sum(n) as total from (values (cast(9007199254740993 as bigint)), (cast(1 as bigint))) as t(n)`.execute(
      db,
    );
    expect(result.rows[0]).toEqual({ total: "9007199254740994" });
  });

  it("returns dates as YYYY-MM-DD strings, never shifted by the machine's time zone", async () => {
    const { db } = storage();
    const leapCheck = "2025-02-28";
    const result = await sql<{ day: string; next: string }>`
      select cast('2025-08-01' as date) as day, cast(${leapCheck} as date) + 1 as next`.execute(db);
    expect(result.rows[0]).toEqual({ day: "2025-08-01", next: "2025-03-01" });
  });

  it("returns timestamps with time zone as ISO instants", async () => {
    const { db } = storage();
    await db.insertInto("organisation").values(fjordline).execute();
    const row = await db.selectFrom("organisation").select("created_at").executeTakeFirstOrThrow();
    expect(row.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("commits a transaction's writes together", async () => {
    const { db } = storage();
    await db.transaction().execute(async (tx) => {
      await tx.insertInto("organisation").values(fjordline).execute();
      await tx.updateTable("organisation").set({ name: "Fjordline" }).execute();
    });
    const rows = await db.selectFrom("organisation").select("name").execute();
    expect(rows).toEqual([{ name: "Fjordline" }]);
  });

  it("rolls back every write of a failed transaction", async () => {
    const { db } = storage();
    await db.insertInto("organisation").values(fjordline).execute();
    const attempt = db.transaction().execute(async (tx) => {
      await tx.updateTable("organisation").set({ name: "half-written" }).execute();
      await tx
        .insertInto("organisation")
        .values({ ...fjordline, id: "org-2" })
        .execute();
      throw new Error("the import found a bad row");
    });
    await expect(attempt).rejects.toThrow("the import found a bad row");
    const rows = await db.selectFrom("organisation").select(["id", "name"]).execute();
    expect(rows).toEqual([{ id: "org-1", name: "Fjordline Cycling ApS" }]);
  });

  it("rejects a value its check constraint forbids", async () => {
    const { db } = storage();
    const insert = db
      .insertInto("organisation")
      .values({ ...fjordline, fiscal_year_start_month: 13 })
      .execute();
    await expect(insert).rejects.toThrow();
  });

  it("reports how many rows an update changed", async () => {
    const { db } = storage();
    await db.insertInto("organisation").values(fjordline).execute();
    const result = await db
      .updateTable("organisation")
      .set({ locale: "en" })
      .where("id", "=", "org-1")
      .executeTakeFirst();
    expect(result.numUpdatedRows).toBe(1n);
  });
});

describe("choosing the storage", () => {
  it("uses the embedded DuckDB file by default", () => {
    expect(chooseStorage({ env: {} })).toEqual({ engine: "duckdb", path: "data/fourfold.duckdb" });
  });

  it("uses FOURFOLD_DB, and --db over it", () => {
    expect(chooseStorage({ env: { FOURFOLD_DB: "a.duckdb" } })).toEqual({
      engine: "duckdb",
      path: "a.duckdb",
    });
    expect(chooseStorage({ dbPath: "b.duckdb", env: { FOURFOLD_DB: "a.duckdb" } })).toEqual({
      engine: "duckdb",
      path: "b.duckdb",
    });
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    expect(chooseStorage({ env: { DATABASE_URL: "postgres://x@localhost/db" } })).toEqual({
      engine: "postgres",
      url: "postgres://x@localhost/db",
    });
  });
});
