#!/usr/bin/env python3
"""Fail when quality drops below the floors in floors.json.

- "dev": extraction on the labelled dev corpus (shared/eval/score.py).
- "merge": how reports of one round become one event on merge-dev (shared/eval/score_events.py).

Floors are set at the level reached and raised as it rises; a regression fails CI.
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
# The build's target directory: CARGO_TARGET_DIR when set, as cargo itself reads it.
TARGET = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
BIN = os.path.join(TARGET, "release", "headcount")
floors = json.load(open(os.path.join(HERE, "floors.json")))


def score(script, corpus, out):
    subprocess.run([sys.executable, os.path.join(SHARED, "eval", script), os.path.join(SHARED, "eval", corpus),
                    "--bin", BIN, "--json", out], check=True, stdout=subprocess.DEVNULL)
    return json.load(open(out))


got = {
    "dev": score("score.py", "dev", os.path.join(TARGET, "dev-score.json")),
    "merge": score("score_events.py", "merge-dev", os.path.join(TARGET, "merge-score.json")),
}
bad = []
for section, limits in floors.items():
    for key, floor in limits.items():
        v = got[section].get(key)
        if key.endswith("rate") or key.startswith("events_merging"):
            ok = v is not None and v <= floor
        else:
            ok = v is not None and v >= floor
        print(f"{section + '.' + key:<36} {v!s:<8} floor {floor}  {'ok' if ok else 'BELOW FLOOR'}")
        if not ok:
            bad.append(f"{section}.{key}")
if bad:
    sys.exit(f"quality regressed: {', '.join(bad)}")
