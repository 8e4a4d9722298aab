#!/usr/bin/env bash
# Whole-process benchmark of `headcount extract --json`: reading news-please JSON Lines,
# extraction on every core (rayon), and writing claim JSON, timed end to end.
#
#   bench/run.sh            layoff-dense stream (dev corpus repeated, 50 MB) and a mixed
#                           stream (5% layoff articles, 200 MB)
#   bench/run.sh --big      also a 1 GB mixed stream, to show max RSS stays flat
#
# Environment: CARGO_TARGET_DIR (default <repo>/target); BENCH_DATA, where the generated
# streams go (default $CARGO_TARGET_DIR/bench-data; never inside the source tree);
# DENSE_SIZE / MIXED_SIZE / BIG_SIZE (gen_stream sizes, e.g. 50MB, 200MB, 1GB);
# SHARE (layoff share of the mixed streams, default 0.05).
#
# Throughput is input-file bytes (the JSONL, JSON escaping included) per second:
# "wall" is per second of elapsed time with every core busy, "per core" is per second of
# CPU time (user + sys), the figure comparable with the single-threaded criterion bench.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
DATA=${BENCH_DATA:-$TARGET/bench-data}
DENSE_SIZE=${DENSE_SIZE:-50MB}
MIXED_SIZE=${MIXED_SIZE:-200MB}
BIG_SIZE=${BIG_SIZE:-1GB}
SHARE=${SHARE:-0.05}
BIG=0
for arg in "$@"; do
    case $arg in
        --big) BIG=1 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "bench/run.sh: unknown argument $arg (try --help)" >&2; exit 2 ;;
    esac
done

cd "$ROOT"
echo "== building (release) into $TARGET"
CARGO_TARGET_DIR=$TARGET cargo build --release -q -p headcount
CARGO_TARGET_DIR=$TARGET cargo build --release -q -p headcount-extract --example gen_stream
BIN=$TARGET/release/headcount
GEN=$TARGET/release/examples/gen_stream
mkdir -p "$DATA"

# gen_stream is deterministic, so a stream already on disk with the same name is reused.
generate() { # NAME SIZE SHARE
    local file=$DATA/$1.jsonl
    if [[ ! -s $file ]]; then
        echo "== generating $file ($2, layoff share $3)"
        "$GEN" "$2" "$3" 1 > "$file.tmp"
        mv "$file.tmp" "$file"
    fi
}

TIME_V=0
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true 2>/dev/null; then TIME_V=1; fi

CORES=$(nproc)
measure() { # NAME
    local file=$DATA/$1.jsonl
    local bytes; bytes=$(stat -c %s "$file")
    local log=$DATA/$1.time err=$DATA/$1.stderr
    local wall cpu rss
    if (( TIME_V )); then
        /usr/bin/time -v -o "$log" "$BIN" extract --json "$file" > /dev/null 2> "$err" || true
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
            n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
        cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
        rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
    else
        # bash's `times` gives the children's CPU time; no max RSS without GNU time.
        local t0 t1
        t0=$(date +%s.%N)
        "$BIN" extract --json "$file" > /dev/null 2> "$err" || true
        t1=$(date +%s.%N)
        wall=$(echo "$t1 - $t0" | bc)
        cpu=$(times | awk 'NR == 2 { gsub(/[ms]/, " "); print $1 * 60 + $2 + $3 * 60 + $4 }')
        rss=n/a
    fi
    local docs; docs=$(grep -o '[0-9]* documents read' "$err" | head -1 || true)
    awk -v name="$1" -v b="$bytes" -v w="$wall" -v c="$cpu" -v r="$rss" -v d="${docs% documents read}" \
        'BEGIN { mb = b / 1e6; printf "%-8s %9.1f %9.2f %8.2f %8.2f %9.1f %9.1f %10s  %s\n",
                 name, mb, w, c, c / w, mb / w, mb / c, r, d }'
    if grep -q 'skipped [^0]' "$err" 2>/dev/null || grep -qi 'panick' "$err"; then
        echo "   (see $err: skipped lines or a panic)"
    fi
}

generate dense "$DENSE_SIZE" 1
generate mixed "$MIXED_SIZE" "$SHARE"
(( BIG )) && generate big "$BIG_SIZE" "$SHARE"

echo
echo "machine: $CORES cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n%-8s %9s %9s %8s %8s %9s %9s %10s  %s\n' \
    stream MB wall_s cpu_s cores_used "MB/s" "MB/s/core" maxRSS_MB documents
measure dense
measure mixed
(( BIG )) && measure big
echo
echo "MB = 10^6 bytes of JSONL input; MB/s/core = MB per CPU-second (user + sys)."
echo "Stderr of each run: $DATA/*.stderr"
