// Writes a Shopify orders export of `rows` line-item rows in the export's real shape: one
// row per line item, the order's fields only on its first row, newest first, local times
// with their offset, quoted addresses holding commas (fixtures/more-sources/README.md).

import { once } from "node:events";
import { createWriteStream } from "node:fs";

const HEADER =
  "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing," +
  "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method," +
  "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price," +
  "Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status," +
  "Billing Name,Billing Street,Billing Company,Billing City,Billing Zip,Billing Country," +
  "Notes,Cancelled at,Payment Method,Refunded Amount,Vendor,Outstanding Balance,Id,Tags," +
  "Risk Level,Source\n";

const products = [
  ["Pumpe Topeak JoeBlow Sport III", "399.00", "TP-JBS3", "Topeak"],
  ["Baglygte Lezyne Strip", "249.00", "LZ-STR", "Lezyne"],
  ["Citybike Fjord 7 - 53 cm / Moerkeblaa", "6999.00", "FJ-CB7-53", "Fjordline"],
  ['Slange 28"" Schwalbe SV17', "59.00", "SW-SV17", "Schwalbe"],
] as const;

export async function generateShopifyOrders(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(HEADER);
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  // Newest first: order numbers and times count down from the last one.
  const last = Date.UTC(2026, 9, 31, 20, 0, 0);
  let lines: string[] = [];
  let written = 0;
  let orders = 0;
  while (written < rows) {
    const number = 10_000_000 - orders;
    const items = Math.min(1 + Math.floor(next() * 3), rows - written);
    const local = new Date(last - orders * 600_000).toISOString().slice(0, 19).replace("T", " ");
    const customer = `customer${Math.floor(next() * 200_000)}@example.dk`;
    const chosen = Array.from({ length: items }, () => products[Math.floor(next() * 4)]!);
    const subtotal = chosen.reduce((sum, [, price]) => sum + Number(price), 0);
    const total = (subtotal + 49).toFixed(2);
    const cancelled = next() < 0.02 ? `${local} +0100` : "";
    const refunded = next() < 0.05 ? (subtotal / 2).toFixed(2) : "0.00";
    chosen.forEach(([name, price, sku, vendor], i) => {
      const item = `1,${name.includes('"') ? `"${name}"` : name},${price},,${sku},true,true,fulfilled`;
      lines.push(
        i === 0
          ? `#${number},${customer},paid,${local} +0100,fulfilled,,no,DKK,${subtotal.toFixed(2)},49.00,` +
              `${(Number(total) / 5).toFixed(2)},${total},,0.00,PostNord Pakkeshop,${local} +0100,${item},` +
              `Kunde ${number},"Noerregade ${number % 90}, 4. th.",,Koebenhavn K,'1050,DK,,${cancelled},` +
              `Shopify Payments,${refunded},${vendor},0.00,${5_800_000_000_000 + number},,Low,web\n`
          : `#${number},,,,,,,,,,,,,,,,${item},,,,,,,,,,,${vendor},,,,,\n`,
      );
    });
    written += items;
    orders += 1;
    if (lines.length >= 10_000) {
      await write(lines.join(""));
      lines = [];
    }
  }
  await write(lines.join(""));
  out.end();
  await once(out, "finish");
  return orders;
}
