#!/usr/bin/env python3
"""Rebuild dictionaries/grammar/class-nouns.txt: the stems of the bundled en_US.dic whose affix flags give
them no word class at all (`data`, `internet`, `metadata`, `netball`), that English uses only as nouns, so
that the grammar lexicon (src/text/word_class.rs) can tag them as nouns.

    python3 scripts/build-class-nouns.py                 # runs `apt-get download wordnet-base`
    python3 scripts/build-class-nouns.py --wordnet DIR   # DIR holds WordNet 3.0's index.noun/.verb/.adj/.adv

A stem is kept when WordNet 3.0 (Princeton University; Debian package `wordnet-base`) lists it as a noun and
not as a verb, an adjective or an adverb, it has three letters or more, and it is no verb form: not ending in
-ing or -ed (`hitting`, `governed`: en_US.dic lists doubled-consonant forms as words of their own) and not a
form of an irregular verb in dictionaries/grammar/irregular-verbs.tsv (`drew`); nor an irregular plural of
WordNet's noun.exc (`viscera`, `protozoa`: the lexicon would take them for singulars), except those that
dictionaries/grammar/agreement-nouns.tsv lists (`data`, `media`: collective, either verb agrees). Only the words are taken, as
facts about English; WordNet's licence is kept in dictionaries/grammar/wordnet.LICENSE. Output is
deterministic. Standard library + apt-get/dpkg-deb.
"""
import argparse, importlib.util, os, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wordnet_index  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STEMS = os.path.join(ROOT, "dictionaries", "grammar", "word-stems.tsv")
IRREGULAR = os.path.join(ROOT, "dictionaries", "grammar", "irregular-verbs.tsv")
DEST = os.path.join(ROOT, "dictionaries", "grammar", "class-nouns.txt")
HEADER = """# class-nouns.txt: stems that en_US.dic's flags give no word class but that English uses only as nouns
# (WordNet 3.0, Princeton University; licence in wordnet.LICENSE).
# Built by scripts/build-class-nouns.py; do not edit.
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", help="a folder with WordNet 3.0's index.noun, index.verb, index.adj, index.adv")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wn = wordnet_index.folder(a.wordnet, tmp)
        noun, verb, adj, adv = wordnet_index.pos_lemmas(wn)
        with open(os.path.join(wn, "noun.exc"), encoding="utf-8") as fh:
            plurals = {line.split()[0] for line in fh if line.strip()}
    with open(os.path.join(ROOT, "dictionaries", "grammar", "agreement-nouns.tsv"), encoding="utf-8") as fh:
        listed = {line.rstrip("\n").split("\t")[1] for line in fh if "\t" in line and not line.startswith("#")}
    irregular = set()
    with open(IRREGULAR, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                irregular.update(w for col in line.rstrip("\n").split("\t") for w in col.split("/") if w)
    spec = importlib.util.spec_from_file_location(
        "class_adjectives", os.path.join(os.path.dirname(os.path.abspath(__file__)), "build-class-adjectives.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    words = []
    with open(STEMS, encoding="utf-8") as fh:
        for line in fh:
            stem, _, flags = line.rstrip("\n").partition("\t")
            if (len(stem) >= 3 and stem.islower() and stem.isalpha() and mod.classless(flags)
                    and stem in noun and stem not in verb and stem not in adj and stem not in adv
                    and not stem.endswith(("ing", "ed")) and stem not in irregular
                    and (stem not in plurals or stem in listed)):
                words.append(stem)
    wordnet_index.write_list(DEST, HEADER, words)


if __name__ == "__main__":
    main()
