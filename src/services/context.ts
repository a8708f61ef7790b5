// What every use case is given first: where the data is and whom it acts for. The accounts
// issue adds the acting user here; the faces (API, CLI) fill it, the use cases read it.

import type { Storage } from "../storage/database.ts";
import { findOnlyOrganisation, type Organisation } from "../storage/organisations.ts";

export interface ServiceContext {
  storage: Storage;
  organisation: Organisation;
}

/** The context for the database's organisation; undefined when there is none yet. */
export async function findServiceContext(storage: Storage): Promise<ServiceContext | undefined> {
  const organisation = await findOnlyOrganisation(storage.db);
  return organisation ? { storage, organisation } : undefined;
}
