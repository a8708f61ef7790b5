import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { InvalidInput } from "../domain/errors.ts";
import {
  type ColumnMapping,
  type ImportFile,
  type ImportResult,
  importExports,
  parseColumnMapping,
} from "../services/imports.ts";
import type { Command } from "./cli.ts";
import { withOrganisation } from "./context.ts";
import { progressBar } from "./progress.ts";

/** `import FILE… [--source NAME] [--mapping FILE]`: all the files or none of them (cli.md). */
export const importCommand: Command = {
  options: { source: { type: "string" }, mapping: { type: "string" } },
  positionals: {
    min: 1,
    max: Number.POSITIVE_INFINITY,
    names: "FILE… [--source NAME] [--mapping FILE]",
  },
  async run(values, paths, context) {
    const mapping =
      typeof values.mapping === "string" ? await readMapping(values.mapping) : undefined;
    const files = await Promise.all(paths.map(openExport));
    const progress = progressBar();
    const result = await withOrganisation(context, async (services) => {
      try {
        return await importExports(services, files, {
          source: typeof values.source === "string" ? values.source : undefined,
          mapping,
          onProgress: progress.update,
        });
      } finally {
        progress.done();
      }
    });
    if (context.json) context.print(JSON.stringify(result));
    else for (const line of describeImport(result)) context.print(line);
  },
};

async function openExport(path: string): Promise<ImportFile> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) {
    throw new InvalidInput([{ path, message: "no such file: check the path" }]);
  }
  // Streamed in chunks, so a file of millions of rows is read in bounded memory.
  return { fileName: basename(path), size: info.size, bytes: createReadStream(path) };
}

async function readMapping(path: string): Promise<ColumnMapping> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === undefined)
    throw new InvalidInput([{ path, message: "no such file: check the path of --mapping" }]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidInput([{ path, message: `is not JSON: ${(error as Error).message}` }]);
  }
  try {
    return parseColumnMapping(json);
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    const inFile = (field: string) => `${path}: ${field === "input" ? "(the mapping)" : field}`;
    throw new InvalidInput(error.issues.map((issue) => ({ ...issue, path: inFile(issue.path) })));
  }
}

function describeImport(result: ImportResult): string[] {
  return result.files.map((file) => {
    const format = `${file.format.encoding}, ${file.format.numberFormat} numbers`;
    const totals = file.accountTotals
      ? file.accountTotals.matchImportedRows
        ? "; the rows add up to the export's account totals"
        : "; WARNING: the rows do not add up to the export's account totals"
      : "";
    return (
      `${file.fileName}: ${file.source} (${format}) — ${file.rowsRead} rows: ` +
      `${file.inserted} inserted, ${file.updated} updated, ${file.unchanged} unchanged${totals} [import ${file.importId}]`
    );
  });
}
