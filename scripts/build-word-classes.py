#!/usr/bin/env python3
"""Rebuild dictionaries/grammar/word-stems.tsv: the lower-case stems of the bundled en_US.dic with their
Hunspell affix flags, one `stem<TAB>flags` per line, sorted by bytes, so the grammar lexicon
(src/text/word_class.rs) can binary-search the embedded file without building a table at start-up.

    python3 scripts/build-word-classes.py

Input: dictionaries/en_US.dic (SCOWL, see dictionaries/en_US.LICENSE). Output is deterministic.
Standard library only.
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "dictionaries", "en_US.dic")
DEST = os.path.join(ROOT, "dictionaries", "grammar", "word-stems.tsv")


def main():
    stems = {}
    with open(SRC, encoding="utf-8") as f:
        next(f)  # the count line
        for line in f:
            line = line.rstrip("\n")
            word, _, flags = line.partition("/")
            # Capitalised stems are names; the lexicon is for common words.
            if not word or not ("a" <= word[0] <= "z"):
                continue
            merged = stems.get(word, "")
            stems[word] = "".join(sorted(set(merged + flags)))
    lines = sorted((f"{w}\t{fl}".encode("utf-8") for w, fl in stems.items()))
    with open(DEST, "wb") as out:
        for l in lines:
            out.write(l + b"\n")
    print(f"{DEST}: {len(lines)} stems")


if __name__ == "__main__":
    main()
