# Starts a throwaway PostgreSQL on 127.0.0.1:55432 and exports TROUPE_TEST_DATABASE_URL.
start_postgres() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  local dir=/tmp/troupe-pg
  if ! "$bin/pg_isready" -h 127.0.0.1 -p 55432 -q 2>/dev/null; then
    rm -rf "$dir"; mkdir -p "$dir"; chown postgres "$dir"
    su postgres -c "$bin/initdb -D $dir/data -U troupe --auth=trust -E UTF8" >/dev/null
    su postgres -c "$bin/pg_ctl -D $dir/data -o '-p 55432 -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -l $dir/log -w start" >/dev/null
  fi
  export TROUPE_TEST_DATABASE_URL=postgres://troupe@127.0.0.1:55432/postgres
}
