# A throwaway PostgreSQL cluster for the district tests and benchmark, sourced by scripts/test.sh
# and bench/district.sh. `pg_start` makes and starts it in a temporary folder (a Unix socket there,
# no TCP) and exports JIKIM_PG (a connection string without dbname); `pg_stop` stops and removes
# it. initdb refuses to run as root: as root the cluster belongs to the postgres user.
pg_start() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d)
  PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-k $PG_DIR -c listen_addresses= -p 55432 ${PG_OPTIONS:-}" start >/dev/null
  export JIKIM_PG="host=$PG_DIR port=55432 user=postgres"
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ]; then
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=""
  fi
}
