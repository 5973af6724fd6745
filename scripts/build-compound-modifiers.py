#!/usr/bin/env python3
"""Rebuild dictionaries/rules/compound-modifiers.txt: two-word compound adjectives that English writes
with a hyphen before a noun (`fast-paced`, `long-term`, `well-known`), for the rule `compound-modifier`.

    python3 scripts/build-compound-modifiers.py                 # runs `apt-get download wordnet-base`
    python3 scripts/build-compound-modifiers.py --wordnet DIR   # DIR holds WordNet 3.0's index.adj/.noun

Source: WordNet 3.0 (Princeton University; Debian package `wordnet-base`), its adjective index: every
lemma of two lower-case parts of two letters or more joined by a hyphen. Left out:
  * those whose open form is also a WordNet noun (`high school`, `real estate`, `health care`): an open
    compound noun used as a modifier is often written without a hyphen (`high school students`);
  * those with a function word of dictionaries/grammar/closed-classes.tsv as a part (`in-between`,
    `built-in`, `all-time`): there the two words are as often a preposition and its object or a verb and
    its particle (`in between meetings`, `built in record time`);
  * those whose closed form is a stem of the bundled en_US.dic (`on-line` -> online, `first-hand`).
Only the words are taken, as facts about English; WordNet's licence is dictionaries/grammar/wordnet.LICENSE.
Output is sorted and deterministic. Standard library + apt-get/dpkg-deb.
"""
import argparse, glob, os, re, subprocess, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEST = os.path.join(ROOT, "dictionaries", "rules", "compound-modifiers.txt")
HEADER = """# compound-modifiers.txt: compound adjectives written with a hyphen before a noun (rule compound-modifier).
# From WordNet 3.0 (Princeton University; licence in ../grammar/wordnet.LICENSE); built by
# scripts/build-compound-modifiers.py, which says what is left out and why. Do not edit.
"""


def lemmas(path):
    with open(path, encoding="utf-8") as fh:
        return {line.split()[0] for line in fh if not line.startswith(" ")}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", help="folder with index.adj and index.noun (default: apt-get download)")
    args = ap.parse_args()
    tmp = None
    folder = args.wordnet
    if not folder:
        tmp = tempfile.mkdtemp()
        subprocess.run(["apt-get", "download", "wordnet-base"], cwd=tmp, check=True)
        deb = glob.glob(os.path.join(tmp, "wordnet-base_*.deb"))[0]
        subprocess.run(["dpkg-deb", "-x", deb, os.path.join(tmp, "x")], check=True)
        folder = os.path.join(tmp, "x", "usr", "share", "wordnet")
    adjectives = lemmas(os.path.join(folder, "index.adj"))
    nouns = lemmas(os.path.join(folder, "index.noun"))
    closed = set()
    for line in open(os.path.join(ROOT, "dictionaries", "grammar", "closed-classes.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            closed.add(line.split("\t")[0].strip())
    stems = set()
    for line in open(os.path.join(ROOT, "dictionaries", "grammar", "word-stems.tsv"), encoding="utf-8"):
        stems.add(line.split("\t")[0].strip())
    keep = []
    for w in adjectives:
        m = re.fullmatch(r"([a-z]{2,})-([a-z]{2,})", w)
        if not m:
            continue
        a, b = m.groups()
        if f"{a}_{b}" in nouns or a in closed or b in closed or a + b in stems:
            continue
        keep.append(w)
    with open(DEST, "w", encoding="utf-8") as out:
        out.write(HEADER)
        out.writelines(f"{w}\n" for w in sorted(keep))
    print(f"{DEST}: {len(keep)} compounds")


if __name__ == "__main__":
    main()
