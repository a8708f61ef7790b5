import { DialectAdapterBase } from "kysely";

/**
 * Fourfold opens one DuckDB connection per process (see duckdb-driver.ts), so Kysely
 * serialises access to it and the migrator needs no lock beyond that.
 */
export class DuckDbAdapter extends DialectAdapterBase {
  override get supportsMultipleConnections(): boolean {
    return false;
  }

  override get supportsTransactionalDdl(): boolean {
    return true;
  }

  override get supportsReturning(): boolean {
    return true;
  }

  override async acquireMigrationLock(): Promise<void> {
    // The single connection is held by the migrator between acquire and release.
  }

  override async releaseMigrationLock(): Promise<void> {
    // See acquireMigrationLock.
  }
}
