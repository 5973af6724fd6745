#!/usr/bin/env python3
"""Rebuild dictionaries/grammar/noun-adjectives.txt: the stems of the bundled en_US.dic that its affix flags
mark as nouns only (flag M, or S without a verb flag, and no -est), but that English uses only as
adjectives (`brilliant`, `valuable`, `native`), so that the grammar lexicon (src/text/word_class.rs) can tag
them as adjectives too (`it's brilliant` is not `its brilliant`).

    python3 scripts/build-noun-adjectives.py                 # runs `apt-get download wordnet-base`
    python3 scripts/build-noun-adjectives.py --wordnet DIR   # DIR holds WordNet 3.0's index.noun/.adj

A stem is kept when WordNet 3.0 (Princeton University; Debian package `wordnet-base`) lists it as an adjective
with at least one sense tagged in its sense-tagged corpus (`tagsense_cnt` >= 1), its adjective senses are tagged
and none of its noun senses is (`key`, `chemical`, `professional` stay nouns), it is no function word of closed-classes.tsv (`all`), and it has three letters or more.
Only the words are taken, as facts about English; WordNet's licence is kept in
dictionaries/grammar/wordnet.LICENSE. Output is deterministic. Standard library + apt-get/dpkg-deb.
"""
import argparse, os, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wordnet_index  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STEMS = os.path.join(ROOT, "dictionaries", "grammar", "word-stems.tsv")
CLOSED = os.path.join(ROOT, "dictionaries", "grammar", "closed-classes.tsv")
DEST = os.path.join(ROOT, "dictionaries", "grammar", "noun-adjectives.txt")
HEADER = """# noun-adjectives.txt: stems that en_US.dic's flags mark as nouns only but that English uses only as adjectives
# (no noun sense tagged; WordNet 3.0, Princeton University; licence in wordnet.LICENSE). Built by
# scripts/build-noun-adjectives.py; do not edit.
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", help="a folder with WordNet 3.0's index.noun and index.adj")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wn = wordnet_index.folder(a.wordnet, tmp)
        noun, adj = (wordnet_index.tagged_senses(os.path.join(wn, "index." + p)) for p in ("noun", "adj"))
    # The function words keep the classes closed-classes.tsv gives them (`all`).
    with open(CLOSED, encoding="utf-8") as fh:
        closed = {l.split("\t", 1)[0] for l in fh if l.strip() and not l.startswith("#")}
    words = set()
    with open(STEMS, encoding="utf-8") as fh:
        for line in fh:
            stem, _, flags = line.rstrip("\n").partition("\t")
            verb = "D" in flags or "G" in flags
            noun_only = ("M" in flags or "S" in flags) and not verb and "T" not in flags
            n, j = noun.get(stem, 0), adj.get(stem, 0)
            if noun_only and len(stem) >= 3 and stem.isalpha() and stem.islower() and j >= 1 and n == 0 \
                    and stem not in closed:
                words.add(stem)
    wordnet_index.write_list(DEST, HEADER, words)


if __name__ == "__main__":
    main()
