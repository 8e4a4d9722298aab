# Scaffolding shared by the whole-process benchmarks (bench/run.sh, bench/store.sh):
# where things go, the command line's common part, the release build, cached generated
# streams, and the machine line printed above the figures. Sourced, not run; the caller
# has set `-euo pipefail`, and its own header comment (after the #! line) is its --help.
#
# Sets ROOT (the repository), TARGET (CARGO_TARGET_DIR, default <repo>/target) and DATA
# (BENCH_DATA, default $TARGET/bench-data); build_release sets BIN and GEN.

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

machine_line() {
    echo "machine: $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
