#!/usr/bin/env python3
"""Rebuild dictionaries/grammar/person-nouns-wordnet.txt: common nouns for a kind of person (`importer`, `fan`,
`midwife`), for the `missing-article` rule (`I am importer of wines` → an importer).

    python3 scripts/build-person-nouns.py                 # runs `apt-get download wordnet-base`
    python3 scripts/build-person-nouns.py --wordnet DIR   # DIR holds WordNet 3.0's index.* and data.noun

A lemma is kept when its first (commonest) noun sense is in WordNet 3.0's `noun.person` lexicographer file,
it is one word in lower-case ASCII letters, WordNet has no adjective of that spelling (`native`, `graduate`,
`expert`, `vegan` read as adjectives after `I am`), and SCOWL puts it at size 50 or below
(dictionaries/word-tiers.txt): a word people write. Only the words are taken, as facts about English;
WordNet's licence is kept in dictionaries/grammar/wordnet.LICENSE. Output is deterministic. Standard library +
apt-get/dpkg-deb.
"""
import argparse, os, re, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wordnet_index  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIERS = os.path.join(ROOT, "dictionaries", "word-tiers.txt")
DEST = os.path.join(ROOT, "dictionaries", "grammar", "person-nouns-wordnet.txt")
HEADER = """# person-nouns-wordnet.txt: nouns whose commonest sense is a kind of person (WordNet 3.0's noun.person,
# Princeton University; licence in wordnet.LICENSE), one word, no adjective of the same spelling, SCOWL size
# 50 or below. Built by scripts/build-person-nouns.py; do not edit.
"""
PERSON = 18  # noun.person


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", help="a folder with WordNet 3.0's index.noun, index.adj and data.noun")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wn = wordnet_index.folder(a.wordnet, tmp)
        adjectives = wordnet_index.lemmas(os.path.join(wn, "index.adj"))
        lexfile = {}
        with open(os.path.join(wn, "data.noun"), encoding="utf-8") as fh:
            for line in fh:
                if not line.startswith(" "):
                    p = line.split(" ", 2)
                    lexfile[p[0]] = int(p[1])
        first = {}
        with open(os.path.join(wn, "index.noun"), encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue
                p = line.split()
                offsets = p[6 + int(p[3]):]
                first[p[0]] = lexfile[offsets[0]]
    tiers = {}
    with open(TIERS, encoding="utf-8") as fh:
        for line in fh:
            w, _, t = line.rstrip("\n").partition("\t")
            tiers[w] = int(t)
    words = [w for w, lf in first.items()
             if lf == PERSON and re.fullmatch(r"[a-z]+", w) and w not in adjectives and tiers.get(w, 99) <= 50]
    wordnet_index.write_list(DEST, HEADER, words)


if __name__ == "__main__":
    main()
