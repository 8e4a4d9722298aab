#!/usr/bin/env bash
# Whole-process benchmark of concurrent ingest: 1, 2 and 4 `headcount ingest` processes
# writing one generated news stream (split into equal parts, one per writer) into one
# database, on SQLite and on PostgreSQL, timed end to end.
#
#   bench/writers.sh
#
# PostgreSQL: the server named by HEADCOUNT_BENCH_PG (postgres://... of a database the
# script may drop and create databases beside), else a throw-away server on loopback
# started with .ci/postgres.sh (fsync off: a benchmark of headcount, not of the disk).
#
# Environment: CARGO_TARGET_DIR, BENCH_DATA (as bench/store.sh); DOCS / SHARE (the stream,
# default 120000 documents at layoff share 0.3, which gives about 12,000 events); RUNS
# (default 2; the best run is reported).
#
# docs/s is documents per second of wall-clock time for the whole set of writers, from
# the first start to the last exit. "CPU" is user + sys of the writers (their children
# included), not of the PostgreSQL server.
set -euo pipefail

source "$(dirname "$0")/lib.sh"
DOCS=${DOCS:-120000}
SHARE=${SHARE:-0.3}
RUNS=${RUNS:-2}
for arg in "$@"; do common_arg "$arg"; done
data_outside_source
build_release headcount-store gen_corpus

STREAM=$DATA/writers-$DOCS-$SHARE.jsonl
generate_cached "$STREAM" "$DOCS documents, layoff share $SHARE" "$DOCS" "$SHARE" 1

# The stream in N parts of whole lines, round-robin by chunks of 1,000 lines, so that each
# part has its share of every stretch of the stream.
split_parts() { # N
    local n=$1
    rm -f "$DATA"/writers-part-"$n"-*.jsonl
    awk -v n="$n" -v dir="$DATA" '{ part = int((NR - 1) / 1000) % n; print > (dir "/writers-part-" n "-" part ".jsonl") }' "$STREAM"
}

if [[ -z ${HEADCOUNT_BENCH_PG:-} ]]; then
    source "$ROOT/.ci/postgres.sh"
    PG_SERVER=${HEADCOUNT_TEST_PG:-}
else
    PG_SERVER=$HEADCOUNT_BENCH_PG
fi

fresh_pg() { # NAME -> URL
    local base=${PG_SERVER%/*}
    psql -q "$PG_SERVER" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
    echo "$base/$1"
}

# Runs N writers on the N parts into DB; prints "wall cpu".
writers() { # N DB
    local n=$1 db=$2 log; log=$(mktemp)
    local start; start=$(date +%s.%N)
    local pids=()
    for k in $(seq 0 $((n - 1))); do
        /usr/bin/time -f "%U %S" -o "$log.$k" "$BIN" --db "$db" ingest "$DATA/writers-part-$n-$k.jsonl" 2> "$DATA/writers-$n-$k.stderr" &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || { echo "a writer failed: $(tail -n 2 "$DATA"/writers-"$n"-*.stderr)" >&2; exit 1; }; done
    local end; end=$(date +%s.%N)
    local cpu; cpu=$(cat "$log".* | awk '{ s += $1 + $2 } END { printf "%.2f", s }')
    rm -f "$log" "$log".*
    awk -v a="$start" -v b="$end" -v c="$cpu" 'BEGIN { printf "%.2f %s\n", b - a, c }'
}

echo
machine_line
echo "stream: $STREAM ($DOCS documents, layoff share $SHARE, $(stat -c %s "$STREAM") bytes)"
printf '%-10s %7s %4s %8s %8s %10s\n' backend writers run wall_s cpu_s "docs/s"
for n in 1 2 4; do
    split_parts "$n"
    for backend in sqlite postgres; do
        [[ $backend == postgres && -z $PG_SERVER ]] && continue
        for run in $(seq 1 "$RUNS"); do
            if [[ $backend == sqlite ]]; then
                db=$DATA/writers.db
                rm -f "$db" "$db-wal" "$db-shm"
            else
                db=$(fresh_pg "hc_writers")
            fi
            read -r wall cpu < <(writers "$n" "$db")
            awk -v b="$backend" -v n="$n" -v r="$run" -v w="$wall" -v c="$cpu" -v d="$DOCS" \
                'BEGIN { printf "%-10s %7d %4d %8.2f %8.2f %10.0f\n", b, n, r, w, c, d / w }'
        done
    done
done
