# A throwaway PostgreSQL cluster for the district tests and benchmark, sourced by scripts/test.sh
# and bench/district.sh. `pg_start` makes and starts it in a temporary folder: a Unix socket there,
# exported as JIKIM_PG (a connection string without dbname), and TLS on loopback TCP with a
# certificate made for the run, exported as JIKIM_PG_TLS with its CA in JIKIM_PG_CA. `pg_stop`
# stops and removes it. initdb refuses to run as root: as root the cluster belongs to postgres.
pg_start() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d)
  PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  # A CA made for the run, and the server's certificate (localhost, 127.0.0.1) signed by it.
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Jikim test CA" \
    -keyout "$PG_DIR/ca.key" -out "$PG_DIR/ca.crt" 2>/dev/null
  openssl req -new -newkey rsa:2048 -nodes -subj /CN=localhost \
    -keyout "$PG_DIR/server.key" -out "$PG_DIR/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' >"$PG_DIR/server.ext"
  openssl x509 -req -in "$PG_DIR/server.csr" -CA "$PG_DIR/ca.crt" -CAkey "$PG_DIR/ca.key" \
    -CAcreateserial -days 2 -extfile "$PG_DIR/server.ext" -out "$PG_DIR/server.crt" 2>/dev/null
  chmod 600 "$PG_DIR/server.key"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR/server.key" "$PG_DIR/server.crt"
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-k $PG_DIR -c listen_addresses=127.0.0.1 -p 55432 -c ssl=on \
        -c ssl_cert_file=$PG_DIR/server.crt -c ssl_key_file=$PG_DIR/server.key ${PG_OPTIONS:-}" \
    start >/dev/null
  export JIKIM_PG="host=$PG_DIR port=55432 user=postgres"
  export JIKIM_PG_TLS="host=127.0.0.1 port=55432 user=postgres"
  export JIKIM_PG_CA="$PG_DIR/ca.crt"
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ]; then
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=""
  fi
}
