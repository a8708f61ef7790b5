import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { sql } from "kysely";
import { afterEach, beforeEach, expect, it } from "vitest";
import { fourfold } from "../../test/cli.ts";
import { createTestLocation, describeOn, engines, type TestLocation } from "../../test/engines.ts";
import { fixtureFile, fixturePath } from "../../test/fixtures.ts";
import { openStorage } from "../storage/database.ts";

const dir = mkdtempSync(join(tmpdir(), "fourfold-import-"));

/** Writes a file for the command line to import, and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const trainingHeader = "month,employee_id,training_hours,certified\n";
const googleHeader =
  'Campaign report\n"January 1, 2025 - March 31, 2025"\n' +
  "Day,Campaign,Campaign type,Currency code,Impr.,Clicks,Cost,Conversions,Conv. value\r\n";

// Each bad file of the corpus, and the message a user needs (import issue, point 5).
const corpus: [string, string | Uint8Array, string][] = [
  [
    "bad-number.csv",
    `${googleHeader}2025-01-01,Brand | Search,Search,DKK,"1,592",59,12.5x,4.00,"3,187.19"\r\n`,
    "bad-number.csv, line 4, column Cost: `12.5x` is not a number in the file's English format (e.g. 1,234.56)",
  ],
  [
    "empty-cell.csv",
    `${trainingHeader}2025-01,E1,,yes\n`,
    "empty-cell.csv, line 2, column training_hours: is empty, but every row needs a value here",
  ],
  [
    "impossible-date.csv",
    "campaign_id,brief_date,planned_launch,actual_launch\nC-1,2025-01-10,2025-02-30,2025-03-01\n",
    "impossible-date.csv, line 2, column planned_launch: `2025-02-30` is not a date: February 2025 has 28 days",
  ],
  [
    "score-11.csv",
    "response_id,submitted_at,score,comment\n1,2025-01-02T12:52:00Z,11,\n",
    "score-11.csv, line 2, column score: `11` is not a score from 0 to 10",
  ],
  [
    "too-few-cells.csv",
    `${trainingHeader}2025-01,E1,2.5\n`,
    "too-few-cells.csv, line 2: has 3 cells, but the header on line 1 has 4",
  ],
  [
    "unterminated.csv",
    `${trainingHeader}2025-01,"E1,2.5,yes\n2025-01,E2,1.0,no\n`,
    "unterminated.csv, line 2: a quote opened on this line is never closed (unterminated quote), so the rest of the file would be one cell",
  ],
  [
    "binary.csv",
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x08, 0, 0xff, 0xfe, 0x01, 0x02]),
    "binary.csv: ",
  ],
  ["empty.csv", "", "empty.csv: the file is empty"],
  [
    "repeated-row.csv",
    `${trainingHeader}2025-01,E1,2.5,yes\n2025-01,E2,1.0,no\n2025-01,E1,3.5,yes\n`,
    "repeated-row.csv, line 4: the same month and employee id (2025-01-01, E1) is on lines 2, 4; an export holds each once: remove the repeated rows",
  ],
  [
    "unknown.csv",
    "Date,Sessions,Users\n2025-01-01,5,3\n",
    "unknown.csv: matches no source Fourfold knows. Headers found: `Date`, `Sessions`, `Users`.",
  ],
];

for (const engine of engines) {
  describeOn(engine)(`fourfold import (${engine})`, () => {
    let place: TestLocation;
    beforeEach(async () => {
      place = await createTestLocation(engine);
      await fourfold(
        [
          "init",
          "--name",
          "Fjordline Cycling ApS",
          "--timezone",
          "Europe/Copenhagen",
          "--currency",
          "DKK",
        ],
        place.env,
      );
      const first = await fourfold(
        ["import", fixturePath("fjordline/training_log.csv")],
        place.env,
      );
      expect(first.status).toBe(0);
    });
    afterEach(async () => {
      await place.dispose();
    });

    async function storedState() {
      const storage = await openStorage(place.location);
      try {
        const rows = await sql<{ n: number; hours: string | null }>`
          select count(*) as n, sum(training_hours) as hours from training_log_row`.execute(
          storage.db,
        );
        const batches = await storage.db.selectFrom("import_batch").select("id").execute();
        return { ...rows.rows[0], batches: batches.length };
      } finally {
        await storage.close();
      }
    }

    it("prints per file the source recognised and rows inserted, updated, unchanged", async () => {
      const run = await fourfold(["import", fixturePath("fjordline/training_log.csv")], place.env);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(
        /^training_log\.csv: training_log \(utf-8, english numbers\) — 244 rows: 0 inserted, 0 updated, 244 unchanged \[import [0-9a-f-]{36}\]\n$/,
      );
    });

    it.each(corpus)(
      "rejects %s with exit 1, the message a user needs, and changes nothing",
      async (name, content, message) => {
        const before = await storedState();
        const run = await fourfold(
          ["import", file(name, content), fixturePath("fjordline/nps_responses.csv")],
          place.env,
        );
        expect(run.status).toBe(1);
        expect(run.stdout).toBe("");
        expect(run.stderr).toContain(message);
        expect(run.stderr).toMatch(/Nothing was imported: 1 error\.\n$/);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(await storedState()).toEqual(before);
      },
    );

    it("prints at most 20 row errors and the total", async () => {
      const rows = Array.from({ length: 25 }, (_, i) => `2025-01,E${i},lots,yes\n`).join("");
      const run = await fourfold(["import", file("many.csv", trainingHeader + rows)], place.env);
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split("\n");
      expect(lines).toHaveLength(21);
      expect(lines[20]).toBe("Nothing was imported: 25 errors (the first 20 above).");
    });

    it("undoes an import with `imports undo`, putting back the values it changed", async () => {
      const changed = file("training-changed.csv", `${trainingHeader}2025-01,E3000,9.9,yes\n`);
      await fourfold(["import", changed], place.env);
      const listed = JSON.parse((await fourfold(["imports", "--json"], place.env)).stdout);
      const undone = await fourfold(["imports", "undo", listed.imports[0].id], place.env);
      expect(undone.status).toBe(0);
      expect((await storedState()).hours).toBe((await storedAfterFirstImport()).hours);
    });

    it("undoes with `imports undo` an import a later import changed, keeping the later values", async () => {
      const changed = file("training-changed.csv", `${trainingHeader}2025-01,E3000,9.9,yes\n`);
      await fourfold(["import", changed], place.env);
      const listed = JSON.parse((await fourfold(["imports", "--json"], place.env)).stdout);
      const [latest, original] = listed.imports;
      const undone = await fourfold(["imports", "undo", original.id], place.env);
      expect(undone.status).toBe(0);
      expect(undone.stdout).toBe(
        `Undid import ${original.id} (training_log.csv): the rows are as if it had never been imported.\n`,
      );
      // Only training-changed.csv is left: E3000's 9.9 hours of January 2025.
      expect(await storedState()).toMatchObject({ n: 1, hours: "9.9000" });
      expect((await fourfold(["imports", "undo", latest.id], place.env)).status).toBe(0);
      expect(await storedState()).toMatchObject({ n: 0, hours: null });
    });

    async function storedAfterFirstImport() {
      const fresh = await createTestLocation(engine);
      try {
        await fourfold(
          ["init", "--name", "X", "--timezone", "Europe/Copenhagen", "--currency", "DKK"],
          fresh.env,
        );
        await fourfold(["import", fixturePath("fjordline/training_log.csv")], fresh.env);
        const storage = await openStorage(fresh.location);
        const rows = await sql<{
          hours: string;
        }>`select sum(training_hours) as hours from training_log_row`.execute(storage.db);
        await storage.close();
        return rows.rows[0]!;
      } finally {
        await fresh.dispose();
      }
    }

    it("never crashes on a mutated export: it imports or rejects and changes nothing", async () => {
      const original = fixtureFile("fjordline/campaign_launches.csv").bytes as Uint8Array;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
            minLength: 1,
            maxLength: 8,
          }),
          fc.nat(original.length),
          async (flips, cut) => {
            const mutated = original.slice(0, Math.max(1, cut));
            for (const [at, byte] of flips) if (at < mutated.length) mutated[at] = byte;
            const before = await storedState();
            const run = await fourfold(["import", file("mutated.csv", mutated)], place.env);
            expect(run.stderr).not.toMatch(/\n\s+at /);
            if (run.stderr === "") {
              // Imported: exit 0, and the file's line names the import.
              expect(run.status).toBe(0);
              expect(run.stdout).toMatch(/^mutated\.csv: .* \[import [0-9a-f-]+\]\n$/);
            } else {
              // Rejected: exit 1, every error naming the file, and nothing changed.
              expect(run.status).toBe(1);
              expect(run.stdout).toBe("");
              expect(run.stderr).toContain("mutated.csv");
              expect(await storedState()).toEqual(before);
            }
          },
        ),
        { numRuns: 12 },
      );
    });
  });
}
