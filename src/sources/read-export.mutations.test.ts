// Damaged files must give row errors or a rejection, never a crash: flipped bytes, files cut
// short, junk inserted, cells swapped between columns. And whatever is read must be typed
// as promised, so a damaged file can never slip a bad value into storage.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateProblem } from "./dates.ts";
import { fixtureBytes, readWhole, type WholeReading } from "./reading-for-tests.ts";

const DECIMAL = /^-?\d+(\.\d+)?$/;

async function shortened(path: string, lines: number): Promise<Uint8Array> {
  const bytes = await fixtureBytes(path);
  let end = 0;
  for (let seen = 0; seen < lines && end < bytes.length; end++) if (bytes[end] === 10) seen++;
  return bytes.subarray(0, end);
}

const samples = {
  google: await shortened("fjordline/google_ads_campaign_report.csv", 40),
  googleExcel: await fixtureBytes("localized-samples/google_ads_campaign_report.csv"),
  metaDanish: await fixtureBytes("localized-samples/meta_ads_export.csv"),
  finance: await fixtureBytes("fjordline/finans_maaned.csv"),
  nps: await shortened("fjordline/nps_responses.csv", 40),
  contacts: await shortened("fjordline/hubspot_contacts.csv", 40),
};
const sample = fc.constantFrom(...Object.values(samples));

/** Every value a reading yields is of its promised type; its errors are well formed. */
function expectSound(reading: WholeReading): void {
  const errors = reading.ok ? reading.outcome.rowErrors : reading.rowErrors;
  for (const error of errors) {
    expect(error.message.length).toBeGreaterThan(0);
    if (error.line !== undefined) expect(error.line).toBeGreaterThanOrEqual(1);
  }
  if (!reading.ok) {
    expect(errors.length).toBeGreaterThan(0);
    return;
  }
  const { outcome, records } = reading;
  expect(outcome.totalErrors).toBeGreaterThanOrEqual(errors.length);
  expect(errors.length).toBeLessThanOrEqual(20);
  expect(records.length).toBe(outcome.recordsRead);
  expect(outcome.recordsRead).toBeLessThanOrEqual(outcome.rowsRead);
  for (const record of records as Record<string, unknown>[]) {
    for (const [field, value] of Object.entries(record)) {
      if (
        ["day", "createDate", "mqlDate", "sqlDate", "customerDate"].includes(field) &&
        value !== null
      ) {
        expect(dateProblem(String(value))).toBeUndefined();
      }
      if (
        [
          "cost",
          "conversions",
          "conversionValue",
          "revenue",
          "marketingBudget",
          "marketingCost",
          "marketSize",
        ].includes(field)
      ) {
        expect(String(value)).toMatch(DECIMAL);
      }
      if (["impressions", "clicks"].includes(field)) {
        expect(Number.isSafeInteger(value) && (value as number) >= 0).toBe(true);
      }
      if (field === "score") expect((value as number) >= 0 && (value as number) <= 10).toBe(true);
      if (typeof value === "string") expect(value).not.toContain("\0");
    }
  }
}

async function expectReadSoundly(bytes: Uint8Array): Promise<void> {
  expectSound(await readWhole(bytes, { batchSize: 7 }));
}

describe("a damaged export", () => {
  it("with bytes flipped gives errors, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(
        sample,
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 }),
        async (original, flips) => {
          const bytes = Uint8Array.from(original);
          for (const [at, byte] of flips) bytes[at % bytes.length] = byte;
          await expectReadSoundly(bytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("cut short anywhere gives errors, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(sample, fc.nat(), async (original, at) => {
        await expectReadSoundly(original.subarray(0, at % (original.length + 1)));
      }),
      { numRuns: 300 },
    );
  });

  it("with junk inserted gives errors, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(
        sample,
        fc.nat(),
        fc.uint8Array({ minLength: 1, maxLength: 40 }),
        async (original, at, junk) => {
          const cut = at % (original.length + 1);
          await expectReadSoundly(
            new Uint8Array([...original.subarray(0, cut), ...junk, ...original.subarray(cut)]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("with cells swapped between columns reads only values of the right type", async () => {
    const texts = [samples.google, samples.nps, samples.contacts].map((b) =>
      new TextDecoder().decode(b),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...texts),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat())),
        async (text, swaps) => {
          const lines = text.split("\n");
          for (const [row, a, b] of swaps) {
            const index = 3 + (row % (lines.length - 3));
            const cells = lines[index]!.split(",");
            const [i, j] = [a % cells.length, b % cells.length];
            [cells[i], cells[j]] = [cells[j]!, cells[i]!];
            lines[index] = cells.join(",");
          }
          await expectReadSoundly(new TextEncoder().encode(lines.join("\n")));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("swapping Cost and Clicks in one Google row is caught", async () => {
    // The title lines end in LF, so the header and the first rows are lines 3, 4, 5 …
    const lines = new TextDecoder().decode(samples.google).split("\r\n");
    lines[5] = "2025-06-07,Brand | Search,Search,DKK,1592,211.96,85,4.00,1000.00";
    const reading = await readWhole(lines.join("\r\n"));
    expect(
      reading.ok && reading.outcome.rowErrors.map((e) => `${e.line} ${e.column} ${e.value}`),
    ).toEqual(["8 Clicks 211.96"]);
  });
});
