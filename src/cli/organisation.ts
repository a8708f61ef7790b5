import { InvalidInput } from "../domain/errors.ts";
import type { Storage } from "../storage/database.ts";
import { findOnlyOrganisation, type Organisation } from "../storage/organisations.ts";

/** The organisation the command works for; a database without one needs `init` first. */
export async function requireOrganisation(storage: Storage): Promise<Organisation> {
  const organisation = await findOnlyOrganisation(storage.db);
  if (!organisation) {
    throw new InvalidInput([
      {
        path: "organisation",
        message:
          "this database has no organisation yet: run `fourfold init --name NAME --timezone TZ --currency CUR` first",
      },
    ]);
  }
  return organisation;
}
