import { chooseStorage, openStorage, type Storage } from "../storage/database.ts";

/** What every command gets: where to store, how to print, and the process environment. */
export interface CommandContext {
  dbPath: string | undefined;
  json: boolean;
  env: Record<string, string | undefined>;
  /** Writes one line to stdout. */
  print(line: string): void;
}

/** Opens the storage the options and environment choose, runs `work`, and always closes it. */
export async function withStorage<T>(
  context: CommandContext,
  work: (storage: Storage) => Promise<T>,
): Promise<T> {
  const storage = await openStorage(chooseStorage({ dbPath: context.dbPath, env: context.env }));
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}
