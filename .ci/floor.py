#!/usr/bin/env python3
"""Fail when extraction quality on the dev corpus drops below the floor in floors.json.

The floor is set at the level reached and raised as it rises; a regression fails CI.
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
floors = json.load(open(os.path.join(HERE, "floors.json")))
out = os.path.join(ROOT, "target", "dev-score.json")
subprocess.run([sys.executable, os.path.join(SHARED, "eval", "score.py"), os.path.join(SHARED, "eval", "dev"),
                "--bin", os.path.join(ROOT, "target", "release", "headcount"), "--json", out], check=True)
got = json.load(open(out))
bad = []
for key, floor in floors.items():
    v = got.get(key)
    if key.endswith("rate"):
        ok = v is not None and v <= floor
    else:
        ok = v is not None and v >= floor
    print(f"{key:<28} {v!s:<8} floor {floor}  {'ok' if ok else 'BELOW FLOOR'}")
    if not ok:
        bad.append(key)
if bad:
    sys.exit(f"quality regressed: {', '.join(bad)}")
