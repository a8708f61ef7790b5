import { InvalidInput } from "../domain/errors.ts";
import { findServiceContext, type ServiceContext } from "../services/context.ts";
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

/**
 * Runs `work` with the services' context for the database's organisation (a database
 * without one needs `init` first). The services name fields as the API does (`asOf`);
 * `options` says which option of the command each is (`--as-of`), so errors name those.
 */
export async function withOrganisation<T>(
  context: CommandContext,
  work: (services: ServiceContext) => Promise<T>,
  options: Record<string, string> = {},
): Promise<T> {
  return withStorage(context, async (storage) => {
    const services = await findServiceContext(storage);
    if (!services) {
      throw new InvalidInput([
        {
          path: "organisation",
          message:
            "this database has no organisation yet: run `fourfold init --name NAME --timezone TZ --currency CUR` first",
        },
      ]);
    }
    try {
      return await work(services);
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      throw new InvalidInput(
        error.issues.map((issue) => {
          const [head = "", rest = ""] = /^([^ .]+)(.*)$/s.exec(issue.path)?.slice(1) ?? [];
          const option = Object.hasOwn(options, head) ? options[head] : undefined;
          return option === undefined ? issue : { ...issue, path: `${option}${rest}` };
        }),
      );
    }
  });
}
