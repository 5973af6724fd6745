#!/usr/bin/env python3
"""Spelling recall on one half of the development corpus (issue 12): real misspellings injected into the
ESCO descriptions of `target/dev-corpus/<half>/` (built by scripts/build-dev-corpus.py), scored by
../shared/tools/score.py exactly as on the shared profiles (found at the right place; top-1, top-5).

Each Markdown profile's About text becomes the `basics.summary` of a JSON Resume file in a temporary
folder (the text is never printed), and score.py runs `proofile check --format json --select spelling`
on them with --only spelling. Without ../shared/tools/score.py or the misspellings list it says so and
exits 0: there is nothing to measure.

Usage:
    python3 scripts/dev-corpus-recall.py --half heldout --seed 1 [--bin target/release/proofile]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def about(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    _, _, rest = text.partition("## About")
    return rest.strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", default="heldout", choices=["dev", "heldout"])
    ap.add_argument("--seed", default="1")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/proofile"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "target/dev-corpus"))
    ap.add_argument("--misspellings", default=os.path.join(ROOT, "target/misspellings.tsv"))
    args = ap.parse_args()
    score = os.path.join(ROOT, "..", "shared", "tools", "score.py")
    half = os.path.join(args.corpus, args.half)
    for need in (score, half, args.misspellings):
        if not os.path.exists(need):
            print(f"nothing to measure: {need} is missing", file=sys.stderr)
            return 0
    with tempfile.TemporaryDirectory() as tmp:
        n = 0
        for prof in sorted(os.listdir(half)):
            for name in sorted(os.listdir(os.path.join(half, prof))):
                summary = about(os.path.join(half, prof, name))
                if not summary:
                    continue
                doc = {"basics": {"name": "ESCO occupation", "summary": summary}}
                with open(os.path.join(tmp, f"{prof}-{name[:-3]}.json"), "w", encoding="utf-8") as fh:
                    json.dump(doc, fh)
                n += 1
        print(f"{n} profiles from {half}", file=sys.stderr)
        tool = f"{args.bin} check --format json --select spelling {{file}}"
        cmd = [sys.executable, score, "--tool", tool, "--profiles", tmp, "--misspellings", args.misspellings,
               "--sources", "codespell", "--only", "spelling", "--seed", args.seed]
        return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
