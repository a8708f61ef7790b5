import { describe, expect, it } from "vitest";
import type { AdRow } from "./ad-row.ts";
import type { ContactRecord } from "./hubspot-contacts.ts";
import type { NpsResponse } from "./nps-responses.ts";
import { readExport } from "./read-export.ts";
import { fixtureBytes, fixtureText, readWhole, type WholeReading } from "./reading-for-tests.ts";

const expected = JSON.parse(await fixtureText("fjordline/expected.json")) as {
  meta: { rows: Record<string, number> };
};

function recordsOf<R>(reading: WholeReading): R[] {
  if (!reading.ok) throw new Error(`rejected: ${JSON.stringify(reading.rowErrors)}`);
  expect(reading.outcome.rowErrors).toEqual([]);
  return reading.records as R[];
}

async function readFixture(path: string) {
  return readWhole(await fixtureBytes(path), { fileName: path });
}

/** Exact sum of decimal strings, as a decimal string with `scale` places. */
function sumDecimals(values: string[], scale = 2): string {
  let sum = 0n;
  for (const value of values) {
    const [whole, fraction = ""] = value.split(".");
    sum += BigInt(`${whole}${fraction.padEnd(scale, "0")}`);
  }
  const digits = sum.toString().padStart(scale + 1, "0");
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

describe("the Fjordline exports", () => {
  it.each([
    ["fjordline/hubspot_contacts.csv", "hubspot_contacts", "contacts"],
    ["fjordline/finans_maaned.csv", "finance_monthly", "finance"],
    ["fjordline/campaign_launches.csv", "campaign_launches", "launches"],
    ["fjordline/nps_responses.csv", "nps_responses", "nps"],
    ["fjordline/training_log.csv", "training_log", "training"],
  ])("recognises %s as %s without a hint and reads every row", async (path, source, rows) => {
    const reading = await readFixture(path);
    expect(reading.ok && reading.source).toBe(source);
    expect(recordsOf(reading)).toHaveLength(expected.meta.rows[rows]!);
  });

  it("reads as many ad rows from Google Ads and Meta together as the scenario has", async () => {
    const google = await readFixture("fjordline/google_ads_campaign_report.csv");
    const meta = await readFixture("fjordline/meta_ads_export.csv");
    expect([google.ok && google.source, meta.ok && meta.source]).toEqual([
      "google_ads",
      "meta_ads",
    ]);
    const total = recordsOf(google).length + recordsOf(meta).length;
    expect(total).toBe(expected.meta.rows.ads);
  });

  it("finds the Google Ads header after the two title lines, and its Total: Account row equals the sum of the rows", async () => {
    const reading = await readFixture("fjordline/google_ads_campaign_report.csv");
    const rows = recordsOf<AdRow>(reading);
    expect(reading.ok && reading.outcome.format.headerLine).toBe(3);
    expect(reading.ok && reading.outcome.accountTotals).toEqual({
      impressions: rows.reduce((sum, row) => sum + row.impressions, 0),
      clicks: rows.reduce((sum, row) => sum + row.clicks, 0),
      cost: sumDecimals(rows.map((row) => row.cost)),
      conversions: sumDecimals(rows.map((row) => row.conversions)),
      conversionValue: sumDecimals(rows.map((row) => row.conversionValue)),
    });
  });

  it("reads Google's thousands separators and keeps money exact", async () => {
    const rows = recordsOf<AdRow>(await readFixture("fjordline/google_ads_campaign_report.csv"));
    expect(rows[0]).toEqual({
      platform: "google_ads",
      day: "2025-06-05",
      campaign: "Brand | Search",
      campaignType: "Search",
      currency: "DKK",
      impressions: 1592,
      clicks: 59,
      cost: "158.91",
      conversions: "4.00",
      conversionValue: "3187.19",
    });
  });

  it("reads Meta's empty cells as 0 and its currency from the Amount spent header", async () => {
    const rows = recordsOf<AdRow>(await readFixture("fjordline/meta_ads_export.csv"));
    expect(rows[0]).toMatchObject({ day: "2025-07-18", cost: "424.48", conversions: "0" });
    expect(rows[0]).toMatchObject({ conversionValue: "0", currency: "DKK", campaignType: null });
    expect(rows[2]).toMatchObject({ conversions: "1", conversionValue: "1122.54", clicks: 99 });
  });

  it("reads the Danish Excel finance file: Windows-1252, semicolons, Danish numbers", async () => {
    const reading = await readFixture("fjordline/finans_maaned.csv");
    expect(reading.ok && reading.outcome.format).toMatchObject({
      encoding: "windows-1252",
      delimiter: ";",
      numberFormat: "danish",
    });
    expect(recordsOf(reading)[0]).toEqual({
      month: "2025-01",
      revenue: "2943275.46",
      marketingBudget: "248202.01",
      marketingCost: "253137.71",
      marketSize: "43886308.17",
    });
  });

  it("reads HubSpot's zoneless timestamps as Copenhagen time, and empty lifecycle dates as never", async () => {
    const contacts = recordsOf<ContactRecord>(await readFixture("fjordline/hubspot_contacts.csv"));
    const mql = contacts.find((contact) => contact.recordId === "103004");
    expect(mql).toMatchObject({
      createdAt: "2025-01-01T07:04:00",
      createdAtUtc: "2025-01-01T06:04:00.000Z",
      createDate: "2025-01-01",
      mqlAt: "2025-01-07T11:16:00",
      mqlDate: "2025-01-07",
      sqlDate: null,
      customerDate: null,
      recentDealAmount: null,
    });
  });

  it("counts an NPS response submitted 22:13Z on 31 July for 1 August in Copenhagen", async () => {
    const responses = recordsOf<NpsResponse>(await readFixture("fjordline/nps_responses.csv"));
    expect(responses.find((response) => response.responseId === "1768")).toEqual({
      responseId: "1768",
      submittedAt: "2026-07-31T22:13:00.000Z",
      day: "2026-08-01",
      score: 3,
      comment: "God service",
    });
    expect(responses[1]?.comment).toBe('Sagde "wow", kommer igen');
  });
});

describe("exports as users with other settings download them", () => {
  it("recognises Google Ads' Excel CSV (UTF-16LE, tabs) and reads the same numbers", async () => {
    const reading = await readFixture("localized-samples/google_ads_campaign_report.csv");
    expect(reading.ok && reading.outcome.format).toMatchObject({
      encoding: "utf-16le",
      byteOrderMark: true,
      delimiter: "\t",
      numberFormat: "english",
      headerLine: 3,
      source: "google_ads",
    });
    const rows = recordsOf<AdRow>(reading);
    expect(rows).toHaveLength(11);
    expect(rows.at(-2)).toMatchObject({ day: "2025-01-26", impressions: 1402, cost: "206.71" });
    expect(rows.at(-2)).toMatchObject({ conversions: "3.00", conversionValue: "2941.31" });
  });

  it("recognises Meta with a Danish interface and reads 1.178,78 as 1178.78", async () => {
    const reading = await readFixture("localized-samples/meta_ads_export.csv");
    expect(reading.ok && reading.outcome.format).toMatchObject({
      source: "meta_ads",
      numberFormat: "danish",
    });
    const rows = recordsOf<AdRow>(reading);
    expect(rows[5]).toEqual({
      platform: "meta_ads",
      day: "2025-02-04",
      campaign: "Meta - Prospecting",
      campaignType: null,
      currency: "DKK",
      impressions: 738,
      clicks: 5,
      cost: "9.53",
      conversions: "1",
      conversionValue: "1178.78",
    });
  });
});

describe("reading", () => {
  it("puts 23:30Z on 31 January and 22:30Z on 31 July on the next local day", async () => {
    const reading = await readWhole(
      "response_id,submitted_at,score,comment\n" +
        "1,2025-01-31T23:30:00Z,9,\n" +
        "2,2025-07-31T22:30:00Z,6,\n" +
        "3,2025-07-31T21:59:00Z,10,\n",
    );
    const days = recordsOf<NpsResponse>(reading).map((response) => response.day);
    expect(days).toEqual(["2025-02-01", "2025-08-01", "2025-07-31"]);
  });

  it("reads a file whose columns are in another order into the same records", async () => {
    const original = await fixtureText("fjordline/hubspot_contacts.csv");
    const reordered = original
      .split("\r\n")
      .map((line) => (line === "" ? line : line.split(",").reverse().join(",")))
      .join("\r\n");
    const before = recordsOf(await readWhole(original));
    const after = recordsOf(await readWhole(reordered));
    expect(after).toEqual(before);
    const meta = await fixtureText("fjordline/meta_ads_export.csv");
    const [header, ...rows] = meta.replace("\uFEFF", "").split("\r\n");
    const swapFirstAndLast = (line: string) => {
      const cells = line.split(",");
      return [cells.at(-1), ...cells.slice(1, -1), cells[0]].join(",");
    };
    const shuffled = [swapFirstAndLast(header!), ...rows.filter(Boolean).map(swapFirstAndLast)];
    const metaAfter = recordsOf(await readWhole(shuffled.join("\n")));
    expect(metaAfter).toEqual(recordsOf(await readWhole(meta)));
  });

  it("streams a file given in small chunks into batches, reporting progress", async () => {
    const bytes = await fixtureBytes("fjordline/google_ads_campaign_report.csv");
    async function* inPieces() {
      for (let at = 0; at < bytes.length; at += 1000) yield bytes.subarray(at, at + 1000);
    }
    const progress: number[] = [];
    const opened = await readExport(
      { fileName: "google.csv", bytes: inPieces(), size: bytes.length },
      {
        timeZone: "Europe/Copenhagen",
        batchSize: 500,
        onProgress: (p) => progress.push(p.bytesRead),
      },
    );
    if (!opened.ok) throw new Error("rejected");
    const sizes: number[] = [];
    const lines: number[] = [];
    for await (const batch of opened.reading.batches()) {
      sizes.push(batch.length);
      lines.push(...batch.map((item) => item.line));
    }
    // The title lines and the header are lines 1–3; each record knows its row's line.
    expect(lines.slice(0, 3)).toEqual([4, 5, 6]);
    expect(lines.at(-1)).toBe(5424);
    expect(sizes.slice(0, 10)).toEqual(Array(10).fill(500));
    expect(sizes.reduce((a, b) => a + b)).toBe(5421);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress.length).toBeGreaterThan(300);
  });

  it("takes --source over recognition", async () => {
    const bytes = await fixtureBytes("fjordline/meta_ads_export.csv");
    const reading = await readWhole(bytes, { source: "meta_ads" });
    expect(reading.ok && reading.outcome.recordsRead).toBe(793);
  });
});
