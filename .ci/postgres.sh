#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the test suite and print its URL on stdout.
# Installs Debian's postgresql package when it is missing. The server lives in a temp folder; stop it with
#   pg_ctl -D "$FRONTDESK_PG_DIR/data" stop   (.ci/run does that on exit).
set -euo pipefail
port="${FRONTDESK_PG_PORT:-54329}"
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    if [ "$(id -u)" -ne 0 ]; then echo "postgresql is not installed and we are not root" >&2; exit 1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/fd-pg.XXXXXX)
run() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
run "'$bin/initdb' -D '$dir/data' -U fd --auth=trust -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
run "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60\" start" >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
echo "$dir" >"${FRONTDESK_PG_DIR_FILE:-/dev/null}"
echo "postgresql://fd@127.0.0.1:$port/postgres"
