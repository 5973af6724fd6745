#!/usr/bin/env python3
"""Spelling findings per 1,000 words on the development corpus, by profession (issue 12).

    python3 scripts/build-dev-corpus.py                         # once: target/dev-corpus/
    python3 scripts/score-dev-corpus.py --half dev --show 30    # counts + the most flagged words
    python3 scripts/score-dev-corpus.py --half heldout          # counts only: the words stay unread
    python3 scripts/score-dev-corpus.py --bin /tmp/proofile-base --half dev

The corpus is edited reference text (ESCO), so nearly every finding is a false alarm; the few that
are real typos in the source are to be judged by hand on the dev half (`--show`). Words are counted
with the same rough regex on the prose lines (not the `#` heading lines). Standard library only.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "target", "dev-corpus"))
    ap.add_argument("--half", choices=("dev", "heldout"), required=True)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "proofile"))
    ap.add_argument("--show", type=int, default=0, help="print the N most flagged words (dev half)")
    ap.add_argument("--dialect", default="auto")
    args = ap.parse_args()
    base = os.path.join(args.corpus, args.half)
    if not os.path.isdir(base):
        sys.exit("no corpus at %s: run scripts/build-dev-corpus.py first" % base)
    flagged = collections.Counter()
    where = {}
    total_w = total_f = 0
    print("%-12s %7s %8s %8s" % ("profession", "words", "findings", "per 1k"))
    for prof in sorted(os.listdir(base)):
        folder = os.path.join(base, prof)
        words = 0
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                words += sum(len(WORD.findall(l)) for l in fh if not l.startswith("#"))
        out = subprocess.run(
            [args.bin, "check", folder, "--format", "json", "--select", "spelling",
             "--fail-on", "never", "--no-config", "--dialect", args.dialect],
            capture_output=True, text=True,
        )
        if out.returncode not in (0, 1):
            sys.exit(out.stderr)
        n = 0
        for f in json.loads(out.stdout)["files"]:
            for d in f.get("diagnostics", []):
                n += 1
                text = d.get("text", "?")
                flagged[(prof, text)] += 1
                sugg = d.get("suggestions") or []
                sugg = [s.get("replacement", s) if isinstance(s, dict) else s for s in sugg]
                where.setdefault((prof, text), (os.path.basename(f["path"]), sugg[:3]))
        total_w += words
        total_f += n
        print("%-12s %7d %8d %8.2f" % (prof, words, n, 1000.0 * n / max(words, 1)))
    print("%-12s %7d %8d %8.2f" % ("all", total_w, total_f, 1000.0 * total_f / max(total_w, 1)))
    if args.show and args.half == "dev":
        print("\nmost flagged (profession, word, count, first file, suggestions):")
        for (prof, text), c in flagged.most_common(args.show):
            print("  %-12s %-24s %3d  %s %s" % (prof, text, c, *where[(prof, text)]))
    elif args.show:
        print("\n(--show is for the dev half only: the held-out words stay unread)")


if __name__ == "__main__":
    main()
