import { PostgresQueryCompiler } from "kysely";

/**
 * DuckDB speaks PostgreSQL's SQL dialect closely enough for every query Fourfold builds:
 * `$n` placeholders, double-quoted identifiers, `returning`, `on conflict … do update`.
 * The class exists so a difference has one obvious place to go (compare Kysely's
 * 18-line sqlite-query-compiler.ts).
 */
export class DuckDbQueryCompiler extends PostgresQueryCompiler {}
