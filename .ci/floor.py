#!/usr/bin/env python3
"""Fail when quality drops below the floors in floors.json.

Sections, each scored by the shared scorers in ../shared/eval:
- "dev", "dev2": extraction on the labelled corpora (score.py).
- "merge", "merge2": how reports of one round become one event on merge-dev and
  merge-dev2 (score_events.py).
- "html": claims on the 181 real pages of eval/html, a negative corpus (html_claims.py
  beside this file, against our hand judgements).

Floors are set at the level reached and raised as it rises; a regression fails CI.
Without ../shared the check is skipped with a one-line message, unless CI=true, where a
missing ../shared is an error.
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
# The build's target directory: CARGO_TARGET_DIR when set, as cargo itself reads it.
TARGET = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
BIN = os.path.join(TARGET, "release", "headcount")

if not os.path.isdir(os.path.join(SHARED, "eval")):
    msg = f"quality floors: {SHARED}/eval not found; skipped the dev, dev2, merge-dev, merge-dev2 and html checks"
    if os.environ.get("CI") == "true":
        sys.exit(f"error: {msg} (CI=true needs ../shared beside the repository)")
    print(msg)
    sys.exit(0)

floors = json.load(open(os.path.join(HERE, "floors.json")))


def score(script, corpus, out):
    subprocess.run([sys.executable, os.path.join(SHARED, "eval", script), os.path.join(SHARED, "eval", corpus),
                    "--bin", BIN, "--json", out], check=True, stdout=subprocess.DEVNULL)
    return json.load(open(out))


def html(out):
    subprocess.run([sys.executable, os.path.join(HERE, "html_claims.py"), "--bin", BIN, "--json", out],
                   check=True, stdout=subprocess.DEVNULL)
    return json.load(open(out))


got = {
    "dev": score("score.py", "dev", os.path.join(TARGET, "dev-score.json")),
    "dev2": score("score.py", "dev2", os.path.join(TARGET, "dev2-score.json")),
    "merge": score("score_events.py", "merge-dev", os.path.join(TARGET, "merge-score.json")),
    "merge2": score("score_events.py", "merge-dev2", os.path.join(TARGET, "merge2-score.json")),
    "html": html(os.path.join(TARGET, "html-claims.json")),
}
bad = []
for section, limits in floors.items():
    for key, floor in limits.items():
        v = got[section].get(key)
        ceiling = key.endswith("rate") or key.startswith("events_merging") or key in ("false", "unjudged")
        ok = v is not None and (v <= floor if ceiling else v >= floor)
        print(f"{section + '.' + key:<36} {v!s:<8} {'ceiling' if ceiling else 'floor'} {floor}  {'ok' if ok else 'OUT OF BOUNDS'}")
        if not ok:
            bad.append(f"{section}.{key}")
if bad:
    sys.exit(f"quality regressed: {', '.join(bad)}")
