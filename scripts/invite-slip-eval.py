#!/usr/bin/env python3
"""How the invite note's slip test (src/invite/slip.rs) trades recall for precision.

Puts 1,000 lower-case misspellings (codespell's list, as ../shared/tools/get-misspellings.sh writes it to
target/misspellings.tsv) and 1,000 real but rare words that look like typos (dictionaries/wide-rare.txt)
one at a time into the same short note, runs `proofile invite --stdin-jsonl`, and prints the share of
each that gets a spelling finding. Seeded, so reruns pick the same words.

  python3 scripts/invite-slip-eval.py [--bin target/release/proofile] [--misspellings target/misspellings.tsv]

Without the misspellings list the script says so and exits 0. Standard library only.
"""
import argparse, json, os, random, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def reported(binary, words):
    notes = "\n".join(json.dumps({"note": f"Hi Sam, thanks for the notes on {w} from Tuesday."}) for w in words)
    out = subprocess.run([binary, "invite", "--stdin-jsonl", "--fail-on", "never", "--no-config"],
                         input=notes, capture_output=True, text=True, check=True).stdout
    results = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(results) == len(words)
    return sum(any(d["rule"] == "spelling" for d in r["note"]["diagnostics"]) for r in results) / len(words)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/proofile"))
    ap.add_argument("--misspellings", default=os.path.join(ROOT, "target/misspellings.tsv"))
    args = ap.parse_args()
    if not os.path.exists(args.misspellings):
        print(f"no {args.misspellings}: run ../shared/tools/get-misspellings.sh first; nothing to measure")
        return 0
    pairs = [l.rstrip("\n").split("\t")[:2] for l in open(args.misspellings, encoding="utf-8") if "\t" in l]
    random.seed(11)
    miss = [w for w, _ in random.sample(pairs, min(1500, len(pairs))) if w.islower() and w.isalpha()][:1000]
    rare = [l.strip() for l in open(os.path.join(ROOT, "dictionaries/wide-rare.txt"), encoding="utf-8")]
    rare = [w for w in rare if w.isalpha() and w.islower()]
    random.seed(12)
    rare = random.sample(rare, min(1000, len(rare)))
    print(f"{args.bin}")
    print(f"  misspellings reported:          {reported(args.bin, miss):.3f} of {len(miss)}")
    print(f"  real rare words reported:       {reported(args.bin, rare):.3f} of {len(rare)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
