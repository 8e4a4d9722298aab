#!/usr/bin/env bash
# The dashboard's browser tests: real headless Chromium (Debian's package) driven by
# playwright-core from npm (tests/browser). Installs what is missing, then runs
# tests/browser/run.mjs against target/release/headcount.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d ../shared/seeds ] && [ "${CI:-}" != "true" ]; then
    echo "note: ../shared not found: the browser tests (seeds + dev corpus) are skipped"
    exit 0
fi

if [ ! -x /usr/bin/chromium ]; then
    echo "installing Debian's chromium"
    as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get install -y -q chromium >/dev/null \
        || { as_root apt-get update -q >/dev/null && as_root apt-get install -y -q chromium >/dev/null; }
fi

if [ ! -d tests/browser/node_modules/playwright-core ]; then
    echo "installing playwright-core (npm ci; it uses /usr/bin/chromium, it downloads no browser)"
    (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

node tests/browser/run.mjs
