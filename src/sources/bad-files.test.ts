import { describe, expect, it } from "vitest";
import { messagesOf, readWhole } from "./reading-for-tests.ts";

const GOOGLE_HEADER =
  'Campaign report\n"January 1, 2025 - March 31, 2025"\n' +
  "Day,Campaign,Campaign type,Currency code,Impr.,Clicks,Cost,Conversions,Conv. value\r\n";

function googleRow(day: string, cost = "158.91"): string {
  return `${day},Brand | Search,Search,DKK,"1,592",59,${cost},4.00,"3,187.19"\r\n`;
}

const NPS_HEADER = "response_id,submitted_at,score,comment\n";
const CONTACTS_HEADER =
  "Record ID,Create Date,Original Source,Lifecycle Stage," +
  "Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date," +
  "Became a Customer Date,Recent Deal Amount\n";

async function messages(file: string | Uint8Array, options = {}): Promise<string[]> {
  return messagesOf(await readWhole(file, options));
}

describe("a row with a bad cell", () => {
  it("names line, column, value and the file's number format for a bad number", async () => {
    const days = ["01", "02", "03", "04", "05", "06"].map((day) => googleRow(`2025-01-${day}`));
    const file = GOOGLE_HEADER + days.join("") + googleRow("2025-01-07", "12.5x");
    expect(await messages(file)).toEqual([
      "line 10, column Cost: `12.5x` is not a number in the file's English format (e.g. 1,234.56)",
    ]);
  });

  it("names the Danish format in a Danish file", async () => {
    const file =
      "Måned;Omsætning (DKK);Marketingbudget (DKK);Marketingomkostninger (DKK);Markedsstørrelse (DKK)\r\n" +
      "2025-01;2.943.275,46;248.202,01;253.137,71;43.886.308,17\r\n" +
      "2025-02;1.234.5;1;1;1\r\n";
    expect(await messages(file)).toEqual([
      "line 3, column Omsætning (DKK): `1.234.5` is not a number in the file's Danish format (e.g. 1.234,56)",
    ]);
  });

  it("rejects a fraction where a count is expected", async () => {
    const file = GOOGLE_HEADER + googleRow("2025-01-01").replace(",59,", ",59.5,");
    expect(await messages(file)).toEqual([
      "line 4, column Clicks: `59.5` is not a whole number of 0 or more in the file's English format (e.g. 1,234)",
    ]);
  });

  it("rejects an empty required cell", async () => {
    const file = `${CONTACTS_HEADER}1,2025-01-01 10:00,Paid Search,lead,,,,\n2,,Paid Search,lead,,,,\n`;
    expect(await messages(file)).toEqual([
      "line 3, column Create Date: is empty, but every row needs a value here",
    ]);
  });

  it("rejects 2025-02-30, a date that does not exist", async () => {
    const file =
      "campaign_id,brief_date,planned_launch,actual_launch\nC-1,2025-01-10,2025-02-30,2025-03-01\n";
    expect(await messages(file)).toEqual([
      "line 2, column planned_launch: `2025-02-30` is not a date: February 2025 has 28 days",
    ]);
  });

  it("rejects an NPS score of 11", async () => {
    expect(await messages(`${NPS_HEADER}1,2025-01-02T12:52:00Z,11,\n`)).toEqual([
      "line 2, column score: `11` is not a score from 0 to 10",
    ]);
  });

  it("reports every bad cell of a row: a month 13 and a certified maybe", async () => {
    const file = "month,employee_id,training_hours,certified\n2025-13,E1,2.5,maybe\n";
    expect(await messages(file)).toEqual([
      "line 2, column month: `2025-13` is not a month: months run from 01 to 12",
      "line 2, column certified: `maybe` is neither yes nor no (ja/nej and true/false also do)",
    ]);
  });

  it("imports nothing of a file with a bad row, though its other rows are good", async () => {
    const reading = await readWhole(`${NPS_HEADER}1,2025-01-02T12:52:00Z,9,\n2,2025-01-02,9,\n`);
    expect(reading.ok && reading.outcome).toMatchObject({
      rowsRead: 2,
      recordsRead: 1,
      totalErrors: 1,
    });
    expect(messagesOf(reading)[0]).toMatch(
      /^line 3, column submitted_at: `2025-01-02` is not a date/,
    );
  });

  it("counts all errors of a file with many but keeps the first 20 in detail", async () => {
    const rows = Array.from({ length: 100 }, (_, i) => `${i},2025-01-02T12:52:00Z,x,\n`);
    const reading = await readWhole(NPS_HEADER + rows.join(""));
    expect(reading.ok && reading.outcome.totalErrors).toBe(100);
    expect(reading.ok && reading.outcome.rowErrors).toHaveLength(20);
  });
});

describe("a row that does not fit the header", () => {
  it("rejects a row with too few cells", async () => {
    const file = `${NPS_HEADER}1,2025-01-02T12:52:00Z,9,ok\n2,2025-01-02T12:52:00Z,9\n`;
    expect(await messages(file)).toEqual(["line 3: has 3 cells, but the header on line 1 has 4"]);
  });

  it("rejects a row with more cells than the header, unless they are empty", async () => {
    const file = `${NPS_HEADER}1,2025-01-02T12:52:00Z,9,ok,,\n2,2025-01-02T12:52:00Z,9,Dyrt, men godt\n`;
    expect(await messages(file)).toEqual([
      "line 3: has 5 cells, but the header on line 1 has 4 (does a cell hold `,` without quotes?)",
    ]);
  });

  it("rejects an unterminated quote at the line it opens", async () => {
    const file =
      `${NPS_HEADER}1,2025-01-02T12:52:00Z,9,ok\n` +
      '2,2025-01-02T12:52:00Z,9,"Sagde ""wow"", kommer igen\n' +
      "3,2025-01-02T12:52:00Z,9,ok\n";
    expect(await messages(file)).toEqual([
      "line 3: a quote opened on this line is never closed (unterminated quote), so the rest of the file would be one cell",
    ]);
  });

  it("rejects text after a closing quote", async () => {
    expect(await messages(`${NPS_HEADER}1,2025-01-02T12:52:00Z,9,"ok" then\n`)).toEqual([
      'line 2: text follows the closing quote of a cell; a quote inside a quoted cell is written twice ("")',
    ]);
  });

  it("skips blank lines and Excel's rows of bare delimiters", async () => {
    const reading = await readWhole(`${NPS_HEADER}\n1,2025-01-02T12:52:00Z,9,\n,,,\n  \n`);
    expect(reading.ok && reading.outcome).toMatchObject({ rowsRead: 1, totalErrors: 0 });
  });
});

describe("a file that cannot be read as an export", () => {
  it.each([
    ["an empty file", new Uint8Array(0), "the file is empty"],
    ["a byte order mark alone", new Uint8Array([0xef, 0xbb, 0xbf]), "the file is empty"],
    ["blank lines alone", "\r\n\r\n", "the file is empty"],
    [
      "a PNG image",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
      "looks like a binary file, not a CSV export",
    ],
    [
      "an Excel workbook",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]),
      "looks like an Excel workbook (.xlsx) or another zip file, not a CSV export: save it as CSV and import that",
    ],
    [
      "control characters",
      "\x01\x02\x03\x04\x05\x06\x07\x08,\x0e\x0f\x10\x11\n",
      "looks like a binary file, not a CSV export",
    ],
  ])("rejects %s", async (_, file, message) => {
    expect(await readWhole(file, { fileName: "upload.csv" })).toEqual({
      ok: false,
      rowErrors: [{ file: "upload.csv", message }],
    });
  });

  it("rejects headers no source has, listing the headers found and the sources known", async () => {
    expect(await messages("Date,Sessions,Users\n2025-01-01,10,5\n")).toEqual([
      "matches no source Fourfold knows. Headers found: `Date`, `Sessions`, `Users`. " +
        "Sources known: Google Ads campaign report (google_ads), Meta Ads Manager export (meta_ads), " +
        "HubSpot contacts export (hubspot_contacts), NPS survey responses (nps_responses), " +
        "campaign launch log (campaign_launches), training log (training_log), " +
        "monthly finance figures (finance_monthly), GA4 traffic acquisition report (ga4_traffic), " +
        "Shopify orders export (shopify_orders), Facebook page posts export (facebook_posts), " +
        "Instagram account insights export (instagram_insights), " +
        "LinkedIn Ads campaign performance report (linkedin_ads); any other CSV export can be read through a " +
        "saved column mapping",
    ]);
  });

  it("names the required column a recognisable export lacks", async () => {
    const file =
      "Day,Campaign,Impr.,Clicks,Conversions,Conv. value,Avg. CPC\n2025-01-01,A,1,1,0,0,1\n";
    expect(await messages(file)).toEqual([
      "line 1, column Cost: looks like a Google Ads campaign report, but the column Cost is missing",
    ]);
  });

  it("names them all when it lacks several, in the export's own language", async () => {
    const file = "Kampagnenavn,Dag,Visninger,Køb,Konverteringsværdi for køb\nA,2025-01-01,1,0,0\n";
    expect(await messages(file)).toEqual([
      "line 1: looks like a Meta Ads Manager export, but the columns Beløb brugt, Linkklik are missing",
    ]);
  });

  it("says what the source named with --source needs when the file is not one", async () => {
    expect(await messages("Date,Sessions\n2025-01-01,10\n", { source: "google_ads" })).toEqual([
      "has no header row of a Google Ads campaign report in its first 50 lines. " +
        "Headers found: `Date`, `Sessions`. A Google Ads campaign report has the columns " +
        "Day, Campaign, Impr., Clicks, Cost, Conversions, Conv. value",
    ]);
  });

  it("rejects a --source Fourfold does not know", async () => {
    const [message] = await messages("Date,Sessions\n", { source: "ga4" });
    expect(message).toMatch(/^`ga4` is not a source Fourfold knows\. Sources known: Google Ads/);
  });
});

describe("encodings", () => {
  const padding = `${"1,2025-01-02T12:52:00Z,9,God service\n".repeat(3000)}`;

  it("reads a Windows-1252 file whose first non-ASCII byte comes after the first chunk", async () => {
    const text = `${NPS_HEADER}${padding}2,2025-01-02T12:52:00Z,9,Rigtig flot cykel\u00f8\n`;
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const reading = await readWhole(bytes);
    expect(reading.ok && reading.outcome.format.encoding).toBe("windows-1252");
    expect(reading.ok && reading.records.at(-1)).toMatchObject({ comment: "Rigtig flot cykelø" });
  });

  it("rejects a UTF-8 file that turns into other bytes later on", async () => {
    const start = new TextEncoder().encode(
      `${NPS_HEADER}1,2025-01-02T12:52:00Z,9,Sjovt ø\n${padding}`,
    );
    const bytes = new Uint8Array([
      ...start,
      ...Uint8Array.from("9,x\xf8\n", (c) => c.charCodeAt(0)),
    ]);
    const [message] = await messages(bytes);
    expect(message).toMatch(
      /^from line \d+ on, the bytes are not valid UTF-8 text: the file is damaged or mixes encodings$/,
    );
  });

  it("rejects a NUL character after the first chunk at its line, reading no further", async () => {
    const reading = await readWhole(`${NPS_HEADER}${padding}3,2025-01-02T12:52:00Z,9,a\0b\n`);
    expect(messagesOf(reading)).toEqual([
      "line 3002: holds a NUL character, which no CSV export has: the file is damaged or binary",
    ]);
    expect(reading.ok && reading.outcome.rowsRead).toBe(3000);
  });

  it("stops at a line longer than 1 MiB instead of holding it all", async () => {
    const file = `${NPS_HEADER}1,2025-01-02T12:52:00Z,9,"${"x".repeat(1_100_000)}\n`;
    expect(await messages(file)).toEqual([
      "line 2: a quote opened on this line is never closed (unterminated quote), so the rest of the file would be one cell",
    ]);
  });
});

const SHOPIFY_HEADER =
  "Name,Email,Subtotal,Shipping,Total,Created at,Cancelled at,Refunded Amount,Lineitem name\n";

describe("the quirks of the exports added for web, shop, social and LinkedIn", () => {
  it("rejects a Shopify row that continues an order whose first row is not above it", async () => {
    const file =
      SHOPIFY_HEADER +
      "#10002,a@b.dk,100.00,0.00,100.00,2025-02-01 10:00:00 +0100,,0.00,Pumpe\n" +
      "#10001,,,,,,,,Lygte\n";
    expect(await messages(file)).toEqual([
      "line 3, column Name: `#10001` continues an order (its `Created at` is empty), but the rows " +
        "above belong to #10002: an order's first row, with `Created at`, must come just before its other rows",
    ]);
  });

  it("rejects a Shopify file that starts with a continuation row", async () => {
    const file = `${SHOPIFY_HEADER}#10001,,,,,,,,Lygte\n`;
    expect(await messages(file)).toEqual([
      "line 2, column Name: `#10001` continues an order (its `Created at` is empty), but no " +
        "order's first row comes before it: an order's first row, with `Created at`, must come just before its other rows",
    ]);
  });

  it("rejects a GA4 file cut inside its comment block", async () => {
    const file =
      "# ----------------------------------------\n" +
      "# Traffic acquisition: Session primary channel group (Default Channel Group)\n" +
      "# Account: Fjordline Cycling ApS\n";
    expect(await messages(file)).toEqual([
      "line 3: the file ends inside the comment block its first 3 lines (`# …`) form, before " +
        "any header row: it was cut short, so download the export again",
    ]);
  });

  it("rejects a LinkedIn date that is not a date, naming the US form", async () => {
    const file =
      "Start Date (in UTC)\tCampaign Name\tTotal Spent\tImpressions\tClicks\tConversions\t" +
      "Total Conversion Value\tLeads\r\n" +
      "3/5/2025\tBrand\t305.06\t3020\t10\t0\t0.00\t1\r\n" +
      "13/5/2025\tBrand\t305.06\t3020\t10\t0\t0.00\t1\r\n" +
      "2/30/2025\tBrand\t305.06\t3020\t10\t0\t0.00\t1\r\n";
    expect(await messages(file)).toEqual([
      "line 3, column Start Date (in UTC): `13/5/2025` is not a date: months run from 01 to 12",
      "line 4, column Start Date (in UTC): `2/30/2025` is not a date: February 2025 has 28 days",
    ]);
  });

  it("rejects a GA4 date that is not YYYYMMDD", async () => {
    const file =
      "Session primary channel group (Default Channel Group),Date,Sessions,Engaged sessions," +
      "Key events,Total revenue\nDirect,2025-01-03,10,5,1,0\n";
    expect(await messages(file)).toEqual([
      "line 2, column Date: `2025-01-03` is not a date in the form YYYYMMDD (e.g. 20250131)",
    ]);
  });
});
