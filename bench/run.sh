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
# SHARE (layoff share of the mixed streams, default 0.05); RUNS (runs per row, default 3:
# the row shows the one with the least CPU time, as the machine may be shared).
#
# Throughput is input-file bytes (the JSONL, JSON escaping included) per second:
# "wall" is per second of elapsed time with every core busy, "per core" is per second of
# CPU time (user + sys). Each stream is also run with one extraction thread
# (`-1worker`), the figure comparable with the single-threaded criterion bench.
set -euo pipefail

source "$(dirname "$0")/lib.sh"
DENSE_SIZE=${DENSE_SIZE:-50MB}
MIXED_SIZE=${MIXED_SIZE:-200MB}
BIG_SIZE=${BIG_SIZE:-1GB}
SHARE=${SHARE:-0.05}
BIG=0
for arg in "$@"; do
    case $arg in
        --big) BIG=1 ;;
        *) common_arg "$arg" ;;
    esac
done

build_release headcount-extract gen_stream

generate() { # NAME SIZE SHARE
    generate_cached "$DATA/$1.jsonl" "$2, layoff share $3" "$2" "$3" 1
}

TIME_V=0
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true 2>/dev/null; then TIME_V=1; fi

RUNS=${RUNS:-3}

run_once() { # FILE ERR LOG [VAR=VALUE...]: one timed run; prints "wall cpu rss"
    local file=$1 err=$2 log=$3
    shift 3
    if (( TIME_V )); then
        env "$@" /usr/bin/time -v -o "$log" "$BIN" extract --json "$file" > /dev/null 2> "$err" || true
        local wall cpu rss
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
            n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
        cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
        rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
        echo "$wall $cpu $rss"
    else
        # No GNU time: wall from date, CPU from the shell's children times, no max RSS.
        local t0 t1 c0 c1
        c0=$(times | awk 'NR == 2 { gsub(/[ms]/, " "); print $1 * 60 + $2 + $3 * 60 + $4 }')
        t0=$(date +%s.%N)
        env "$@" "$BIN" extract --json "$file" > /dev/null 2> "$err" || true
        t1=$(date +%s.%N)
        c1=$(times | awk 'NR == 2 { gsub(/[ms]/, " "); print $1 * 60 + $2 + $3 * 60 + $4 }')
        echo "$(echo "$t1 - $t0" | bc) $(echo "$c1 - $c0" | bc) n/a"
    fi
}

measure() { # NAME LABEL [VAR=VALUE...]: the best of $RUNS runs (least CPU time)
    local name=$1 label=$2
    shift 2
    local file=$DATA/$name.jsonl
    local bytes; bytes=$(stat -c %s "$file")
    local log=$DATA/$label.time err=$DATA/$label.stderr
    local best="" r
    for (( k = 0; k < RUNS; k++ )); do
        r=$(run_once "$file" "$err" "$log" "$@")
        if [[ -z $best ]] || awk -v a="$r" -v b="$best" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[2] < y[2]) }'; then
            best=$r
        fi
    done
    local wall cpu rss
    read -r wall cpu rss <<< "$best"
    local docs; docs=$(grep -o '[0-9]* documents read' "$err" | head -1 || true)
    awk -v name="$label" -v b="$bytes" -v w="$wall" -v c="$cpu" -v r="$rss" -v d="${docs% documents read}" \
        'BEGIN { mb = b / 1e6; printf "%-14s %7.1f %8.2f %7.2f %6.2f %8.1f %9.1f %9s  %s\n",
                 name, mb, w, c, c / w, mb / w, mb / c, r, d }'
    if grep -q 'skipped [^0]' "$err" 2>/dev/null || grep -qi 'panick' "$err"; then
        echo "   (see $err: skipped lines or a panic)"
    fi
}

generate dense "$DENSE_SIZE" 1
generate mixed "$MIXED_SIZE" "$SHARE"
(( BIG )) && generate big "$BIG_SIZE" "$SHARE"

echo
machine_line
printf '\n%-14s %7s %8s %7s %6s %8s %9s %9s  %s\n' \
    stream MB wall_s cpu_s cores "MB/s" "MB/s/core" maxRSS_MB documents
measure dense dense
measure dense dense-1worker RAYON_NUM_THREADS=1
measure mixed mixed
measure mixed mixed-1worker RAYON_NUM_THREADS=1
(( BIG )) && measure big big
echo
echo "MB = 10^6 bytes of JSONL input; MB/s/core = MB per CPU-second (user + sys); each row is"
echo "the best of $RUNS runs (least CPU time). '-1worker' rows extract on one thread (the reader"
echo "and the writer keep theirs): what one core does, without two workers sharing a machine."
echo "Stderr of each run: $DATA/*.stderr"
