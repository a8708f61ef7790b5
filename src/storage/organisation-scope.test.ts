import { beforeEach, expect, it } from "vitest";
import { describeOnBothEngines } from "../../test/engines.ts";
import { scopedTo } from "./organisation-scope.ts";

const organisation = (id: string) => ({
  id,
  name: id,
  time_zone: "Europe/Copenhagen",
  currency: "DKK",
  fiscal_year_start_month: 1,
  locale: "en" as const,
});

const value = (period: string) => ({
  kpi_key: "brand_awareness",
  period,
  value: "0.3",
  entered_via: "cli" as const,
  entered_at: "2026-01-05T10:00:00.000Z",
});

describeOnBothEngines("queries scoped to one organisation", (storage) => {
  beforeEach(async () => {
    const { db } = storage();
    await db
      .insertInto("organisation")
      .values([organisation("north"), organisation("south")])
      .execute();
    await scopedTo(db, "north").insertInto("manual_value", [value("2026-01"), value("2026-02")]);
    await scopedTo(db, "south").insertInto("manual_value", [value("2026-01")]);
  });

  it("inserts rows as the organisation's and reads back only its own", async () => {
    const north = scopedTo(storage().db, "north");
    const rows = await north
      .selectFrom("manual_value")
      .select(["organisation_id", "period"])
      .execute();
    expect(rows).toEqual([
      { organisation_id: "north", period: "2026-01" },
      { organisation_id: "north", period: "2026-02" },
    ]);
  });

  it("deletes and updates only the organisation's rows", async () => {
    const { db } = storage();
    await scopedTo(db, "north")
      .deleteFrom("manual_value")
      .where("period", "=", "2026-01")
      .execute();
    await scopedTo(db, "north").updateTable("manual_value").set({ value: "0.4" }).execute();
    const south = await scopedTo(db, "south")
      .selectFrom("manual_value")
      .select(["period", "value"])
      .execute();
    expect(south).toEqual([{ period: "2026-01", value: "0.3000000000" }]);
    const north = await scopedTo(db, "north")
      .selectFrom("manual_value")
      .select(["period", "value"])
      .execute();
    expect(north).toEqual([{ period: "2026-02", value: "0.4000000000" }]);
  });
});
