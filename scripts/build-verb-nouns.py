#!/usr/bin/env python3
"""Rebuild dictionaries/grammar/verb-nouns.txt: the stems of the bundled en_US.dic that its affix flags
mark as verbs only (flag D or G, no M), but that English also uses as nouns (`work`, `design`, `focus`,
`schedule`), so that the grammar lexicon (src/text/word_class.rs) can tag them as nouns too.

    python3 scripts/build-verb-nouns.py                 # runs `apt-get download wordnet-base`
    python3 scripts/build-verb-nouns.py --wordnet DIR   # DIR holds WordNet 3.0's index.noun/.adj/.adv

A stem is kept when WordNet 3.0 (Princeton University; Debian package `wordnet-base`) lists it as a
noun with at least one sense tagged in its sense-tagged corpus (`tagsense_cnt` >= 1, so a proper-noun
sense alone, `teach` for Edward Teach, does not count), and its noun senses are tagged at least as
often as its adjective and adverb senses (`ready`, `still` stay out), and it has three letters or more.
Only the words are taken, as facts about English; WordNet's licence is kept in
dictionaries/grammar/wordnet.LICENSE. Output is deterministic. Standard library + apt-get/dpkg-deb.
"""
import argparse, os, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wordnet_index  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STEMS = os.path.join(ROOT, "dictionaries", "grammar", "word-stems.tsv")
DEST = os.path.join(ROOT, "dictionaries", "grammar", "verb-nouns.txt")
HEADER = """# verb-nouns.txt: stems that en_US.dic's flags mark as verbs only but that are also nouns (WordNet 3.0,
# Princeton University; licence in wordnet.LICENSE). Built by scripts/build-verb-nouns.py; do not edit.
"""


# en_US.aff's prefixes and their flags, as src/text/word_class.rs reads them.
PREFIXES = [("re", "A"), ("in", "I"), ("un", "U"), ("de", "C"), ("dis", "E"), ("con", "F"), ("pro", "K")]



def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", help="a folder with WordNet 3.0's index.noun, index.adj, index.adv")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wn = wordnet_index.folder(a.wordnet, tmp)
        noun, adj, adv = (wordnet_index.tagged_senses(os.path.join(wn, "index." + p)) for p in ("noun", "adj", "adv"))
    words = set()
    with open(STEMS, encoding="utf-8") as fh:
        for line in fh:
            stem, _, flags = line.rstrip("\n").partition("\t")
            verb_only = ("D" in flags or "G" in flags) and "M" not in flags
            # The stem and the words en_US.aff's prefixes make of it (`profile` is `pro` + `file/K…`), which
            # the grammar lexicon looks up as whole words.
            forms = [stem] + [p + stem for p, flag in PREFIXES if flag in flags]
            for w in forms:
                n = noun.get(w, 0)
                if verb_only and len(w) >= 3 and n >= 1 and n >= adj.get(w, 0) and n >= adv.get(w, 0):
                    words.add(w)
    wordnet_index.write_list(DEST, HEADER, words)


if __name__ == "__main__":
    main()
