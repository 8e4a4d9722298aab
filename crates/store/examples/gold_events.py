#!/usr/bin/env python3
"""The store's rules on perfect claims: a labelled merge corpus's labels become claims, the
claims become events (the events_from_claims example), and score_events.py scores them.

  python3 crates/store/examples/gold_events.py CORPUS_DIR [--bin PATH] [--show] [--claims OUT]

CORPUS_DIR holds articles/ and labels/ (shared/eval/merge-dev, merge-dev2). Each labelled
event is written as the extractor would write it if it were right: a labelled date becomes a
date interval with text; an undated event of a dated article gets the month of publication
with no text (the extractor's fallback); ranges and percentages as labelled. BIN defaults to
target/release/examples/events_from_claims. What this scores is only the store: clustering
and reconciliation given correct claims.
"""
import argparse, calendar, json, os, subprocess, sys, tempfile


def interval(label):
    """A label date ("2022", "2022-08", "2022-08-31", "2023-Q1", "2022-H2") as a date dict."""
    if not label:
        return None
    y = int(label[:4])
    rest = label[5:]
    if not rest:
        return {"text": label, "earliest": f"{y}-01-01", "latest": f"{y}-12-31", "precision": "year"}
    if rest[0] in "Qq":
        q = int(rest[1])
        m0, m1 = 3 * q - 2, 3 * q
        return {"text": label, "earliest": f"{y}-{m0:02}-01",
                "latest": f"{y}-{m1:02}-{calendar.monthrange(y, m1)[1]:02}", "precision": "quarter"}
    if rest[0] in "Hh":
        h = int(rest[1])
        return {"text": label, "earliest": f"{y}-{6 * h - 5:02}-01",
                "latest": f"{y}-{6 * h:02}-{30 if h == 1 else 31}", "precision": "half"}
    if len(rest) == 2:
        m = int(rest)
        return {"text": label, "earliest": f"{y}-{m:02}-01",
                "latest": f"{y}-{m:02}-{calendar.monthrange(y, m)[1]:02}", "precision": "month"}
    return {"text": label, "earliest": label, "latest": label, "precision": "day"}


def claims_of(corpus):
    for f in sorted(os.listdir(os.path.join(corpus, "labels"))):
        if not f.endswith(".json"):
            continue
        lab = json.load(open(os.path.join(corpus, "labels", f)))
        path = os.path.join(corpus, "articles", lab["id"] + ".json")
        art = json.load(open(path)) if os.path.exists(path) else {}
        published = (art.get("date_publish") or "")[:10] or None
        claims = []
        for e in lab.get("events") or []:
            date = interval(e.get("date"))
            if date is None and published:
                y, m = int(published[:4]), int(published[5:7])
                date = {"text": "", "earliest": f"{y}-{m:02}-01",
                        "latest": f"{y}-{m:02}-{calendar.monthrange(y, m)[1]:02}", "precision": "month"}
            hc = None
            if e.get("headcount_min") is not None or e.get("headcount_max") is not None:
                hc = {"text": "label", "min": e.get("headcount_min"), "max": e.get("headcount_max")}
            claims.append({"kind": e["kind"], "company": e["company"], "parent": e.get("parent"),
                           "aliases": e.get("aliases") or [], "date": date, "headcount": hc,
                           "percent": e.get("percent"), "units": e.get("units") or [],
                           "locations": e.get("locations") or []})
        yield {"source": {"path": path, "id": lab["id"], "url": art.get("url"),
                          "title": art.get("title"), "published": published}, "claims": claims}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--bin", default="target/release/examples/events_from_claims")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--claims", help="also write the claims here")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp()
    claims = a.claims or os.path.join(tmp, "claims.jsonl")
    with open(claims, "w") as out:
        for doc in claims_of(a.corpus):
            out.write(json.dumps(doc) + "\n")
    events = os.path.join(tmp, "events.jsonl")
    with open(events, "w") as out:
        subprocess.run([a.bin, claims], stdout=out, check=True)
    scorer = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "eval", "score_events.py")
    if not os.path.exists(scorer):
        scorer = "/work/shared/eval/score_events.py"
    cmd = [sys.executable, scorer, a.corpus, "--events", events] + (["--show"] if a.show else [])
    sys.exit(subprocess.run(cmd).returncode)


if __name__ == "__main__":
    main()
