// One organisation's rows (style guide: "a rule such as 'filter by organisation' left for
// every query to remember" is to be avoided, so it lives here). Every query a repository
// builds through `scopedTo` reads, changes and writes only that organisation's rows.

import {
  type DeleteQueryBuilder,
  type DeleteResult,
  type Insertable,
  type Kysely,
  type SelectQueryBuilder,
  sql,
  type UpdateQueryBuilder,
  type UpdateResult,
} from "kysely";
import type { Database } from "./schema.ts";

/** The tables whose rows belong to one organisation: those with an `organisation_id`. */
export type OrganisationTable = {
  [T in keyof Database]: Database[T] extends { organisation_id: string } ? T : never;
}[keyof Database];

/** A row to insert, without its organisation: `scopedTo` adds it. */
export type ScopedRow<T extends OrganisationTable> = Omit<
  Insertable<Database[T]>,
  "organisation_id"
>;

export interface OrganisationScope {
  readonly organisationId: string;
  selectFrom<T extends OrganisationTable>(table: T): SelectQueryBuilder<Database, T, object>;
  deleteFrom<T extends OrganisationTable>(table: T): DeleteQueryBuilder<Database, T, DeleteResult>;
  updateTable<T extends OrganisationTable>(
    table: T,
  ): UpdateQueryBuilder<Database, T, T, UpdateResult>;
  /** Inserts `rows` (nothing when empty) as the organisation's. */
  insertInto<T extends OrganisationTable>(table: T, rows: readonly ScopedRow<T>[]): Promise<void>;
}

/** Queries over `db` (a connection or a transaction) limited to one organisation's rows. */
export function scopedTo(db: Kysely<Database>, organisationId: string): OrganisationScope {
  // `table.organisation_id`, qualified so a join cannot make it ambiguous.
  const owned = (table: string) =>
    sql<boolean>`${sql.ref(`${table}.organisation_id`)} = ${organisationId}`;
  return {
    organisationId,
    // Kysely cannot resolve its overloads for a generic table name, so each query is built
    // for the union of organisation tables and narrowed back to the caller's table.
    selectFrom: <T extends OrganisationTable>(table: T) =>
      db
        .selectFrom(table as OrganisationTable)
        .where(owned(table)) as unknown as SelectQueryBuilder<Database, T, object>,
    deleteFrom: <T extends OrganisationTable>(table: T) =>
      db
        .deleteFrom(table as OrganisationTable)
        .where(owned(table)) as unknown as DeleteQueryBuilder<Database, T, DeleteResult>,
    updateTable: <T extends OrganisationTable>(table: T) =>
      db
        .updateTable(table as OrganisationTable)
        .where(owned(table)) as unknown as UpdateQueryBuilder<Database, T, T, UpdateResult>,
    async insertInto(table, rows) {
      if (rows.length === 0) return;
      const withOwner = rows.map((row) => ({ ...row, organisation_id: organisationId }));
      await db
        .insertInto(table)
        .values(withOwner as unknown as Insertable<Database[typeof table]>[])
        .execute();
    },
  };
}
