#!/usr/bin/env python3
"""Writes an RSS 2.0 feed of N items (default 10000) to stdout, for bench/feed.sh.

Deterministic: the same N gives the same bytes. One item in ten reports a round of job cuts
at a made-up company; the others are other business news. Summaries are HTML (escaped in
<description>), as most outlets' feeds have them. Standard library only.
"""
import random
import sys
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from html import escape

WORDS = ("Arden Bellwick Corvane Dunmore Elstree Fallow Garnet Hollis Ixworth Juniper Kestrel "
         "Larchmont Merrow Northgate Orrin Pellow Quarry Rushden Saltmarsh Thornbury").split()
KINDS = ("Robotics Freight Analytics Foods Health Software Mining Media Energy Retail").split()
UNITS = ("sales", "customer support", "recruiting", "its cloud unit", "marketing", "operations")
NEWS = (
    "{c} reported quarterly revenue of ${n} million, ahead of what analysts had expected.",
    "{c} opened a new office in {city} and said it would expand its partnerships there.",
    "Shares of {c} rose {p}% after the company raised its forecast for the year.",
    "{c} named a new chief financial officer, who joins from a rival in {city}.",
)
CITIES = ("Denver", "Austin", "Leeds", "Toronto", "Pune", "Lyon", "Osaka", "Tacoma")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rnd = random.Random(10)
    start = datetime(2025, 1, 1, 8, 0, tzinfo=timezone.utc)
    out = sys.stdout
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
              "<title>Business Desk</title><link>https://desk.example/</link>"
              "<description>Generated for bench/feed.sh</description>\n")
    for i in range(n):
        c = f"{rnd.choice(WORDS)} {rnd.choice(KINDS)}"
        city = rnd.choice(CITIES)
        when = start + timedelta(hours=3 * i)
        if i % 10 == 0:
            k = rnd.randrange(20, 3000)
            title = f"{c} cuts {k} jobs"
            body = (f"<p><b>{c}</b> laid off {k} employees on {when:%A}, mostly in "
                    f"{rnd.choice(UNITS)}, the company said in a memo.</p>"
                    f"<p>The cuts follow a slowdown in {city}, a spokesperson said.</p>")
        else:
            title = f"{c}: company news"
            body = "".join("<p>" + rnd.choice(NEWS).format(
                c=c, n=rnd.randrange(5, 900), p=rnd.randrange(1, 15), city=city) + "</p>"
                for _ in range(2))
        out.write(f"<item><title>{escape(title)}</title>"
                  f"<link>https://desk.example/{i}</link>"
                  f'<guid isPermaLink="false">desk-{i}</guid>'
                  f"<pubDate>{format_datetime(when)}</pubDate>"
                  f"<description>{escape(body)}</description></item>\n")
    out.write("</channel></rss>\n")


if __name__ == "__main__":
    main()
