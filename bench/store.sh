#!/usr/bin/env bash
# Whole-process benchmark of the event store: `headcount ingest` of a news stream into a
# fresh SQLite database, re-ingest of the same stream, and `headcount events` queries on a
# large database (1,000,000 documents, about 100,000 events), timed end to end.
#
#   bench/store.sh              all three
#   bench/store.sh --queries    only the queries (builds the large database if missing)
#
# Targets: ingest >= 20,000 docs/s on a mixed stream (5% layoff articles); re-ingest of
# already-seen documents >= 100,000 docs/s; `events --json --company X` and a month's
# listing each <= 10 ms at 1M documents / 100k events.
#
# Environment: CARGO_TARGET_DIR (default <repo>/target); BENCH_DATA, where streams and the
# large database go (default $CARGO_TARGET_DIR/bench-data; never inside the source tree);
# DOCS / SHARE (the ingest stream, default 200000 documents, 0.05); RUNS (ingest runs,
# default 3); BIG_DOCS / BIG_SHARE (the large database, default 1000000 and 0.3, which
# gives about 100,000 events). Streams and the large database are cached by name.
#
# Times include process start-up and opening the database; the in-process figures come
# from `cargo bench -p headcount-store --bench store`. docs/s is documents per second of
# wall-clock time; "per CPU-s" is per second of CPU time (user + sys), which depends less
# on what else the machine is doing.
set -euo pipefail

source "$(dirname "$0")/lib.sh"
DOCS=${DOCS:-200000}
SHARE=${SHARE:-0.05}
RUNS=${RUNS:-3}
ONLY_QUERIES=0
for arg in "$@"; do
    case $arg in
        --queries) ONLY_QUERIES=1 ;;
        *) common_arg "$arg" ;;
    esac
done
data_outside_source

build_release headcount-store gen_corpus

generate() { # FILE DOCS SHARE
    generate_cached "$1" "$2 documents, layoff share $3" "$2" "$3" 1
}

echo
machine_line

if (( ! ONLY_QUERIES )); then
    STREAM=$DATA/store-mixed-$DOCS-$SHARE.jsonl
    generate "$STREAM" "$DOCS" "$SHARE"
    DB=$DATA/store-ingest.db
    echo
    echo "== ingest of $STREAM ($(stat -c %s "$STREAM") bytes, $DOCS documents)"
    printf '%-10s %3s %8s %8s %10s %12s  %s\n' run n wall_s cpu_s "docs/s" "docs/CPU-s" load
    for run in $(seq 1 "$RUNS"); do
        rm -f "$DB" "$DB-wal" "$DB-shm"
        for what in ingest re-ingest; do
            read -r wall cpu < <(timed "$BIN" --db "$DB" ingest "$STREAM" 2> "$DATA/store-$what.stderr")
            awk -v w="$what" -v r="$run" -v n="$DOCS" -v wall="$wall" -v cpu="$cpu" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
                'BEGIN { printf "%-10s %3d %8.2f %8.2f %10.0f %12.0f  %s\n", w, r, wall, cpu, n / wall, n / cpu, l }'
        done
    done
    echo "last runs: $(tail -n 1 "$DATA/store-ingest.stderr")"
    echo "           $(tail -n 1 "$DATA/store-re-ingest.stderr")"
fi

big_database

echo
echo "== queries on $BIG ($(stat -c %s "$BIG") bytes)"
MONTH=(events --json --since 2024-03-01 --until 2024-03-31)
COMPANY=$("$BIN" --db "$BIG" "${MONTH[@]}" --limit 1 | grep -o '"company":"[^"]*"' | head -n 1 | cut -d'"' -f4)
echo "events: $("$BIN" --db "$BIG" events --json | wc -l); month 2024-03: $("$BIN" --db "$BIG" "${MONTH[@]}" | wc -l) events; company \"$COMPANY\": $("$BIN" --db "$BIG" events --json --company "$COMPANY" | wc -l) events"
if command -v hyperfine > /dev/null; then
    hyperfine -N --warmup 5 --runs 100 \
        -n company "$BIN --db $BIG events --json --company '$COMPANY'" \
        -n month "$BIN --db $BIG ${MONTH[*]}" \
        -n start-up "$BIN --db $BIG events --json --limit 0"
else
    loop() { # NAME ARGS...
        local name=$1; shift
        for _ in 1 2 3 4 5; do "$BIN" --db "$BIG" "$@" > /dev/null; done
        local t0 t1; t0=$(date +%s%N)
        for _ in $(seq 1 100); do "$BIN" --db "$BIG" "$@" > /dev/null; done
        t1=$(date +%s%N)
        awk -v n="$name" -v ns=$((t1 - t0)) 'BEGIN { printf "%-9s %.2f ms a run (mean of 100)\n", n, ns / 100 / 1e6 }'
    }
    loop company events --json --company "$COMPANY"
    loop month "${MONTH[@]}"
    loop start-up events --json --limit 0
fi
echo
echo "start-up = opening the database and printing nothing; in-process figures:"
echo "  CARGO_TARGET_DIR=$TARGET cargo bench -p headcount-store --bench store"
