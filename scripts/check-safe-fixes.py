#!/usr/bin/env python3
"""How many injected misspellings get a safe fix, and how many of those fixes are the right word.

    python3 scripts/check-safe-fixes.py                      # 6,000 codespell misspellings, seed 1
    python3 scripts/check-safe-fixes.py --sample 2000 --seed 3 --show 20
    python3 scripts/check-safe-fixes.py --bin /tmp/proofile-base

Each misspelling (the wrong form of a `wrong<TAB>right[<TAB>source]` pair, by default the codespell
pairs of `target/misspellings.tsv` from `../shared/tools/get-misspellings.sh`) is put in a sentence of
its own ("We noted the <wrong> in the report."), the sentences are checked in batches as JSON Resume
work summaries with `proofile check --select spelling`, and for each one the script counts whether
the word was flagged, whether the finding carries a safe fix, and whether that fix is one of the
pair's right words. A safe fix that is not the right word is a wrong word written unasked by
`proofile fix`: `--show N` prints the first N of them. Python 3 standard library.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "We noted the "
SUFFIX = " in the report."
BATCH = 250


def pairs(path, source):
    rights = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            c = line.rstrip("\n").split("\t")
            if len(c) < 2 or (source and len(c) >= 3 and c[2] != source):
                continue
            wrong, right = c[0].strip(), c[1].strip()
            if wrong.isalpha() and wrong.islower() and wrong.isascii() and right:
                rights.setdefault(wrong, set()).add(right.lower())
    return rights


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misspellings", default=os.path.join(ROOT, "target", "misspellings.tsv"))
    ap.add_argument("--source", default="codespell", help="third column to keep ('' for every pair)")
    ap.add_argument("--sample", type=int, default=6000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "proofile"))
    ap.add_argument("--show", type=int, default=0, help="print N safe fixes that are not the right word")
    args = ap.parse_args()
    if not os.path.exists(args.misspellings):
        sys.exit("no %s: run ../shared/tools/get-misspellings.sh and copy it there" % args.misspellings)
    rights = pairs(args.misspellings, args.source)
    wrongs = sorted(rights)
    sample = random.Random(args.seed).sample(wrongs, min(args.sample, len(wrongs)))
    flagged = safe = right = 0
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        for b in range(0, len(sample), BATCH):
            doc = {"basics": {"name": "Test Person"},
                   "work": [{"summary": PREFIX + w + SUFFIX} for w in sample[b:b + BATCH]]}
            with open(os.path.join(tmp, "b%05d.json" % b), "w", encoding="utf-8") as fh:
                json.dump(doc, fh)
        out = subprocess.run([args.bin, "check", tmp, "--format", "json", "--select", "spelling",
                              "--fail-on", "never", "--no-config"], capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(out.stderr)
        start, end = len(PREFIX), None
        for f in json.loads(out.stdout)["files"]:
            b = int(os.path.basename(f["path"])[1:6])
            for d in f.get("diagnostics", []):
                path = d["section"]["path"] if isinstance(d.get("section"), dict) else d.get("section")
                i = int(path.split("[")[1].split("]")[0])
                w = sample[b + i]
                if d["span"]["start"] != start or d["span"]["end"] != start + len(w):
                    continue
                flagged += 1
                fixes = d.get("safe_fixes") or []
                if fixes:
                    safe += 1
                    if fixes[0].lower() in rights[w]:
                        right += 1
                    else:
                        bad.append((w, fixes[0], sorted(rights[w])))
    print("misspellings %d  flagged %d  safe fixes %d  right %d  wrong %d" % (
        len(sample), flagged, safe, right, safe - right))
    for w, fix, r in bad[:args.show]:
        print("  %-20s -> %-20s (right: %s)" % (w, fix, ", ".join(r)))


if __name__ == "__main__":
    main()
