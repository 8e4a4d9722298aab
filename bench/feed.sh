#!/usr/bin/env bash
# Whole-process benchmark of feeds: `headcount ingest` of one RSS 2.0 feed of ITEMS items
# (default 10,000) into a fresh SQLite database, then the same feed again (every item
# already seen, by GUID), timed end to end. The feed is generated here (bench/gen_feed.py,
# standard library only): HTML summaries of about 300 bytes, one item in ten about a round
# of job cuts, the rest other business news.
#
#   bench/feed.sh
#
# Environment: CARGO_TARGET_DIR (default <repo>/target); BENCH_DATA, where the feed and the
# database go (default $CARGO_TARGET_DIR/bench-data); ITEMS; RUNS (default 3, best kept).
# items/s is items per second of wall-clock time, start-up and database creation included;
# "per CPU-s" is per second of CPU time (user + sys).
set -euo pipefail

source "$(dirname "$0")/lib.sh"
ITEMS=${ITEMS:-10000}
RUNS=${RUNS:-3}
for arg in "$@"; do common_arg "$arg"; done

cd "$ROOT"
echo "== building (release) into $TARGET"
CARGO_TARGET_DIR=$TARGET cargo build --release -q -p headcount
BIN=$TARGET/release/headcount
mkdir -p "$DATA"
FEED=$DATA/feed-$ITEMS.xml
[[ -s $FEED ]] || python3 bench/gen_feed.py "$ITEMS" > "$FEED"

timed() { # prints "wall cpu" in seconds
    local log; log=$(mktemp)
    /usr/bin/time -f "%e %U %S" -o "$log" "$@" 2>/dev/null
    awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$log"
    rm -f "$log"
}

echo
machine_line
echo "feed: $FEED ($ITEMS items, $(du -k "$FEED" | cut -f1) KB)"
firsts=; agains=
for _ in $(seq "$RUNS"); do
    rm -f "$DATA"/feed.db*
    first=$(timed "$BIN" --db "$DATA/feed.db" ingest "$FEED")
    again=$(timed "$BIN" --db "$DATA/feed.db" ingest "$FEED")
    echo "run: first $first, again $again (wall s, CPU s)"
    firsts+="$first"$'\n'; agains+="$again"$'\n'
done
best_first=$(printf '%s' "$firsts" | sort -n | head -1)
best_again=$(printf '%s' "$agains" | sort -n | head -1)
report() { # LABEL "wall cpu"
    read -r wall cpu <<< "$2"
    awk -v l="$1" -v n="$ITEMS" -v w="$wall" -v c="$cpu" \
        'BEGIN { printf "%-22s %6.2f s wall  %8.0f items/s   %6.2f CPU s  %8.0f items per CPU-s\n", l, w, n / w, c, n / (c > 0 ? c : 0.01) }'
}
report "ingest (fresh db)" "$best_first"
report "ingest again" "$best_again"
