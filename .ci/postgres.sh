# shellcheck shell=bash
# A throw-away PostgreSQL server on loopback for the PostgreSQL store tests.
#
# Source it, do not run it:   source .ci/postgres.sh
# (.ci/run sources it after the build; a developer can source it in a shell before cargo test.)
#
# What it does:
#   - finds initdb, pg_ctl and postgres: `pg_config --bindir`, then the highest
#     /usr/lib/postgresql/*/bin, then PATH; when none has them it installs Debian's postgresql
#     package (apt-get; sudo -n when not root) and looks again. Debian's package creates and may
#     start a default cluster "main" on port 5432: nothing here uses it, and the script stops it
#     right after installing (it cannot have run before: there were no server binaries).
#   - initdb refuses to run as root, so as root the server runs as the user `postgres` when it
#     exists, else as a system user `headcount-ci` (created with useradd --system); not as root,
#     it runs as the current user.
#   - makes a cluster in a new temporary directory (mktemp -d; under /tmp when root, so the
#     server user can reach it), with a superuser `headcount` and trust authentication. Trust is
#     fine here: the cluster is throw-away, listens on 127.0.0.1 only, and its Unix socket is in
#     the temporary directory (mode 0700). fsync, synchronous_commit and full_page_writes are
#     off: nothing in it needs to survive a crash.
#   - starts it on a free TCP port, creates the database `headcount_test`, and prints one line
#     saying where it runs and which version.
#
# What it exports:
#   HEADCOUNT_TEST_PG          postgres://headcount@127.0.0.1:PORT/headcount_test
#   HEADCOUNT_TEST_PG_RESTART  an executable: restarts the server (pg_ctl restart -m fast -w, as
#                              the server's user); tests use it to simulate a lost connection.
#   HEADCOUNT_TEST_PG_CTL      an executable: pg_ctl for this server as the server's user, with
#                              -D, -l and -w given; pass the action and any options, e.g.
#                              "$HEADCOUNT_TEST_PG_CTL" stop -m fast; "$HEADCOUNT_TEST_PG_CTL" start
#                              (the port and the other settings are in the cluster's
#                              postgresql.conf, so a plain start after a stop keeps them).
#
# Cleanup: defines `postgres_stop` (pg_ctl -m immediate stop, then removes the temporary
# directory and unsets the variables above) and sets `trap postgres_stop EXIT`. An EXIT trap
# already set in the sourcing shell is kept: the new trap runs postgres_stop, then the old
# command. A later `trap ... EXIT` in the sourcing shell replaces ours: call postgres_stop from
# it. A shell killed with SIGKILL runs no trap; the server then stays up (pg_ctl -D DIR/data
# stop, as its user, and rm -rf DIR, by hand). Sourcing the script again stops the previous
# server first.
#
# Failure: prints the error and the tail of the logs. With CI=true the source command returns
# non-zero (fatal in .ci/run, which runs under set -e); otherwise it prints
# "note: PostgreSQL not available: the PostgreSQL store tests are skipped" and returns 0 with
# HEADCOUNT_TEST_PG unset.
#
# It works whether or not the sourcing shell has set -euo pipefail, and changes no shell
# option and not the current directory.

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    echo "error: .ci/postgres.sh is meant to be sourced: source .ci/postgres.sh" >&2
    exit 2
fi

_hc_pg_err() { echo "error: postgres: $*" >&2; }

_hc_pg_as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

# True when directory $1 has the three server programs.
_hc_pg_has_server() { [ -x "$1/initdb" ] && [ -x "$1/pg_ctl" ] && [ -x "$1/postgres" ]; }

# Prints the directory holding initdb, pg_ctl and postgres; fails when there is none.
_hc_pg_find_bindir() {
    local d
    # pg_config alone (libpq-dev) may point at a directory without the server programs.
    if command -v pg_config >/dev/null 2>&1; then
        d=$(pg_config --bindir 2>/dev/null) && _hc_pg_has_server "$d" && { echo "$d"; return 0; }
    fi
    while IFS= read -r d; do
        _hc_pg_has_server "$d" && { echo "$d"; return 0; }
    done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r)
    if d=$(command -v initdb 2>/dev/null); then
        d=$(dirname "$d")
        _hc_pg_has_server "$d" && { echo "$d"; return 0; }
    fi
    return 1
}

# Installs Debian's postgresql package and stops the default cluster it may have started.
_hc_pg_install() {
    if ! command -v apt-get >/dev/null 2>&1; then
        _hc_pg_err "no PostgreSQL server binaries and no apt-get to install them"
        return 1
    fi
    if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
        _hc_pg_err "no PostgreSQL server binaries, and neither root nor sudo to install them"
        return 1
    fi
    echo "== postgres: no server binaries found: installing Debian's postgresql package"
    local t0=$SECONDS
    _hc_pg_as_root apt-get update -qq || { _hc_pg_err "apt-get update failed"; return 1; }
    _hc_pg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
        || { _hc_pg_err "apt-get install postgresql failed"; return 1; }
    echo "== postgres: installed in $((SECONDS - t0)) s"
    # Debian's postinst creates a cluster (main, port 5432) and may start it. We do not use it,
    # and it did not run before (there were no server binaries): stop it. Best effort.
    if command -v pg_lsclusters >/dev/null 2>&1; then
        local ver name _port status _rest
        while read -r ver name _port status _rest; do
            case $status in
                online*) _hc_pg_as_root pg_ctlcluster "$ver" "$name" stop >/dev/null 2>&1 || true ;;
            esac
        done < <(pg_lsclusters -h 2>/dev/null)
    fi
    return 0
}

# Prints the user the server runs as (creating headcount-ci when needed).
_hc_pg_server_user() {
    if [ "$(id -u)" != 0 ]; then
        id -un
    elif id -u postgres >/dev/null 2>&1; then
        echo postgres
    else
        if ! id -u headcount-ci >/dev/null 2>&1; then
            useradd --system --no-create-home --home-dir /nonexistent \
                --shell /usr/sbin/nologin headcount-ci >&2 || return 1
        fi
        echo headcount-ci
    fi
}

# Prints a free TCP port on 127.0.0.1 (a small race with other programs remains: the caller
# retries with another port when the server cannot start).
_hc_pg_free_port() {
    if command -v python3 >/dev/null 2>&1 && python3 -c '
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])' 2>/dev/null; then
        return 0
    fi
    local p
    for ((p = 54320 + RANDOM % 500; p < 55000; p++)); do
        # Nothing accepts a connection there: take it.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return 0
        fi
    done
    return 1
}

# Prints the tails of the named logs (initdb.log, log, createdb.log) of the cluster being
# made, to stderr.
_hc_pg_log_tail() {
    local f
    for f in "$@"; do
        f=$_HC_PG_DIR/$f
        if [ -s "$f" ]; then
            echo "--- last lines of $f:" >&2
            tail -n 25 "$f" >&2
        fi
    done
}

# Makes and starts the cluster; sets _HC_PG_DIR first, so postgres_stop can clean up after a
# failure part-way. Runs with errexit off (called from an if): every step is checked.
_hc_pg_start() {
    local bindir user dir port version locale as_q started=0 try
    if ! bindir=$(_hc_pg_find_bindir); then
        _hc_pg_install || return 1
        if ! bindir=$(_hc_pg_find_bindir); then
            _hc_pg_err "no PostgreSQL server binaries (initdb, pg_ctl, postgres) after installing postgresql"
            return 1
        fi
    fi
    user=$(_hc_pg_server_user) || { _hc_pg_err "cannot create the system user headcount-ci"; return 1; }

    # The command prefix that runs a program as the server's user.
    if [ "$(id -un)" = "$user" ]; then
        _HC_PG_AS=(env)
    elif command -v runuser >/dev/null 2>&1; then
        _HC_PG_AS=(runuser -u "$user" --)
    elif command -v setpriv >/dev/null 2>&1; then
        _HC_PG_AS=(setpriv "--reuid=$user" "--regid=$(id -g "$user")" --init-groups --)
    else
        _hc_pg_err "neither runuser nor setpriv: cannot run the server as $user"
        return 1
    fi

    local base=${TMPDIR:-/tmp}
    [ "$(id -u)" != 0 ] || base=/tmp # TMPDIR may be somewhere the server's user cannot reach
    dir=$(mktemp -d "$base/headcount-pg.XXXXXX") || { _hc_pg_err "mktemp -d failed"; return 1; }
    _HC_PG_DIR=$dir
    if [ "$(id -u)" = 0 ]; then
        chown "$user:" "$dir" || { _hc_pg_err "chown $user $dir failed"; return 1; }
    fi

    # Helpers, made before the server starts so postgres_stop can use them. Each runs from the
    # temporary directory: the server's user may not be able to read the current one.
    as_q=$(printf '%q ' "${_HC_PG_AS[@]}")
    cat >"$dir/pg_ctl" <<EOF
#!/usr/bin/env bash
# pg_ctl for the throw-away test server made by .ci/postgres.sh, as its user ($user).
# Usage: $dir/pg_ctl ACTION [pg_ctl options], e.g. stop -m fast, start, restart, status
cd $(printf '%q' "$dir") || exit 1
exec ${as_q}$(printf '%q ' "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w) "\$@"
EOF
    cat >"$dir/restart" <<EOF
#!/usr/bin/env bash
# Restarts the throw-away test server made by .ci/postgres.sh (fast shutdown, waits until up).
exec $(printf '%q' "$dir/pg_ctl") restart -m fast "\$@"
EOF
    chmod 755 "$dir/pg_ctl" "$dir/restart" || return 1

    # C.UTF-8 when the system has it: byte-order collation like C, but upper/lower and ILIKE
    # know non-ASCII letters.
    locale=C
    case $'\n'"$(locale -a 2>/dev/null)"$'\n' in
        *$'\n'C.utf8$'\n'* | *$'\n'C.UTF-8$'\n'*) locale=C.UTF-8 ;;
    esac
    if ! (cd "$dir" && "${_HC_PG_AS[@]}" "$bindir/initdb" -D "$dir/data" -U headcount \
        --auth=trust --encoding=UTF8 "--locale=$locale" --no-sync) >"$dir/initdb.log" 2>&1; then
        _hc_pg_err "initdb failed (as $user)"
        _hc_pg_log_tail initdb.log
        return 1
    fi
    # The settings go in postgresql.conf rather than pg_ctl -o, so that a start after a stop
    # (HEADCOUNT_TEST_PG_CTL) keeps them; restart would keep -o, start would not.
    {
        echo "# .ci/postgres.sh: a throw-away test server"
        echo "listen_addresses = '127.0.0.1'"
        echo "unix_socket_directories = '$dir'"
        echo "fsync = off"
        echo "synchronous_commit = off"
        echo "full_page_writes = off"
    } >>"$dir/data/postgresql.conf" || return 1

    for try in 1 2 3; do
        port=$(_hc_pg_free_port) || { _hc_pg_err "no free TCP port found"; return 1; }
        echo "port = $port" >>"$dir/data/postgresql.conf" || return 1 # the last one counts
        if "$dir/pg_ctl" start -t 60 >/dev/null; then
            started=1
            break
        fi
        echo "== postgres: start on port $port failed (try $try of 3)" >&2
    done
    if [ "$started" != 1 ]; then
        _hc_pg_err "the server did not start (as $user, in $dir)"
        _hc_pg_log_tail log
        return 1
    fi

    local createdb="$bindir/createdb"
    [ -x "$createdb" ] || createdb=$(command -v createdb) || createdb=""
    if [ -n "$createdb" ]; then
        "$createdb" -h 127.0.0.1 -p "$port" -U headcount headcount_test >"$dir/createdb.log" 2>&1
    elif [ -x "$bindir/psql" ] || command -v psql >/dev/null 2>&1; then
        local psql="$bindir/psql"
        [ -x "$psql" ] || psql=psql
        "$psql" -X -q -h 127.0.0.1 -p "$port" -U headcount -d postgres \
            -c 'CREATE DATABASE headcount_test' >"$dir/createdb.log" 2>&1
    else
        echo "neither createdb nor psql found" >"$dir/createdb.log"
        false
    fi || {
        _hc_pg_err "could not create the database headcount_test"
        _hc_pg_log_tail createdb.log log
        return 1
    }

    version=$("$bindir/postgres" --version 2>/dev/null) || version="(version unknown)"
    version="PostgreSQL ${version#postgres (PostgreSQL) }" # postgres (PostgreSQL) 15.18 (Debian ...)
    export HEADCOUNT_TEST_PG="postgres://headcount@127.0.0.1:$port/headcount_test"
    export HEADCOUNT_TEST_PG_CTL="$dir/pg_ctl"
    export HEADCOUNT_TEST_PG_RESTART="$dir/restart"
    echo "== postgres: $version from $bindir, as user $user, on 127.0.0.1:$port, in $dir: HEADCOUNT_TEST_PG=$HEADCOUNT_TEST_PG"
    return 0
}

# Stops the throw-away server (immediate shutdown), removes its directory and unsets the
# variables. Safe to call more than once, and when nothing was started, and under set -e
# (errexit is off inside a function called from the left of ||).
postgres_stop() { _hc_pg_stop || true; }

_hc_pg_stop() {
    local dir=${_HC_PG_DIR:-} pid=""
    unset HEADCOUNT_TEST_PG HEADCOUNT_TEST_PG_CTL HEADCOUNT_TEST_PG_RESTART _HC_PG_DIR
    [ -n "$dir" ] || return 0
    if [ -f "$dir/data/postmaster.pid" ]; then
        pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null)
        "$dir/pg_ctl" stop -m immediate >/dev/null 2>&1
        # Should pg_ctl fail, kill the postmaster it recorded, if it is still that postmaster.
        if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
            && [[ "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" == *"$dir/data"* ]]; then
            kill -QUIT "$pid" 2>/dev/null
            sleep 1
            kill -KILL "$pid" 2>/dev/null
        fi
    fi
    case $dir in
        */headcount-pg.*) rm -rf -- "$dir" ;;
    esac
    return 0
}

# Adds postgres_stop to the EXIT trap, before any command already there.
_hc_pg_trap() {
    local prev
    prev=$(trap -p EXIT)
    case $prev in
        *postgres_stop*) ;;
        "") trap postgres_stop EXIT ;;
        *)
            eval "set -- $prev" # trap -- 'COMMAND' EXIT
            # shellcheck disable=SC2064 # expand the old command now
            trap "postgres_stop; $3" EXIT
            ;;
    esac
}

unset HEADCOUNT_TEST_PG HEADCOUNT_TEST_PG_CTL HEADCOUNT_TEST_PG_RESTART
postgres_stop # sourced again: the previous server goes first
_hc_pg_trap   # before the start, so an interrupted start is cleaned up too
if ! _hc_pg_start; then
    postgres_stop
    if [ "${CI:-}" = "true" ]; then
        _hc_pg_err "CI (CI=true) needs a PostgreSQL server for the PostgreSQL store tests"
        return 1
    fi
    echo "note: PostgreSQL not available: the PostgreSQL store tests are skipped"
fi
true
