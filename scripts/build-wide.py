#!/usr/bin/env python3
"""Build dictionaries/wide*.txt: rare and technical words accepted, never suggested (issue 12).

Plain word lists (one word a line, sorted by bytes), read by build.rs into compile-time word sets
that cost a run nothing to load (src/spell/word_set.rs): a word is looked up as written, and a
Capitalized or ALL-CAPS word also in lower case.

  wide.txt      both dialects: scientific, medical and mathematical terms (US and GB spellings)
  wide-us.txt   en_US only: cspell's American English list (SCOWL "large" plus cspell's additions)
  wide-gb.txt   en_GB only: cspell's MIT-licensed British English list
  wide-rare.txt the entries of all three that the noisy-channel test removed: real words that look
                like typos of common ones, still flagged but never corrected unasked

Sources (exact versions, fetched with `npm pack`; licenses in dictionaries/wide.LICENSE):
  * npm @cspell/dict-scientific-terms-us@3.1.0  MIT   dict/custom_scientific_US.trie.gz, dict/mathematics_US.txt.gz
  * npm @cspell/dict-scientific-terms-gb@1.0.6  MIT   dict/scientific-terms-gb.trie.gz
  * npm @cspell/dict-en_us@4.4.43               MIT (+ SCOWL)  en_US.trie.gz
  * npm @cspell/dict-en-gb-mit@3.1.32           MIT   en_GB.trie.gz
  The `.trie.gz` files are cspell's TrieXv3 format, read by scripts/cspell_trie.py. Filtered with
  the same word counts and misspelling list as scripts/build-extended.py (symspellpy,
  @cspell/dict-en-common-misspellings: filters only, nothing of them is copied).

Filters (the first that matches removes the entry; --stats prints the counts), as in
build-extended.py: charset, short, code-ident, misspelling, known (already accepted by the dialect's
Hunspell dictionary, professional.dic or extended*.dic), noisy-channel (one edit from a far more
common word; the same test, run on a deletion index instead of generating every edit, which makes it
fast enough for a million entries: `--check-noisy N` checks on N entries that both find the same
neighbours), except that two inflections of one stem (`whitewasher`, `whitewashes`) are not a typo
and its word (`same_stem`).

Usage:
    python3 scripts/build-wide.py [--stats] [--dump-removed FILE] [--check-noisy N]
"""
import argparse
import gzip
import importlib.util
import os
import random
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from npm_pack import npm_unpack  # noqa: E402
import cspell_trie  # noqa: E402

_spec = importlib.util.spec_from_file_location("build_extended", os.path.join(HERE, "build-extended.py"))
be = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(be)
bp = be.bp

SHARED = [
    (("@cspell/dict-scientific-terms-us", "3.1.0"), ("dict/custom_scientific_US.trie.gz", "dict/mathematics_US.txt.gz")),
    (("@cspell/dict-scientific-terms-gb", "1.0.6"), ("dict/scientific-terms-gb.trie.gz",)),
]
US = [(("@cspell/dict-en_us", "4.4.43"), ("en_US.trie.gz",))]
GB = [(("@cspell/dict-en-gb-mit", "3.1.32"), ("en_GB.trie.gz",))]


def dialect_words(dd, en_us, en_gb):
    """A test for the words of either dialect: accepted by en_US.dic or en_GB.dic, or either side of a
    pair of `rules/variants.tsv` (`colour`/`color`)."""
    variants = set()
    with open(os.path.join(dd, "rules", "variants.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                variants.update(x.lower() for x in line.rstrip("\n").split("\t")[:2])
    return lambda w: en_us.accepts(w) or en_gb.accepts(w) or w.lower() in variants


class FastNoisy(be.Noisy):
    """build-extended's noisy-channel test with the neighbours found through a deletion index of the
    vocabulary (SymSpell's idea) instead of by generating all ~54n edits of each entry."""

    def __init__(self, tiers, counts):
        super().__init__(tiers, counts)
        # Words of either dialect (set by the caller): judged by the tiers, never by counts alone.
        self.dialect_word = lambda w: False
        self.vocab = set(tiers) | set(counts)
        self.deletes = defaultdict(list)
        for v in self.vocab:
            for i in range(len(v)):
                self.deletes[v[:i] + v[i + 1:]].append(v)

    def neighbours(self, lw):
        """Every word of the vocabulary that `bp.edits1(lw)` yields."""
        alpha = bp.ALPHA
        out = set()
        n = len(lw)
        for i in range(n):
            d = lw[:i] + lw[i + 1:]
            if d in self.vocab:  # a deletion
                out.add(d)
            for v in self.deletes.get(d, ()):  # same length: a substitution or a transposition
                if len(v) != n or v == lw:
                    continue
                diff = [k for k in range(n) if v[k] != lw[k]]
                if len(diff) == 1 and v[diff[0]] in alpha:
                    out.add(v)
                elif len(diff) == 2 and diff[1] == diff[0] + 1 and v[diff[0]] == lw[diff[1]] \
                        and v[diff[1]] == lw[diff[0]]:
                    out.add(v)
        for v in self.deletes.get(lw, ()):  # an insertion
            k = next((k for k in range(n) if v[k] != lw[k]), n)
            # the inserted letter may sit anywhere in a run of equal letters: any of them will do
            if any(v[j] in alpha and v[:j] + v[j + 1:] == lw for j in range(k, n + 1)):
                out.add(v)
        return out

    def masks_typo(self, w):
        return self._masks(w, self.neighbours(w.lower()))

    def slow_neighbours(self, lw):
        """The neighbours the way build-extended.py finds them: every edit, looked up."""
        return {e for e in bp.edits1(lw) if e != lw and e in self.vocab}

    def _masks(self, w, neighbours):
        # The body of be.Noisy.masks_typo, over the neighbours instead of every edit.
        lw = w.lower()
        name = w[:1].isupper() and w[1:].islower()
        own = self.counts.get(lw, 0)
        long_word = len(lw) > 7
        for e in neighbours:
            if e == lw or e == lw + "s" or lw == e + "s" or e + "es" == lw or lw + "es" == e:
                continue
            if same_stem(lw, e):
                continue
            if long_word and len(os.path.commonprefix([e, lw])) < 2:
                continue
            tier = self.tiers.get(e)
            count = self.counts.get(e)
            if tier is None and count is None:
                continue
            if name and len(w) <= be.NAME_MAXLEN:
                if tier is not None and tier <= be.NO_COUNT_TIER:
                    return True
                continue
            # An entry that books use (it has a count) is judged by counts alone when the neighbour has
            # one too: `quant` (515,573) is not a slip of `quart` (2,002,127), only 4 times as common. Not
            # a word of either dialect's dictionary or a listed variant (`colour` ~ `color` stays out of
            # the other dialect's list).
            by_counts = own and count is not None and not self.dialect_word(w)
            if tier is not None and tier <= be.COMMON_TIER and not by_counts:
                return True
            if own == 0:
                if tier is not None and tier <= be.NO_COUNT_TIER:
                    return True
            elif count is not None and count >= be.RATIO * own:
                return True
        return False


# Inflectional endings: two forms of one stem of 5+ letters that differ only in these
# (`smoothen`/`smoothed`, `clarifiers`/`clarifies`) are siblings, not a typo of each other.
ENDINGS = ("", "e", "s", "es", "d", "ed", "r", "er", "rs", "ers", "en", "ing")
STEM_MIN = 5


def same_stem(a, b):
    """Whether `a` and `b` are two inflections of one stem: `stem + ending` each (endings above)."""
    k = len(os.path.commonprefix([a, b]))
    return any(a[i:] in ENDINGS and b[i:] in ENDINGS for i in range(STEM_MIN, k + 1))


def read_list(path):
    if path.endswith(".trie.gz"):
        return cspell_trie.words(path)
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [l.strip() for l in fh if l.strip() and not l.startswith("#")]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dict-dir", default=be.DICT_DIR)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--dump-removed", help="write removed entries (file<TAB>rule<TAB>word) here")
    ap.add_argument("--check-noisy", type=int, default=0,
                    help="compare the fast noisy-channel test with build-extended's on N random entries")
    args = ap.parse_args()
    dd = args.dict_dir

    en_us = bp.EnUS(os.path.join(dd, "en_US.aff"), os.path.join(dd, "en_US.dic"))
    en_gb = bp.EnUS(os.path.join(dd, "en_GB.aff"), os.path.join(dd, "en_GB.dic"))
    known_words = set()
    for name in ("professional.dic", "extended.dic", "extended-us.dic", "extended-gb.dic"):
        with open(os.path.join(dd, name), encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                w, f = bp.split_dic_line(line.strip())
                known_words |= en_us.aff.expand(w, f)
    known_lower = {w.lower() for w in known_words if w[:1].isupper() and w[1:].islower()} | known_words
    tiers = {}
    with open(os.path.join(dd, "word-tiers.txt"), encoding="utf-8") as fh:
        for line in fh:
            w, t = line.rstrip("\n").split("\t")
            tiers[w] = int(t)

    with tempfile.TemporaryDirectory() as tmp:
        bad = be.misspellings(npm_unpack("%s@%s" % be.MISSPELLINGS, tmp))
        counts = be.symspell_counts(tmp)

        def gather(packages):
            words = []
            for (pkg, ver), files in packages:
                d = npm_unpack("%s@%s" % (pkg, ver), tmp)
                for f in files:
                    words += read_list(os.path.join(d, f))
            return words

        outputs = [
            ("wide.txt", gather(SHARED), lambda w: en_us.accepts(w) and en_gb.accepts(w)),
            ("wide-us.txt", gather(US), en_us.accepts),
            ("wide-gb.txt", gather(GB), en_gb.accepts),
        ]

    noisy = FastNoisy(tiers, counts)
    noisy.dialect_word = dialect_words(dd, en_us, en_gb)
    if args.check_noisy:
        rng = random.Random(1)
        sample = rng.sample(sorted({w for _, ws, _ in outputs for w in ws}), args.check_noisy)
        differ = [w for w in sample if noisy.neighbours(w.lower()) != noisy.slow_neighbours(w.lower())]
        print("noisy-channel check: %d of %d differ %s" % (len(differ), len(sample), differ[:20]), file=sys.stderr)
        if differ:
            sys.exit(1)
    removed_all = []
    shared_kept = set()
    for name, words, known in outputs:
        removed = Counter()
        seen = sorted(set(words))
        kept = []
        for w in seen:
            rule = be.form_rule(w, bad, check_code=w.isascii())
            if rule is None:
                if w in known_words or w in known_lower or w in shared_kept or known(w):
                    rule = "known"
                elif noisy.masks_typo(w):
                    rule = "noisy-channel"
            if rule:
                removed[rule] += 1
                removed_all.append((name, rule, w))
            else:
                kept.append(w)
        if name == "wide.txt":
            shared_kept = set(kept)
        kept.sort(key=lambda w: w.encode("utf-8"))
        with open(os.path.join(dd, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("".join(w + "\n" for w in kept))
        if args.stats:
            print("%s: %d source entries, %d kept" % (name, len(seen), len(kept)), file=sys.stderr)
            for rule, n in sorted(removed.items()):
                print("  removed %-14s %d" % (rule, n), file=sys.stderr)
        print("wrote %d words to %s" % (len(kept), os.path.join(dd, name)), file=sys.stderr)
    # The entries the noisy-channel test removed are real words that look like typos of common ones
    # (`intubation` ~ `incubation`): still flagged, but never corrected unasked (src/rules/spelling.rs).
    rare = sorted({w for _, rule, w in removed_all if rule == "noisy-channel"}, key=lambda w: w.encode("utf-8"))
    with open(os.path.join(dd, "wide-rare.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(w + "\n" for w in rare))
    print("wrote %d words to %s" % (len(rare), os.path.join(dd, "wide-rare.txt")), file=sys.stderr)
    if args.dump_removed:
        with open(args.dump_removed, "w", encoding="utf-8") as fh:
            for name, rule, w in sorted(removed_all):
                fh.write("%s\t%s\t%s\n" % (name, rule, w))


if __name__ == "__main__":
    main()
