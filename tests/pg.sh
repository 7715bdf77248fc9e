#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (tests/run.sh and the test fixture both use it).
#   tests/pg.sh start      -> prints two lines: the cluster folder, then its Npgsql connection string
#   tests/pg.sh stop DIR   -> stops that cluster and deletes the folder
# With PG_OWNER_PID set, start also leaves a watchdog that stops the cluster once that process is gone: the test
# fixture's own cluster must not outlive a test host that ends without running its exit handlers.
# PostgreSQL refuses to run as root: as root the server runs as the `postgres` user (runuser).
set -euo pipefail

bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "tests/pg.sh: PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin); install them: apt-get install -y postgresql" >&2
  exit 2
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/csr-pg.XXXXXX)
    chmod 700 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
    for _ in 1 2 3 4 5; do
      port=$((20000 + RANDOM % 40000))
      (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
      if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
           -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null; then
        if [ -n "${PG_OWNER_PID:-}" ]; then
          setsid bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; exec "$2" stop "$3"' \
            watchdog "$PG_OWNER_PID" "$(readlink -f "$0")" "$dir" </dev/null >/dev/null 2>&1 &
        fi
        echo "$dir"
        echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
        exit 0
      fi
    done
    cat "$dir/server.log" >&2 2>/dev/null || true
    rm -rf "$dir"
    echo "tests/pg.sh: the PostgreSQL server did not start" >&2
    exit 1
    ;;
  stop)
    dir=${2:?usage: tests/pg.sh stop DIR}
    case "$dir" in /tmp/csr-pg.*) ;; *) echo "tests/pg.sh: refusing to delete $dir" >&2; exit 2 ;; esac
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -s stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: tests/pg.sh start | stop DIR" >&2
    exit 2
    ;;
esac
