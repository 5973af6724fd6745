#!/usr/bin/env python3
"""Spelling findings per 1,000 words on the development corpus, by profession (issue 12).

    python3 scripts/build-dev-corpus.py                         # once: target/dev-corpus/
    python3 scripts/score-dev-corpus.py --half dev --show 30    # counts + the most flagged words
    python3 scripts/score-dev-corpus.py --half heldout          # counts only: the words stay unread
    python3 scripts/score-dev-corpus.py --bin /tmp/proofile-base --half dev

The corpus is edited reference text (ESCO), so nearly every finding is a false alarm, except real
typos in the source. Those are separated without reading them: a finding whose word is the wrong
form of a known misspelling pair is counted as `typo` (lists: npm
`@cspell/dict-en-common-misspellings`, fetched once with `npm pack` into the corpus folder, and every
`--typos FILE` given, by default `target/misspellings.tsv` when it exists: codespell pairs from
`../shared/tools/get-misspellings.sh`). Findings whose message says the word is written another way
(brand or acronym casing, `‘linkedin’ is written ‘LinkedIn’`) are counted as `case`, dialect
spellings as `dialect`. `per 1k` is every finding, `excl typo` leaves the known typos out, and
`excl t+c` leaves known typos and casing out. Words are counted with the same rough regex on the
prose lines (not the `#` heading lines). Python 3 standard library (+ the npm CLI once).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")
CSPELL_MISSPELLINGS = ("@cspell/dict-en-common-misspellings", "2.2.6")
KINDS = ("typo", "case", "dialect", "other")


def cspell_misspellings(cache):
    """The wrong forms listed by @cspell/dict-en-common-misspellings, cached in `cache`."""
    if not os.path.exists(cache):
        import importlib.util

        sys.path.insert(0, os.path.join(ROOT, "scripts"))
        from npm_pack import npm_unpack

        spec = importlib.util.spec_from_file_location("build_extended", os.path.join(ROOT, "scripts", "build-extended.py"))
        be = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(be)
        with tempfile.TemporaryDirectory() as tmp:
            bad = be.misspellings(npm_unpack("%s@%s" % CSPELL_MISSPELLINGS, tmp))
        with open(cache, "w", encoding="utf-8") as fh:
            fh.write("".join(w + "\n" for w in sorted(bad)))
    with open(cache, encoding="utf-8") as fh:
        return {l.strip() for l in fh if l.strip()}


def known_typos(args):
    bad = set()
    if not args.no_fetch:
        bad |= cspell_misspellings(os.path.join(args.corpus, "cspell-misspellings.txt"))
    typos = args.typos
    if typos is None:
        default = os.path.join(ROOT, "target", "misspellings.tsv")
        typos = [default] if os.path.exists(default) else []
    for path in typos:
        with open(path, encoding="utf-8") as fh:
            bad |= {l.split("\t")[0].strip().lower() for l in fh if l.strip()}
    return bad


def kind_of(d, bad):
    text = d.get("text", "")
    msg = d.get("message", "")
    if text.lower() in bad:
        return "typo"
    if " is written " in msg:
        return "case"
    if " spelling" in msg and msg.startswith("‘") and " is not " in msg:
        return "dialect"
    return "other"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "target", "dev-corpus"))
    ap.add_argument("--half", choices=("dev", "heldout"), required=True)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "proofile"))
    ap.add_argument("--show", type=int, default=0, help="print the N most flagged words (dev half)")
    ap.add_argument("--dialect", default="auto")
    ap.add_argument("--typos", action="append", default=None,
                    help="misspelling list (wrong<TAB>right...), repeatable; default target/misspellings.tsv")
    ap.add_argument("--no-fetch", action="store_true", help="do not use the npm misspelling list")
    args = ap.parse_args()
    base = os.path.join(args.corpus, args.half)
    if not os.path.isdir(base):
        sys.exit("no corpus at %s: run scripts/build-dev-corpus.py first" % base)
    bad = known_typos(args)
    flagged = collections.Counter()
    where = {}
    total_w = 0
    total = collections.Counter()
    head = ("profession", "words", "findings") + KINDS + ("per 1k", "excl typo", "excl t+c")
    print("%-12s %7s %8s %5s %5s %7s %5s %7s %9s %8s" % head)
    for prof in sorted(os.listdir(base)):
        folder = os.path.join(base, prof)
        if not os.path.isdir(folder):
            continue
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
        n = collections.Counter()
        for f in json.loads(out.stdout)["files"]:
            for d in f.get("diagnostics", []):
                kind = kind_of(d, bad)
                n[kind] += 1
                text = d.get("text", "?")
                flagged[(prof, text, kind)] += 1
                sugg = d.get("suggestions") or []
                sugg = [s.get("replacement", s) if isinstance(s, dict) else s for s in sugg]
                where.setdefault((prof, text, kind), (os.path.basename(f["path"]), sugg[:3]))
        total_w += words
        total += n
        row(prof, words, n)
    row("all", total_w, total)
    if args.show and args.half == "dev":
        print("\nmost flagged (profession, word, kind, count, first file, suggestions):")
        for (prof, text, kind), c in flagged.most_common(args.show):
            print("  %-12s %-24s %-7s %3d  %s %s" % (prof, text, kind, c, *where[(prof, text, kind)]))
    elif args.show:
        print("\n(--show is for the dev half only: the held-out words stay unread)")


def row(name, words, n):
    all_ = sum(n.values())
    per = lambda k: 1000.0 * k / max(words, 1)
    print("%-12s %7d %8d %5d %5d %7d %5d %7.2f %9.2f %8.2f" % (
        name, words, all_, *(n[k] for k in KINDS), per(all_), per(all_ - n["typo"]),
        per(all_ - n["typo"] - n["case"])))


if __name__ == "__main__":
    main()
