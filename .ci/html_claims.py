#!/usr/bin/env python3
"""The 181 real news pages of ../shared/eval/html as a negative corpus: how many claims
`headcount extract` makes on them, and how many of those are false by our hand judgement.

Only a handful of these pages report cuts. `html_judged.json` beside this file records,
for each claim we have looked at, whether the page really reports that company's cuts
(judged by reading the page, written by us). A claim not in it is printed as unjudged:
read the page and add it.

Usage: python3 .ci/html_claims.py [--bin PATH] [--json OUT]
"""
import argparse, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
TARGET = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")

ap = argparse.ArgumentParser()
ap.add_argument("--bin", default=os.path.join(TARGET, "release", "headcount"))
ap.add_argument("--json")
args = ap.parse_args()

pages = os.path.join(SHARED, "eval", "html", "pages")
if not os.path.isdir(pages):
    sys.exit(f"html_claims: {pages} not found (the evaluation corpora live in ../shared)")
judged = {(j["url"], j["company"]): j["true"] for j in json.load(open(os.path.join(HERE, "html_judged.json")))}
out = subprocess.run([args.bin, "extract", "--json", pages], capture_output=True, text=True, check=True).stdout
n_pages = with_claims = claims = true = false = unjudged = 0
for line in out.splitlines():
    d = json.loads(line)
    n_pages += 1
    cs = [c for c in d["claims"] if c["kind"] != "hiring"]
    with_claims += bool(cs)
    for c in cs:
        claims += 1
        verdict = judged.get((d["source"].get("url"), c["company"]))
        if verdict is None:
            unjudged += 1
            print(f"unjudged: {d['source'].get('url')} {c['company']!r} {c['kind']}")
        elif verdict:
            true += 1
        else:
            false += 1
            print(f"false: {d['source'].get('url')} {c['company']!r} {c['kind']}")
res = {"pages": n_pages, "pages_with_claims": with_claims, "claims": claims,
       "claims_per_page": round(claims / max(n_pages, 1), 3), "true": true, "false": false,
       "unjudged": unjudged}
for k, v in res.items():
    print(f"{k:<20} {v}")
if args.json:
    json.dump(res, open(args.json, "w"))
