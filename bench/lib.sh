# Scaffolding shared by the whole-process benchmarks (bench/run.sh, bench/store.sh,
# bench/serve.sh): where things go, the command line's common part, the release build,
# cached generated streams, the large database, timing, and the machine line printed
# above the figures. Sourced, not run; the caller
# has set `-euo pipefail`, and its own header comment (after the #! line) is its --help.
#
# Sets ROOT (the repository), TARGET (CARGO_TARGET_DIR, default <repo>/target) and DATA
# (BENCH_DATA, default $TARGET/bench-data); build_release sets BIN and GEN, big_database
# sets BIG.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
DATA=${BENCH_DATA:-$TARGET/bench-data}

# The script's own options are matched first; this handles the rest: --help prints the
# header comment, anything else is an error.
common_arg() { # ARG
    case $1 in
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
        *) echo "bench/$(basename "$0"): unknown argument $1 (try --help)" >&2; exit 2 ;;
    esac
}

# Builds the headcount binary and one generator example in release mode, from the
# repository root, where the rest of the script then runs.
build_release() { # PACKAGE EXAMPLE
    cd "$ROOT"
    echo "== building (release) into $TARGET"
    CARGO_TARGET_DIR=$TARGET cargo build --release -q -p headcount
    CARGO_TARGET_DIR=$TARGET cargo build --release -q -p "$1" --example "$2"
    BIN=$TARGET/release/headcount
    GEN=$TARGET/release/examples/$2
    mkdir -p "$DATA"
}

# The generators are deterministic, so a stream already on disk under the same name is
# reused; a half-written one (an interrupted run) is never taken for a whole one.
generate_cached() { # FILE LABEL GEN-ARGS...
    local file=$1 label=$2
    shift 2
    if [[ ! -s $file ]]; then
        echo "== generating $file ($label)"
        "$GEN" "$@" > "$file.tmp"
        mv "$file.tmp" "$file"
    fi
}

# Streams and databases are large: they never go into the source tree.
data_outside_source() {
    case $DATA in
        "$ROOT"/*) echo "bench/$(basename "$0"): BENCH_DATA must be outside the source tree" >&2; exit 2 ;;
    esac
}

# Runs a command, prints "wall cpu" in seconds.
timed() {
    local log; log=$(mktemp)
    /usr/bin/time -f "%e %U %S" -o "$log" "$@"
    awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$log"
    rm -f "$log"
}

# The large database of the query and load benchmarks: BIG_DOCS documents (default
# 1,000,000) at layoff share BIG_SHARE (default 0.3), about 100,000 events, ingested from
# a generated stream when missing and cached by name (store-1m.db for the defaults).
# Needs `build_release headcount-store gen_corpus`.
big_database() {
    local docs=${BIG_DOCS:-1000000} share=${BIG_SHARE:-0.3}
    BIG=$DATA/store-1m.db
    [[ $docs == 1000000 && $share == 0.3 ]] || BIG=$DATA/store-$docs-$share.db
    [[ -s $BIG ]] && return
    local stream=${BIG%.db}.jsonl wall cpu
    generate_cached "$stream" "$docs documents, layoff share $share" "$docs" "$share" 1
    echo "== building $BIG (ingest of $docs documents, layoff share $share)"
    rm -f "$BIG.tmp" "$BIG.tmp-wal" "$BIG.tmp-shm"
    read -r wall cpu < <(timed "$BIN" --db "$BIG.tmp" ingest "$stream" 2> "$DATA/store-big.stderr")
    mv "$BIG.tmp" "$BIG"
    awk -v n="$docs" -v wall="$wall" -v cpu="$cpu" \
        'BEGIN { printf "built in %.1f s wall, %.1f s CPU: %.0f docs/s, %.0f docs/CPU-s\n", wall, cpu, n / wall, n / cpu }'
    tail -n 1 "$DATA/store-big.stderr"
}

machine_line() {
    echo "machine: $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
