#!/bin/sh
# Starts a private PostgreSQL 15 cluster for the test suite and prints its URL.
#
#   scripts/test-postgres.sh start DIR   # creates DIR/cluster on first use, starts it on port 55432
#   scripts/test-postgres.sh stop DIR
#
# The cluster listens on 127.0.0.1 only and trusts local connections; it holds nothing but
# throwaway test schemas. initdb refuses to run as root, so as root the cluster belongs to the
# postgres system user.
set -eu

action=${1:?usage: test-postgres.sh start|stop DIR}
dir=$(realpath -m "${2:?usage: test-postgres.sh start|stop DIR}")
port=${NODUES_TEST_PG_PORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

if [ "$(id -u)" -eq 0 ]; then
    as_owner="runuser -u postgres --"
else
    as_owner=""
fi

case "$action" in
start)
    mkdir -p "$dir"
    if [ -n "$as_owner" ]; then chown postgres "$dir"; fi
    if [ ! -f "$dir/cluster/PG_VERSION" ]; then
        $as_owner "$bin/initdb" -D "$dir/cluster" -U nodues --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! $as_owner "$bin/pg_ctl" -D "$dir/cluster" status >/dev/null 2>&1; then
        $as_owner "$bin/pg_ctl" -D "$dir/cluster" -l "$dir/server.log" -w \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
            || { cat "$dir/server.log" >&2; exit 1; }
    fi
    if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U nodues -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'nodues_test'" | grep -q 1; then
        "$bin/createdb" -h 127.0.0.1 -p "$port" -U nodues nodues_test
    fi
    echo "postgresql://nodues@127.0.0.1:$port/nodues_test"
    ;;
stop)
    if [ -f "$dir/cluster/PG_VERSION" ]; then
        $as_owner "$bin/pg_ctl" -D "$dir/cluster" -m fast stop >/dev/null 2>&1 || true
    fi
    ;;
*)
    echo "usage: test-postgres.sh start|stop DIR" >&2
    exit 2
    ;;
esac
