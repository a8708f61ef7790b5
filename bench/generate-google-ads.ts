// Writes a Google Ads campaign report of `rows` data rows in the export's real shape: two
// title lines, thousands separators in quotes, CRLF rows and `Total:` summary rows.

import { once } from "node:events";
import { createWriteStream } from "node:fs";

const campaigns = Array.from(
  { length: 50 },
  (_, i) => `Campaign ${String(i).padStart(2, "0")} | Search`,
);

function thousands(n: number): string {
  return n >= 1000 ? `"${n.toLocaleString("en-US")}"` : String(n);
}

export async function generateGoogleAdsReport(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write('Campaign report\n"January 1, 1970 - December 31, 2025"\n');
  await write(
    "Day,Campaign,Campaign type,Currency code,Impr.,Clicks,Cost,Conversions,Conv. value\r\n",
  );
  // Deterministic pseudo-random numbers, so every run measures the same file.
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const start = Date.UTC(1970, 0, 1);
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const day = new Date(start + Math.floor(i / campaigns.length) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const impressions = Math.floor(next() * 5000);
    const clicks = Math.floor(impressions * next() * 0.05);
    const cost = (clicks * (1 + next() * 4)).toFixed(2);
    const conversions = Math.floor(clicks * next() * 0.1).toFixed(2);
    const value = (Number(conversions) * (200 + next() * 800)).toFixed(2);
    lines.push(
      `${day},${campaigns[i % campaigns.length]},Search,DKK,${thousands(impressions)},${clicks},${cost},${conversions},${value}\r\n`,
    );
    if (lines.length === 10_000) {
      await write(lines.join(""));
      lines = [];
    }
  }
  await write(lines.join(""));
  await write("Total: Account,--,--,DKK,--,--,--,--,--\r\n");
  out.end();
  await once(out, "finish");
}
