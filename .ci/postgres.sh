# Starts a throwaway PostgreSQL cluster for the tests, as user postgres, trusting local
# connections, and exports the PG* variables so the tests can create their own databases.
# Source it (`. .ci/postgres.sh`); it stops the cluster when the calling shell exits.
# Also used by developers: `. .ci/postgres.sh && npm test`.

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ]; then
  echo "fourfold ci: PostgreSQL server binaries not found under /usr/lib/postgresql" >&2
  return 1 2>/dev/null || exit 1
fi

pg_port=5432
while (echo >"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done

pg_dir=$(mktemp -d /tmp/fourfold-pg.XXXXXX)
chown postgres "$pg_dir"
echo "fourfold ci: starting PostgreSQL ($("$pg_bin/postgres" --version)) on 127.0.0.1:$pg_port in $pg_dir"
su postgres -s /bin/sh -c "'$pg_bin/initdb' -D '$pg_dir/data' --auth=trust --username=postgres -E UTF8 --locale=C.UTF-8" >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; return 1 2>/dev/null || exit 1; }
su postgres -s /bin/sh -c "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/server.log' -w start -o '-h 127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200'" >/dev/null \
  || { cat "$pg_dir/server.log" >&2; return 1 2>/dev/null || exit 1; }

stop_postgres() {
  su postgres -s /bin/sh -c "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m fast stop" >/dev/null 2>&1
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres PGDATABASE=postgres
