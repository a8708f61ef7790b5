// One side of the import benchmark, in its own process so its peak memory is its own:
// `node bench/import-child.ts fourfold|duckdb google|shopify FILE DBFILE` prints
// {"seconds", "peakMiB"}.
import { createReadStream, statSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { importFiles } from "../src/sources/import-files.ts";
import { openStorage } from "../src/storage/database.ts";
import { saveOnlyOrganisation } from "../src/storage/organisations.ts";

const [side, kind, file, dbFile] = process.argv.slice(2);
if (!file || !dbFile)
  throw new Error("usage: import-child.ts fourfold|duckdb google|shopify FILE DBFILE");

async function fourfold(): Promise<number> {
  const storage = await openStorage({ engine: "duckdb", path: dbFile! });
  const { organisation } = await saveOnlyOrganisation(storage.db, {
    name: "Bench",
    time_zone: "Europe/Copenhagen",
    currency: "DKK",
    fiscal_year_start_month: 1,
    locale: "en",
  });
  const started = performance.now();
  const result = await importFiles(storage, organisation, [
    { fileName: "google.csv", size: statSync(file!).size, bytes: createReadStream(file!) },
  ]);
  const seconds = (performance.now() - started) / 1000;
  // A Shopify file has one record per order, fewer than its line-item rows.
  if (kind === "google" && result.files[0]?.inserted !== 1_000_000 && !process.env.BENCH_ROWS)
    throw new Error("not all rows imported");
  if (result.files[0]?.source !== (kind === "google" ? "google_ads" : "shopify_orders"))
    throw new Error("the file was not recognised");
  await storage.close();
  return seconds;
}

const quoted = file.replaceAll("'", "''");

// The orders of a Shopify export, from their first rows, as Fourfold stores them.
const shopifyTable = `
    create table shopify_order as
    select "Name" as order_name, "Id" as order_id, lower(trim("Email")) as customer_email,
           cast(left("Created at", 10) as date) as order_date, "Cancelled at" <> '' as cancelled,
           "Financial Status" as financial_status,
           cast("Subtotal" as decimal(18,4)) as subtotal, cast("Shipping" as decimal(18,4)) as shipping,
           cast("Taxes" as decimal(18,4)) as taxes, cast("Total" as decimal(18,4)) as total,
           cast("Discount Amount" as decimal(18,4)) as discount_amount,
           cast("Refunded Amount" as decimal(18,4)) as refunded_amount, "Source" as sales_channel
    from read_csv('${quoted}', header = true, all_varchar = true, delim = ',', quote = '"',
                  escape = '"')
    where "Created at" <> ''`;

// DuckDB's own CSV reader into a typed table: the same work without recognition or checks.
async function duckdb(): Promise<number> {
  const instance = await DuckDBInstance.create(dbFile!, { autoinstall_known_extensions: "false" });
  const connection = await instance.connect();
  const started = performance.now();
  if (kind === "shopify") await connection.run(shopifyTable);
  else
    await connection.run(`
    create table google_ads_row as
    select cast("Day" as date) as day, "Campaign" as campaign, "Campaign type" as campaign_type,
           "Currency code" as currency,
           cast(replace("Impr.", ',', '') as bigint) as impressions,
           cast(replace("Clicks", ',', '') as bigint) as clicks,
           cast(replace("Cost", ',', '') as decimal(18,4)) as cost,
           cast(replace("Conversions", ',', '') as decimal(18,4)) as conversions,
           cast(replace("Conv. value", ',', '') as decimal(18,4)) as conversion_value
    from read_csv('${quoted}', skip = 2, header = true, all_varchar = true,
                  delim = ',', quote = '"', escape = '"', strict_mode = false)
    where "Day" not like 'Total:%'`);
  const seconds = (performance.now() - started) / 1000;
  connection.closeSync();
  instance.closeSync();
  return seconds;
}

const seconds = side === "duckdb" ? await duckdb() : await fourfold();
const peakMiB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ seconds, peakMiB }));
