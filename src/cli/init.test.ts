import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fourfold } from "../../test/cli.ts";
import { createTestLocation, describeOn, engines, type TestLocation } from "../../test/engines.ts";
import { openStorage } from "../storage/database.ts";
import { findOnlyOrganisation } from "../storage/organisations.ts";

const fjordline = [
  "--name",
  "Fjordline Cycling ApS",
  "--timezone",
  "Europe/Copenhagen",
  "--currency",
  "DKK",
];

for (const engine of engines) {
  describeOn(engine)(`fourfold init (${engine})`, () => {
    let place: TestLocation;
    beforeEach(async () => {
      place = await createTestLocation(engine);
    });
    afterEach(async () => {
      await place.dispose();
    });

    async function storedOrganisation() {
      const storage = await openStorage(place.location);
      try {
        return await findOnlyOrganisation(storage.db);
      } finally {
        await storage.close();
      }
    }

    it("creates the organisation in an empty database", async () => {
      const run = await fourfold(["init", ...fjordline], place.env);
      expect(run).toMatchObject({ status: 0, stderr: "" });
      expect(run.stdout).toContain("Created the organisation Fjordline Cycling ApS");
      expect(await storedOrganisation()).toMatchObject({
        name: "Fjordline Cycling ApS",
        time_zone: "Europe/Copenhagen",
        currency: "DKK",
        fiscal_year_start_month: 1,
        locale: "en",
      });
    });

    it("updates the settings when the organisation exists, keeping one organisation", async () => {
      await fourfold(["init", ...fjordline], place.env);
      const run = await fourfold(
        ["init", ...fjordline, "--fiscal-year-start", "july", "--locale", "da", "--json"],
        place.env,
      );
      expect(run.status).toBe(0);
      const printed = JSON.parse(run.stdout);
      expect(printed).toMatchObject({
        created: false,
        organisation: { fiscal_year_start_month: 7, locale: "da" },
      });
      expect(await storedOrganisation()).toMatchObject({
        fiscal_year_start_month: 7,
        locale: "da",
      });
    });

    it("rejects an unknown time zone with exit 1, saying what to write, and stores nothing", async () => {
      const run = await fourfold(
        ["init", "--name", "X", "--timezone", "Europe/Copenhagn", "--currency", "DKK"],
        place.env,
      );
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(
        "timezone: `Europe/Copenhagn` is not a time zone this system knows; use an IANA name such as Europe/Copenhagen\n",
      );
      expect(await storedOrganisation()).toBeUndefined();
    });
  });
}

describe("fourfold usage", () => {
  const nowhere = { FOURFOLD_DB: "/nonexistent/never-opened.duckdb" };

  it("answers an unknown command with the usage and exit 2", async () => {
    const run = await fourfold(["frobnicate"], nowhere);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^fourfold: unknown command `frobnicate`\n\nUsage: fourfold <command>/,
    );
  });

  it("answers an unknown option with the usage and exit 2", async () => {
    const run = await fourfold(["init", "--nam", "X"], nowhere);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^fourfold: unknown option `--nam` for `init`\n/);
  });

  it("answers no command at all with the usage and exit 2", async () => {
    const run = await fourfold([], nowhere);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: fourfold <command>");
  });

  it("prints the usage for --help with exit 0", async () => {
    const run = await fourfold(["--help"], nowhere);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(run.stdout).toContain("init --name NAME --timezone TZ --currency CUR");
  });

  it("lists every problem of the settings at once", async () => {
    const run = await fourfold(
      ["init", "--timezone", "Mars/Olympus", "--currency", "kroner"],
      nowhere,
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      'name: is required, e.g. --name "Fjordline Cycling ApS"',
      "timezone: `Mars/Olympus` is not a time zone this system knows; use an IANA name such as Europe/Copenhagen",
      "currency: `kroner` is not an ISO 4217 currency code; use one such as DKK, EUR or USD",
    ]);
  });
});
