import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../../test/fixtures.ts";
import { messagesOf, readWhole } from "./reading-for-tests.ts";

interface MoreSourcesMeta {
  rows: Record<string, number>;
  shopify: { orders: number };
}

async function metaOf(folder: string): Promise<MoreSourcesMeta> {
  const expected = JSON.parse(await readFile(fixturePath(`${folder}/expected.json`), "utf8"));
  return expected.meta;
}

async function read(folder: string, file: string) {
  const bytes = new Uint8Array(await readFile(fixturePath(`${folder}/${file}.csv`)));
  return readWhole(bytes, { fileName: `${file}.csv` });
}

const files = {
  ga4_traffic_acquisition: "ga4_traffic",
  shopify_orders_export: "shopify_orders",
  facebook_page_posts: "facebook_posts",
  instagram_account_insights: "instagram_insights",
  linkedin_ads_campaign_performance: "linkedin_ads",
} as const;

describe.each(["more-sources", "more-sources-localized"])("the %s exports", (folder) => {
  it.each(Object.entries(files))(
    "recognises %s without --source and reads every data row without error",
    async (file, source) => {
      const reading = await read(folder, file);
      expect(messagesOf(reading)).toEqual([]);
      if (!reading.ok) return;
      expect(reading.source).toBe(source);
      expect(reading.outcome.rowsRead).toBe((await metaOf(folder)).rows[file]);
    },
  );

  it("reads one Shopify order per Name, from its first row", async () => {
    const reading = await read(folder, "shopify_orders_export");
    expect(reading.ok && reading.records.length).toBe((await metaOf(folder)).shopify.orders);
  });
});

describe("the form of each new export", () => {
  it("reads the Danish GA4 file with `;` and decimal commas", async () => {
    const reading = await read("more-sources-localized", "ga4_traffic_acquisition");
    expect(reading.ok && reading.outcome.format).toMatchObject({
      delimiter: ";",
      numberFormat: "danish",
      headerLine: 9,
    });
  });

  it("reads LinkedIn's UTF-16 file with tabs, its header on line 6 and US dates", async () => {
    const reading = await read("more-sources", "linkedin_ads_campaign_performance");
    if (!reading.ok) throw new Error("not read");
    expect(reading.outcome.format).toMatchObject({ delimiter: "\t", headerLine: 6 });
    expect(reading.records[0]).toMatchObject({
      day: "2025-03-05",
      campaign: "Firmacykel - Lead Gen - HR-chefer",
      totalSpent: "305.06",
      leads: 1,
    });
  });

  it("dates a Shopify order by its local date as written and normalises the email", async () => {
    const file =
      "Name,Email,Subtotal,Shipping,Total,Created at,Cancelled at,Refunded Amount,Lineitem name\n" +
      "#10001, Jorgen.Sorensen28@gmail.com ,100.00,0.00,100.00,2025-02-01 00:30:00 +0100,,0.00,Pumpe\n" +
      "#10001,,,,,,,,Lygte\n";
    const reading = await readWhole(file);
    expect(reading.ok && reading.records).toEqual([
      expect.objectContaining({
        name: "#10001",
        customerEmail: "jorgen.sorensen28@gmail.com",
        orderDate: "2025-02-01",
        createdAt: "2025-01-31T23:30:00.000Z",
        cancelled: false,
      }),
    ]);
  });

  it("skips the Facebook row that describes the metrics", async () => {
    const reading = await read("more-sources", "facebook_page_posts");
    if (!reading.ok) throw new Error("not read");
    expect(reading.outcome.format.headerLine).toBe(1);
    expect(reading.records.length).toBe((await metaOf("more-sources")).rows.facebook_page_posts);
  });
});
