#!/usr/bin/env python3
"""Build dictionaries/professional.dic (a Hunspell .dic using en_US.aff flags).

Sources
  * npm @cspell/dict-software-terms  (MIT)  -- see SOFTWARE_TERMS below
  * npm @cspell/dict-companies       (MIT)  -- see COMPANIES below
  * dictionaries/professional-extra.txt (hand-curated, merged verbatim)

Inputs that must already exist (they are produced by the other scripts):
  dictionaries/en_US.aff, dictionaries/en_US.dic   (scripts/build-hunspell-dicts.py)
  dictionaries/word-tiers.txt                      (scripts/build-word-tiers.py)

Filters applied to the cspell word lists (in this order; the first rule that
matches removes the entry; counts are printed with --stats):
  charset       characters other than ASCII letters, digits, apostrophe, hyphen
  possessive    X's entries (re-added as flag M on X when X survives)
  no-letters    pure digits / no letter at all
  hexspeak      0ff1ce, 8badf00d, deadbeef, baaaaaad, abcdefg...
  short         2 characters or fewer (AI, UX... come from the curated list)
  company-lower all-lowercase entry in companies.txt (fragments: "de", "of")
  ticker        3-5 letter ALL-CAPS entry in companies.txt not in KEEP_CAPS
  code-ident    lowerCamelCase identifiers (localeInfo), ALL-CAPS > 6 letters
                (COMPUTERNAME), ALL-CAPS run glued to a word (CDATASection)
  known-typo    listed as a misspelling in cspell-corrections.yaml
  en-us         already accepted by en_US (incl. Hunspell case rules)
  lower-variant lowercase form of a cased brand that exists in the sources,
                the curated list or en_US.dic (github -> GitHub is kept)
  british       lowercase British spelling of a word en_US accepts
                (anonymise -> anonymize), would hide en_US variant findings
  near-word     one edit (insert/delete/substitute/transpose) away from a
                common SCOWL word (see near_word() for the size limits):
                would mask typos (deps ~ dips, containerd ~ contained)

Plural / possessive forms whose base survives are folded into flags S / M.
Output: first line = entry count, then entries sorted by code point.

Second output, dictionaries/professional-rare.txt: the software entries the near-word filter removed
(`struct`, `sharding`, `deduped`: real terms that look like a typo of a common word), one a line, less
any that npm @cspell/dict-en-common-misspellings@2.2.6 lists as a misspelling (CC BY-SA 4.0; used only
as a filter, as scripts/build-extended.py does, nothing of it is written). Never accepted in a profile;
`proofile invite` does not report them as slips in a note.

Usage:
    python3 scripts/build-professional.py [--stats] [--pkg-dir-terms D] [--pkg-dir-companies D]

Python 3 standard library only, plus the `npm` CLI (unless --pkg-dir-* given).
"""
import argparse
import gzip
import importlib.util
import os
import re
import sys
import tempfile
from collections import Counter, OrderedDict
from npm_pack import npm_unpack  # scripts/npm_pack.py

SOFTWARE_TERMS = ("@cspell/dict-software-terms", "5.4.9")
COMPANIES = ("@cspell/dict-companies", "3.2.14")

# word-list files taken from each package (others -- posix errno/signal names,
# coding compound patterns -- are not useful for profile text)
SOFTWARE_FILES = (
    "dict/softwareTerms.txt.gz",
    "dict/software-tools.txt",
    "dict/webServices.txt",
    "dict/computing-acronyms.txt",
    "dict/networkingTerms.txt",
)
COMPANY_FILES = ("dict/companies.txt",)

# ALL-CAPS 3-5 letter names in companies.txt that are real names people write
# (everything else of that shape there is an exchange ticker: AAPL, MSFT...).
KEEP_CAPS = {
    "ABB", "ABBYY", "AECOM", "AFLAC", "AICPA", "ANSYS", "AXA", "BAE", "BASF",
    "BHP", "BMW", "BNP", "BPCE", "CBRE", "CBS", "CDW", "CERN", "CIGNA",
    "CITIC", "CME", "CNCF", "COFCO", "CSAIL", "CVS", "DFKI", "DXC", "EADS",
    "EMC", "EMCOR", "ENI", "EPFL", "HSBC", "IKEA", "IQVIA", "JSTOR", "KDDI",
    "KFC", "KKR", "KPMG", "KUKA", "MSCI", "NASA", "NCR", "NEC", "NYSE",
    "OMV", "ORLEN", "POSCO", "RMIT", "RWTH", "SAIC", "SNCF", "SUSE", "TRW",
    "UBS", "UCLA", "UEFA", "UNSW", "WESCO", "XING", "YPF",
}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DICT_DIR = os.path.join(ROOT, "dictionaries")
NEAR_LOWER_TIER = 50   # lowercase entries of <= NEAR_LOWER_LONG chars
NEAR_LOWER_LONG = 7
NEAR_LONG_TIER = 35    # lowercase entries longer than that
NEAR_CAP_TIER = 35     # Capitalized entries of <= NEAR_CAP_MAXLEN chars
NEAR_CAP_MAXLEN = 3


# ----------------------------------------------------------------------------


def read_list(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


# ----------------------------------------------------------------------------
# Minimal Hunspell model of en_US: affix expansion + case rules.  Enough to
# decide "does en_US already accept this word" for filtering purposes.
class Affixes:
    def __init__(self, aff_path):
        self.rules = {}  # flag -> (kind, cross, [(strip, add, regex)])
        with open(aff_path, encoding="utf-8") as fh:
            lines = [l.split() for l in fh]
        for parts in lines:
            if len(parts) >= 4 and parts[0] in ("PFX", "SFX"):
                kind, flag = parts[0], parts[1]
                if flag not in self.rules and parts[2] in ("Y", "N") and parts[3].isdigit() and len(parts) == 4:
                    self.rules[flag] = (kind, parts[2] == "Y", [])
                    continue
                if len(parts) >= 5 and flag in self.rules:
                    strip = "" if parts[2] == "0" else parts[2]
                    add = "" if parts[3] == "0" else parts[3].split("/")[0]
                    cond = parts[4]
                    rx = re.compile(("^" + cond) if kind == "PFX" else (cond + "$")) if cond != "." else None
                    self.rules[flag][2].append((strip, add, rx))

    def _apply(self, word, flag):
        kind, cross, entries = self.rules[flag]
        out = []
        for strip, add, rx in entries:
            if rx is not None and not rx.search(word):
                continue
            if kind == "SFX":
                if strip and not word.endswith(strip):
                    continue
                out.append(word[: len(word) - len(strip)] + add)
            else:
                if strip and not word.startswith(strip):
                    continue
                out.append(add + word[len(strip):])
        return out

    def expand(self, word, flags):
        forms = {word}
        sfx = [f for f in flags if f in self.rules and self.rules[f][0] == "SFX"]
        pfx = [f for f in flags if f in self.rules and self.rules[f][0] == "PFX"]
        suffixed = []
        for f in sfx:
            for w in self._apply(word, f):
                forms.add(w)
                if self.rules[f][1]:
                    suffixed.append(w)
        for f in pfx:
            for w in self._apply(word, f):
                forms.add(w)
            if self.rules[f][1]:
                for s in suffixed:
                    forms.update(self._apply(s, f))
        return forms


def split_dic_line(line):
    # word/FLAGS ; a '\/' would be an escaped slash (not used in en_US)
    if "/" in line:
        w, f = line.split("/", 1)
        return w, f.split()[0] if f.split() else ""
    return line.split()[0], ""


class EnUS:
    def __init__(self, aff_path, dic_path):
        self.aff = Affixes(aff_path)
        self.forms = set()
        self.stems = set()
        with open(dic_path, encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                w, f = split_dic_line(line)
                if "c" in f:  # ONLYINCOMPOUND (1th, 2th ...)
                    continue
                self.stems.add(w)
                self.forms.update(self.aff.expand(w, f))
        self.upper = {f.upper() for f in self.forms}

    def accepts(self, word):
        if word in self.forms:
            return True
        if word[:1].isupper() and word[1:].islower() and word.lower() in self.forms:
            return True
        if word.isupper() and word in self.upper:
            return True
        if "-" in word.strip("-"):  # Hunspell BREAK on hyphens
            parts = word.split("-")
            return all(p and self.accepts(p) for p in parts)
        return False


# ----------------------------------------------------------------------------
ALPHA = "abcdefghijklmnopqrstuvwxyz'-"


def edits1(w):
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    for a, b in splits:
        if b:
            yield a + b[1:]
            if len(b) > 1:
                yield a + b[1] + b[0] + b[2:]
            for c in ALPHA:
                yield a + c + b[1:]
        for c in ALPHA:
            yield a + c + b


HEX = set("0123456789abcdefABCDEF")
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def is_hexspeak(w):
    if len(w) >= 4 and all(c in HEX for c in w) and any(c.isdigit() for c in w) \
            and any(c.isalpha() for c in w):
        return True
    lw = w.lower()
    if len(w) >= 6 and all(c in "abcdef" for c in lw):
        return True
    if w.islower() and re.search(r"(.)\1\1", w):  # baaaaaad, aaaa
        return True
    if len(lw) >= 4 and ALPHABET.startswith(lw):
        return True
    return False


def is_code_ident(w):
    if w[0].islower() and any(c.isupper() for c in w):
        prefix = re.match(r"[a-z]+", w).group(0)
        # iPhone, eBay, vSphere, macOS / tvOS style names are fine
        if len(prefix) > 1 and not re.fullmatch(r"[a-z]+OS", w) and w != "arXiv":
            return True
    letters = [c for c in w if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 6:
        return True
    if re.search(r"[A-Z]{4,}[a-z]{2,}", w):  # CDATASection, IOUtil? (no: 2 caps)
        return True
    return False


BRIT_SUBS = (("is", "iz"), ("our", "or"), ("yse", "yze"), ("ys", "yz"), ("tre", "ter"), ("ence", "ense"))


def near_word(w, tiers):
    """True if w is one edit away from a common SCOWL word (typo mask).

    lowercase, <= 7 chars : any neighbour of SCOWL size <= 50
    lowercase, >= 8 chars : neighbour of size <= 35 that is not just w +/- "s"
                            and differs after the first two letters
    Capitalized, <= 3 chars: neighbour of size <= 35 (Aon ~ an/on)
    Longer Capitalized / mixed-case names only match that exact casing, so
    they rarely hide a typo and are kept.
    """
    lw = w.lower()
    if w.islower():
        limit = NEAR_LOWER_TIER if len(w) <= NEAR_LOWER_LONG else NEAR_LONG_TIER
    elif w[0].isupper() and w[1:].islower() and len(w) <= NEAR_CAP_MAXLEN:
        limit = NEAR_CAP_TIER
    else:
        return False
    long_word = len(w) > NEAR_LOWER_LONG
    for e in edits1(lw):
        if e == lw:
            continue
        if long_word and (e == lw + "s" or lw == e + "s"
                          or len(os.path.commonprefix([e, lw])) < 2):
            # own plural, or a prefix variant (preprocess ~ reprocess)
            continue
        t = tiers.get(e)
        if t is not None and t <= limit:
            return True
    return False


def british_variant(w, en):
    for a, b in BRIT_SUBS:
        i = w.find(a)
        while i != -1:
            cand = w[:i] + b + w[i + len(a):]
            if en.accepts(cand):
                return True
            i = w.find(a, i + 1)
    return False


def plural_of(base):
    """The form en_US flag S produces for base (SFX S rules)."""
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    if re.search(r"[sxzh]$", base):
        return base + "es"
    return base + "s"


# ----------------------------------------------------------------------------
def load_corrections(path):
    bad = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"\s*-\s*([^\s>]+)->", line)
            if m:
                bad.add(m.group(1))
    return bad


def load_extra(path):
    entries = OrderedDict()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
            if not line:
                continue
            w, f = split_dic_line(line)
            entries[w] = "".join(sorted(set(entries.get(w, "")) | set(f)))
    return entries


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pkg-dir-terms")
    ap.add_argument("--pkg-dir-companies")
    ap.add_argument("--dict-dir", default=DICT_DIR)
    ap.add_argument("--out", default=None)
    ap.add_argument("--stats", action="store_true", help="print filter statistics")
    ap.add_argument("--dump-removed", help="write removed entries (rule<TAB>word) here")
    args = ap.parse_args()
    dd = args.dict_dir
    out_path = args.out or os.path.join(dd, "professional.dic")

    en = EnUS(os.path.join(dd, "en_US.aff"), os.path.join(dd, "en_US.dic"))
    tiers = {}
    with open(os.path.join(dd, "word-tiers.txt"), encoding="utf-8") as fh:
        for line in fh:
            w, t = line.rstrip("\n").split("\t")
            tiers[w] = int(t)
    extra = load_extra(os.path.join(dd, "professional-extra.txt"))

    with tempfile.TemporaryDirectory() as tmp:
        tdir = args.pkg_dir_terms or npm_unpack("%s@%s" % SOFTWARE_TERMS, tmp)
        cdir = args.pkg_dir_companies or npm_unpack("%s@%s" % COMPANIES, tmp)
        raw = []  # (word, origin)
        for f in SOFTWARE_FILES:
            raw += [(w, "software") for w in read_list(os.path.join(tdir, f))]
        for f in COMPANY_FILES:
            raw += [(w, "companies") for w in read_list(os.path.join(cdir, f))]
        corrections = load_corrections(os.path.join(tdir, "dict/cspell-corrections.yaml"))

    # de-duplicate, keep first origin (software before companies)
    seen = OrderedDict()
    for w, o in raw:
        seen.setdefault(w, o)
    n_raw_unique = len(seen)

    cased = {w for w in seen if w != w.lower()} | {w for w in extra if w != w.lower()} \
        | {w for w in en.stems if w != w.lower()}
    cased_lower = {}
    for w in cased:
        cased_lower.setdefault(w.lower(), set()).add(w)

    removed = Counter()
    removed_words = []
    kept = []
    possessives = set()

    def drop(rule, w):
        removed[rule] += 1
        removed_words.append((rule, w))

    for w, origin in seen.items():
        if not re.fullmatch(r"[A-Za-z0-9'-]+", w):
            drop("charset", w); continue
        if w.endswith("'s"):
            possessives.add(w[:-2]); drop("possessive", w); continue
        if not any(c.isalpha() for c in w):
            drop("no-letters", w); continue
        if is_hexspeak(w):
            drop("hexspeak", w); continue
        if len(w) <= 2:
            drop("short", w); continue
        if origin == "companies" and w.islower():
            drop("company-lower", w); continue
        if origin == "companies" and w.isalpha() and w.isupper() and 3 <= len(w) <= 5 \
                and w not in KEEP_CAPS:
            drop("ticker", w); continue
        if is_code_ident(w):
            drop("code-ident", w); continue
        if w in corrections or w.lower() in corrections:
            drop("known-typo", w); continue
        if en.accepts(w):
            drop("en-us", w); continue
        if w.islower() and any(c != w for c in cased_lower.get(w, ())):
            drop("lower-variant", w); continue
        if w.islower() and british_variant(w, en):
            drop("british", w); continue
        if near_word(w, tiers):
            drop("near-word", w); continue
        kept.append(w)

    # fold plurals / possessives into flags
    entries = OrderedDict((w, set()) for w in kept)
    plural_forms = set()
    for w in kept:
        p = plural_of(w)
        if p != w and p in entries and p not in plural_forms:
            entries[w].add("S")
            plural_forms.add(p)
    for p in plural_forms:
        if p in entries and not entries[p]:
            del entries[p]
    folded = len(plural_forms)
    for w in entries:
        if w in possessives:
            entries[w].add("M")

    # curated extras: verbatim (flags merged), they win over source entries
    n_extra = 0
    extra_redundant = []
    for w, f in extra.items():
        forms = en.aff.expand(w, f)
        if all(en.accepts(x) for x in forms):
            extra_redundant.append(w)
        entries.setdefault(w, set()).update(f)
        n_extra += 1

    lines = sorted(w + ("/" + "".join(sorted(f)) if f else "") for w, f in entries.items())
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"{len(lines)}\n")
        for l in lines:
            fh.write(l + "\n")

    # The near-word entries of the software lists: real terms that look like typos, for invitation notes.
    extended = importlib.util.spec_from_file_location("build_extended", os.path.join(ROOT, "scripts", "build-extended.py"))
    build_extended = importlib.util.module_from_spec(extended)
    extended.loader.exec_module(build_extended)
    with tempfile.TemporaryDirectory() as tmp:
        bad = build_extended.misspellings(npm_unpack("%s@%s" % build_extended.MISSPELLINGS, tmp))
    rare = sorted({w for r, w in removed_words if r == "near-word" and w.lower() not in bad and w.islower()})
    rare_path = os.path.join(os.path.dirname(out_path), "professional-rare.txt")
    with open(rare_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(w + "\n" for w in rare)
    print(f"wrote {len(rare)} words to {rare_path}", file=sys.stderr)

    if args.dump_removed:
        with open(args.dump_removed, "w", encoding="utf-8") as fh:
            for r, w in sorted(removed_words):
                fh.write(f"{r}\t{w}\n")
    if args.stats:
        print(f"source entries (unique): {n_raw_unique}", file=sys.stderr)
        for rule in ("charset", "possessive", "no-letters", "hexspeak", "short",
                     "company-lower", "ticker", "code-ident", "known-typo",
                     "en-us", "lower-variant", "british", "near-word"):
            print(f"  removed {rule:14s} {removed[rule]}", file=sys.stderr)
        print(f"  kept from sources: {len(kept)} (plural forms folded into /S: {folded})", file=sys.stderr)
        print(f"curated extras: {n_extra} ({len(extra_redundant)} already accepted by en_US, kept anyway)", file=sys.stderr)
    print(f"wrote {len(lines)} entries to {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
