#!/usr/bin/env bash
# Load benchmark of `headcount serve` on the large database of bench/store.sh (1,000,000
# documents, about 100,000 events): requests/s and p50/p99/max latency of `/`,
# `/events?company=…`, `/events/{id}` and `/api/v1/events`, each loaded in turn by
# CLIENTS keep-alive clients for SECONDS_EACH seconds (crates/web/examples/load.rs, on
# loopback only). Latency is measured at the client, so it is an upper bound on server
# time; on a small machine the clients take CPU from the server.
#
#   bench/serve.sh
#
# Target: p99 <= 10 ms with 8 concurrent clients.
#
# Cold start is reported apart: the time from starting the server to its first answer
# (opening the database, and running any pending migration, such as migration 5's
# full-text backfill on a database an older headcount built), then each path asked once
# by one client: the first `/` and `/events?…` compute the aggregates that the server
# caches (facet counts, monthly totals) until the database changes.
#
# Environment: as bench/store.sh (CARGO_TARGET_DIR, BENCH_DATA, BIG_DOCS, BIG_SHARE);
# CLIENTS (default 8), SECONDS_EACH (default 10).
set -euo pipefail

source "$(dirname "$0")/lib.sh"
CLIENTS=${CLIENTS:-8}
SECONDS_EACH=${SECONDS_EACH:-10}
for arg in "$@"; do
    common_arg "$arg"
done
data_outside_source

build_release headcount-store gen_corpus
CARGO_TARGET_DIR=$TARGET cargo build --release -q -p headcount-web --example load
LOAD=$TARGET/release/examples/load

big_database

# Percent-encodes a query value, byte by byte.
urlencode() { # VALUE
    local LC_ALL=C s=$1 out='' c i
    for ((i = 0; i < ${#s}; i++)); do
        c=${s:i:1}
        case $c in
            [A-Za-z0-9._~-]) out+=$c ;;
            *) out+=$(printf '%%%02X' "'$c") ;;
        esac
    done
    printf '%s' "$out"
}

# A company and an event from the month bench/store.sh queries: an ordinary company,
# with a handful of rounds.
ROW=$("$BIN" --db "$BIG" events --json --since 2024-03-01 --until 2024-03-31 --limit 1)
COMPANY=$(grep -o '"company":"[^"]*"' <<< "$ROW" | head -n 1 | cut -d'"' -f4)
ID=$(grep -o '"id":"[^"]*"' <<< "$ROW" | head -n 1 | cut -d'"' -f4)
[[ -n $COMPANY && -n $ID ]] || { echo "bench/serve.sh: no event in 2024-03 in $BIG" >&2; exit 1; }
PATHS=(/ "/events?company=$(urlencode "$COMPANY")" "/events/$ID" /api/v1/events)

echo
machine_line
echo "database: $BIG ($(stat -c %s "$BIG") bytes); company \"$COMPANY\", event $ID"

LOG=$(mktemp)
t0=$(date +%s%N)
"$BIN" --db "$BIG" serve --addr 127.0.0.1:0 2> "$LOG" &
SERVER=$!
# The server stops on SIGINT (Ctrl-C), gracefully.
trap 'kill -INT "$SERVER" 2> /dev/null; wait "$SERVER" 2> /dev/null; rm -f "$LOG"' EXIT
BASE=
while [[ -z $BASE ]]; do
    kill -0 "$SERVER" 2> /dev/null || { echo "bench/serve.sh: the server stopped:" >&2; cat "$LOG" >&2; exit 1; }
    BASE=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$LOG" | head -n 1 || true)
    [[ -n $BASE ]] || sleep 0.05
done
t1=$(date +%s%N)
echo "server: $(head -n 1 "$LOG")"
awk -v ns=$((t1 - t0)) 'BEGIN { printf "server listening %.2f s after start (opening the database, migrations included)\n", ns / 1e9 }'

echo
echo "== cold: each path asked once, by one client, on the fresh server"
"$LOAD" --clients 1 --requests 1 "$BASE" "${PATHS[@]}"

echo
echo "== steady state: $CLIENTS clients, ${SECONDS_EACH} s a path (load average $(cut -d' ' -f1 /proc/loadavg) before)"
"$LOAD" --clients "$CLIENTS" --seconds "$SECONDS_EACH" "$BASE" "${PATHS[@]}" \
    | awk 'NR == 1 { print $0 "  p99<=10ms"; next } { print $0 "  " ($5 <= 10 ? "met" : "MISSED") }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
