#!/usr/bin/env python3
"""Build dictionaries/word-freq.txt: how often each English word is written (issue 12).

Each line is ``word<TAB>count``: the word counts of PyPI ``symspellpy==6.10.1``'s
``frequency_dictionary_en_82_765.txt`` (MIT; SymSpell's list, made by intersecting Google Books
Ngram counts with Hunspell/SCOWL word lists), most frequent first, ties by word. Nothing else is
changed: every word of the source, as written there (lower case).

The suggester ranks its candidates by these counts (`build.rs` stores each indexed word's count, as a
tenth of a power of ten, in the suggestion index): `hte` is `the` before `hate`, `uner` is `under`
before `user`. `scripts/score-dev-corpus.py --check-safe` reads it too. `scripts/build-extended.py`
downloads the same file for its noisy-channel filter (the same code).

Usage:
    python3 scripts/build-word-freq.py [--out dictionaries/word-freq.txt]

Python 3 standard library and pip. Running it twice gives byte-identical output.
"""
import argparse
import importlib.util
import os
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_OUT = os.path.join(ROOT, "dictionaries", "word-freq.txt")


def build_extended():
    spec = importlib.util.spec_from_file_location("build_extended", os.path.join(HERE, "build-extended.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        counts = build_extended().symspell_counts(tmp)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join("%s\t%d\n" % kv for kv in rows))
    print("%s: %d words" % (os.path.relpath(args.out, ROOT), len(rows)))


if __name__ == "__main__":
    main()
