#!/usr/bin/env python3
"""Spelling findings per 1,000 words on the development corpus, by profession (issue 12).

    python3 scripts/build-dev-corpus.py                         # once: target/dev-corpus/
    python3 scripts/score-dev-corpus.py --half dev --show 30    # counts + the most flagged words
    python3 scripts/score-dev-corpus.py --half heldout          # counts only: the words stay unread
    python3 scripts/score-dev-corpus.py --bin /tmp/proofile-base --half dev
    python3 scripts/score-dev-corpus.py --half heldout --check-safe   # + the safe fixes' oracle, counts only

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

`--check-safe` checks the rule that a safe fix never changes a correct word, without reading the words:
every finding with a safe fix whose word is not a known typo is looked up by independent judges, and
only counts are printed (on the dev half `--show` also lists the words): how many Debian's Hunspell
accepts as written (`hunspell -d en_US` or `-d en_GB`, packages `hunspell-en-us hunspell-en-gb`), how
many are in the word counts of `dictionaries/word-freq.txt` with a count of at least `--min-count`,
and how many neither knows (likely real typos). A word a judge knows is a correct word the fix would
change.
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


def hunspell_accepts(words, dic):
    """The words Debian's `hunspell -d DIC` accepts as written (None when hunspell or DIC is missing)."""
    if not words:
        return set()
    try:
        out = subprocess.run(["hunspell", "-d", dic, "-l"], input="\n".join(words) + "\n",
                             capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    rejected = set(out.stdout.split())
    return {w for w in words if w not in rejected}


def word_counts():
    with open(os.path.join(ROOT, "dictionaries", "word-freq.txt"), encoding="utf-8") as fh:
        return {w: int(n) for w, n in (l.rstrip("\n").split("\t") for l in fh if "\t" in l)}


def check_safe(safe, min_count, show):
    """Counts (and with `show` the words) of the safe-fixed findings whose word is not a known typo."""
    words = sorted({w for w, _ in safe})
    us, gb = hunspell_accepts(words, "en_US"), hunspell_accepts(words, "en_GB")
    if us is None or gb is None:
        sys.exit("--check-safe needs hunspell with en_US and en_GB: apt-get install hunspell hunspell-en-us hunspell-en-gb")
    counts = word_counts()
    common = {w for w in words if counts.get(w.lower(), 0) >= min_count}
    hun = us | gb
    n = collections.Counter()
    for w, _ in safe:
        n["findings"] += 1
        n["hunspell"] += w in hun
        n["counted"] += w in common
        n["either"] += w in hun or w in common
    print("\nsafe fixes on words that are not known typos: %d findings (%d words)" % (n["findings"], len(words)))
    print("  accepted by hunspell en_US or en_GB: %d findings (%d words)" % (n["hunspell"], len(hun)))
    print("  in word-freq.txt with count >= %d:  %d findings (%d words)" % (min_count, n["counted"], len(common)))
    print("  known to either (correct words):    %d findings (%d words)" % (n["either"], len(hun | common)))
    print("  known to neither (likely typos):    %d findings (%d words)" % (
        n["findings"] - n["either"], len(words) - len(hun | common)))
    if show:
        for w, fix in sorted(set(safe)):
            judge = ",".join(j for j, ok in (("hunspell", w in hun), ("counted", w in common)) if ok) or "-"
            print("    %-24s -> %-24s %s" % (w, fix, judge))


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
    ap.add_argument("--check-safe", action="store_true",
                    help="count safe fixes on words an independent dictionary knows (counts only on heldout)")
    ap.add_argument("--min-count", type=int, default=100000,
                    help="--check-safe: a word-freq.txt count that makes a word known (default 100000)")
    args = ap.parse_args()
    base = os.path.join(args.corpus, args.half)
    if not os.path.isdir(base):
        sys.exit("no corpus at %s: run scripts/build-dev-corpus.py first" % base)
    bad = known_typos(args)
    flagged = collections.Counter()
    where = {}
    safe = []  # (word, fix) of each finding with a safe fix whose word is not a known typo
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
                fixes = d.get("safe_fixes") or []
                if fixes and kind != "typo":
                    safe.append((d.get("text", ""), fixes[0]))
                text = d.get("text", "?")
                flagged[(prof, text, kind)] += 1
                sugg = d.get("suggestions") or []
                sugg = [s.get("replacement", s) if isinstance(s, dict) else s for s in sugg]
                where.setdefault((prof, text, kind), (os.path.basename(f["path"]), sugg[:3]))
        total_w += words
        total += n
        row(prof, words, n)
    row("all", total_w, total)
    if args.check_safe:
        check_safe(safe, args.min_count, args.show if args.half == "dev" else 0)
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
