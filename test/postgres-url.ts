/** The URL of `database` on the PostgreSQL server the PG* variables point at. */
export function postgresUrl(database: string): string {
  const host = process.env.PGHOST ?? "127.0.0.1";
  const port = process.env.PGPORT ?? "5432";
  const user = encodeURIComponent(process.env.PGUSER ?? "postgres");
  const password = process.env.PGPASSWORD ? `:${encodeURIComponent(process.env.PGPASSWORD)}` : "";
  return `postgres://${user}${password}@${host}:${port}/${database}`;
}
