// Test support (imported by the *.test.ts beside it, never by the application): read a
// whole export into memory, and find the reference fixtures.

import { readFile } from "node:fs/promises";
import { type OpenedExport, type ReadOptions, readExport } from "./read-export.ts";
import { describeRowError, type RowError } from "./row-errors.ts";

const FIXTURES = new URL("../../test/fixtures/", import.meta.url);

/** The bytes of `fjordline/google_ads_campaign_report.csv` and the like. */
export async function fixtureBytes(path: string): Promise<Uint8Array> {
  // A plain copy: a Buffer's slice() is a view, and a test that changes it changes them all.
  return new Uint8Array(await readFile(new URL(path, FIXTURES)));
}

export function fixtureText(path: string, encoding: BufferEncoding = "utf8"): Promise<string> {
  return readFile(new URL(path, FIXTURES), encoding);
}

export type WholeReading =
  | { ok: false; rowErrors: RowError[] }
  | {
      ok: true;
      source: string;
      records: unknown[];
      outcome: ReturnType<Extract<OpenedExport, { ok: true }>["reading"]["outcome"]>;
    };

/** Every record and the outcome of reading `bytes` (text is written as UTF-8). */
export async function readWhole(
  bytes: Uint8Array | string | AsyncIterable<Uint8Array>,
  options: Partial<ReadOptions> & { fileName?: string } = {},
): Promise<WholeReading> {
  const opened = await readExport(
    {
      fileName: options.fileName ?? "export.csv",
      bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes,
    },
    { timeZone: "Europe/Copenhagen", ...options },
  );
  if (!opened.ok) return opened;
  const records: unknown[] = [];
  for await (const batch of opened.reading.batches()) {
    for (const { record } of batch) records.push(record);
  }
  const outcome = opened.reading.outcome();
  return { ok: true, source: opened.reading.source.name, records, outcome };
}

/** The messages a reading gives, as users see them (`line 3, column Cost: …`). */
export function messagesOf(reading: WholeReading): string[] {
  return (reading.ok ? reading.outcome.rowErrors : reading.rowErrors).map(describeRowError);
}
