#!/usr/bin/env python3
"""Rebuild dictionaries/grammar/class-adjectives.txt: the stems of the bundled en_US.dic whose affix flags
give them no word class at all (no -s, -'s, -ed, -ing, -est; `insightful`, `informative`, `eager`), that
English uses only as adjectives, so that the grammar lexicon (src/text/word_class.rs) can tag them as
adjectives.

    python3 scripts/build-class-adjectives.py                 # runs `apt-get download wordnet-base`
    python3 scripts/build-class-adjectives.py --wordnet DIR   # DIR holds WordNet 3.0's index.noun/.verb/.adj

A stem is kept when WordNet 3.0 (Princeton University; Debian package `wordnet-base`) lists it as an
adjective and not as a noun, a verb or an adverb, and it has three letters or more. Only the words are
taken, as facts about English; WordNet's licence is kept in dictionaries/grammar/wordnet.LICENSE. Output
is deterministic. Standard library + apt-get/dpkg-deb.
"""
import argparse, os, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wordnet_index  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STEMS = os.path.join(ROOT, "dictionaries", "grammar", "word-stems.tsv")
DEST = os.path.join(ROOT, "dictionaries", "grammar", "class-adjectives.txt")
HEADER = """# class-adjectives.txt: stems that en_US.dic's flags give no word class but that English uses only as
# adjectives (WordNet 3.0, Princeton University; licence in wordnet.LICENSE).
# Built by scripts/build-class-adjectives.py; do not edit.
"""


def classless(flags):
    """Whether src/text/word_class.rs's `stem_tags` gives these flags no noun, verb or adjective class."""
    has = lambda f: f in flags
    verb = has("D") or has("G")
    noun = has("M") or (has("S") and not verb)
    adj = has("T") or (has("Y") and not has("M") and not has("S") and not verb)
    return not (verb or noun or adj)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", help="a folder with WordNet 3.0's index.noun, index.verb, index.adj, index.adv")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wn = wordnet_index.folder(a.wordnet, tmp)
        noun, verb, adj, adv = wordnet_index.pos_lemmas(wn)
    words = []
    with open(STEMS, encoding="utf-8") as fh:
        for line in fh:
            stem, _, flags = line.rstrip("\n").partition("\t")
            if (len(stem) >= 3 and stem.islower() and stem.isalpha() and classless(flags)
                    and stem in adj and stem not in noun and stem not in verb and stem not in adv):
                words.append(stem)
    wordnet_index.write_list(DEST, HEADER, words)


if __name__ == "__main__":
    main()
