#!/usr/bin/env python3
"""Rebuild dictionaries/grammar/irregular-plurals.tsv: nouns whose plural is irregular in the Germanic way
(`knife` → `knives`, `loaf` → `loaves`, `foot` → `feet`, `child` → `children`), with the regular form that
writers put in its place (`knifes`), for the rule `irregular-plural`.

    python3 scripts/build-irregular-plurals.py                 # runs `apt-get download wordnet-base`
    python3 scripts/build-irregular-plurals.py --wordnet DIR   # DIR holds WordNet 3.0's noun.exc

The pairs come from WordNet 3.0's noun exception list (Princeton University; Debian package
`wordnet-base`; licence in dictionaries/grammar/wordnet.LICENSE): a plural in -ves of a singular in -f or
-fe, or a plural of man, woman, foot, tooth, goose, louse, child or ox (and their compounds). Latin and
Greek plurals (`criteria`, `curricula`) are left out: their regular forms are accepted variants. A pair is
kept only when the irregular plural is written (Google Books counts of dictionaries/word-freq.txt) and the
regular form at most 5% as often as it, so that both plurals in use are left alone (`hoofs`/`hooves`,
`scarfs`/`scarves`, `leafs`, as in the Maple Leafs). `mouses` and `wharfs` are left out too: dictionaries accept them
(computer mice; American wharves). Only the words are taken, as facts about English. Output is deterministic. Standard library
+ apt-get/dpkg-deb.
"""
import argparse, os, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wordnet_index  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FREQ = os.path.join(ROOT, "dictionaries", "word-freq.txt")
DEST = os.path.join(ROOT, "dictionaries", "grammar", "irregular-plurals.tsv")
HEADER = """# irregular-plurals.tsv: the regular form writers give a noun whose plural is irregular, and the plural
# (`knifes` → `knives`), for the rule `irregular-plural`. Pairs from WordNet 3.0's noun.exc (Princeton
# University; licence in wordnet.LICENSE) with Google Books counts (word-freq.txt).
# Built by scripts/build-irregular-plurals.py; do not edit.
"""
GERMANIC = [("man", "men"), ("foot", "feet"), ("tooth", "teeth"), ("goose", "geese"), ("louse", "lice"),
            ("child", "children"), ("ox", "oxen")]
ACCEPTED_VARIANTS = {"mouses", "wharfs"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", help="a folder with WordNet 3.0's noun.exc")
    a = ap.parse_args()
    freq = {}
    with open(FREQ, encoding="utf-8") as fh:
        for line in fh:
            w, c = line.rstrip("\n").split("\t")
            freq[w] = int(c)
    with tempfile.TemporaryDirectory() as tmp:
        wn = wordnet_index.folder(a.wordnet, tmp)
        with open(os.path.join(wn, "noun.exc"), encoding="utf-8") as fh:
            pairs = [line.split()[:2] for line in fh]
    rows = {}
    for plural, singular in pairs:
        if not plural.isalpha() or not singular.isalpha():
            continue
        germanic = (plural.endswith("ves") and singular.endswith(("f", "fe"))) or any(
            singular.endswith(s) and plural.endswith(p) for s, p in GERMANIC)
        regular = singular + "s"
        if not germanic or regular in ACCEPTED_VARIANTS or regular == plural:
            continue
        written = freq.get(plural, 0)
        if written > 0 and freq.get(regular, 0) <= 0.05 * written:
            rows[regular] = plural
    with open(DEST, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER + "".join(f"{r}\t{rows[r]}\n" for r in sorted(rows)))
    print(f"{DEST}: {len(rows)} pairs")


if __name__ == "__main__":
    main()
