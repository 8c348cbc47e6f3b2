#!/usr/bin/env python3
"""Prints what each page of a built site weighs on the wire: its own HTML plus the CSS and JS it
references, each gzip-compressed (level 6, a common server default). Images and the data scripts
loaded only on demand (ON_DEMAND: the search index, the practice cards, the card ids of each chapter)
are left out. print.html, the whole course on one page for printing, is measured but reported apart
from the budgeted pages.

Usage: page_weight.py SITE_FOLDER [--json]
Prints: pages, median, 95th percentile and largest total in bytes, the largest page, and the largest
page apart from print.html.
"""

import gzip
import json
import os
import re
import statistics
import sys

ON_DEMAND = {"search-index.js", "practice-cards.js", "deck.js"}
WHOLE_COURSE_PAGES = {"print.html"}
REFERENCES = re.compile(r'<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"')


def gzipped(path, cache):
    if path not in cache:
        with open(path, "rb") as f:
            cache[path] = len(gzip.compress(f.read(), 6))
    return cache[path]


def page_weight(site, page, cache):
    with open(page, "rb") as f:
        html = f.read()
    total = len(gzip.compress(html, 6))
    for ref in REFERENCES.findall(html.decode("utf-8", "replace")):
        if "://" in ref or os.path.basename(ref.split("?")[0].split("#")[0]) in ON_DEMAND:
            continue
        target = os.path.normpath(os.path.join(os.path.dirname(page), ref.split("?")[0].split("#")[0]))
        if os.path.isfile(target):
            total += gzipped(target, cache)
    return total


def main():
    site = sys.argv[1]
    cache = {}
    weights = {}
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                page = os.path.join(folder, name)
                weights[os.path.relpath(page, site)] = page_weight(site, page, cache)
    values = sorted(weights.values())
    largest = max(weights, key=weights.get)
    budgeted = {page: weight for page, weight in weights.items() if page not in WHOLE_COURSE_PAGES}
    largest_budgeted = max(budgeted, key=budgeted.get)
    result = {"pages": len(values), "median": int(statistics.median(values)),
              "p95": values[int(0.95 * (len(values) - 1))], "max": values[-1], "largest": largest,
              "max_budgeted": budgeted[largest_budgeted], "largest_budgeted": largest_budgeted}
    if "--json" in sys.argv:
        print(json.dumps(result))
    else:
        print("%(pages)d pages: median %(median)d B, p95 %(p95)d B, max %(max)d B (%(largest)s); "
              "largest but print.html %(max_budgeted)d B (%(largest_budgeted)s), gzip -6" % result)


if __name__ == "__main__":
    main()
