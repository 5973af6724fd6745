#!/usr/bin/env python3
"""Build dictionaries/rules/foreign-stopwords.tsv: function words of other languages that no English
dictionary accepts, so that a sentence written in another language can be told from an English one with
a few foreign names or words in it (rule `spelling`: such a sentence is not checked word by word).

  python3 scripts/build-foreign-stopwords.py            # fetches npm stopwords-iso@1.1.0 (MIT)

Source: npm `stopwords-iso@1.1.0` (MIT, `foreign-stopwords.LICENSE`). Kept: words of the languages below
of two letters or more, letters only, that are not on the package's English list and that Debian's
`hunspell` rejects with both of the project's `dictionaries/en_US` and `dictionaries/en_GB` (so an
English word never counts as foreign).
"""
import json, os, subprocess, sys, tarfile, tempfile

LANGS = ["es", "fr", "de", "pt", "it", "nl", "sv", "da", "no", "pl", "ro", "tr", "id", "ms", "tl", "sw"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "dictionaries", "rules", "foreign-stopwords.tsv")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "-q", "stopwords-iso@1.1.0"], cwd=tmp, check=True, capture_output=True)
        with tarfile.open(os.path.join(tmp, "stopwords-iso-1.1.0.tgz")) as t:
            data = json.load(t.extractfile("package/stopwords-iso.json"))
    english = {w.lower() for w in data["en"]}
    cands = sorted({w.lower() for l in LANGS for w in data[l]
                    if len(w) >= 2 and w.isalpha() and w.lower() not in english})
    rejected = None
    for d in (os.path.join(ROOT, "dictionaries", "en_US"), os.path.join(ROOT, "dictionaries", "en_GB")):
        out = subprocess.run(["hunspell", "-d", d, "-l"], input="\n".join(cands) + "\n",
                             capture_output=True, text=True, check=True).stdout
        r = set(out.split())
        rejected = r if rejected is None else rejected & r
    rows = sorted({(l, w.lower()) for l in LANGS for w in data[l] if w.lower() in rejected and w.lower() in cands})
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# foreign-stopwords.tsv: language<TAB>function word. Function words of other languages that\n")
        f.write("# no English dictionary accepts (npm stopwords-iso@1.1.0, MIT; see foreign-stopwords.LICENSE).\n")
        f.write("# Built by scripts/build-foreign-stopwords.py; do not edit by hand.\n")
        for l, w in rows:
            f.write(f"{l}\t{w}\n")
    print(f"{len(rows)} rows -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
