#!/usr/bin/env python3
"""Located recall and false alarms of proofile on the grammar development set.

Each row of tests/data/grammar-dev/*.tsv is `kind<TAB>sentence` with the slip written `{wrong|right}`.
The wrong sentence and the corrected one each go into the About section of a small profile; proofile
checks them all in one batch (`check --format json`). A slip is found when a finding in the About
section overlaps it (any rule but the completeness ones, which judge the test profile); a false alarm is a warning or error anywhere in a corrected sentence.
Info-level findings on corrected sentences are counted apart. Rows whose wrong and right parts are the
same are not slips and are skipped (and counted).

    python3 bench/grammar-dev.py                       # dev.tsv and heldout.tsv, summary per part and kind
    python3 bench/grammar-dev.py --parts dev --show    # list misses and false alarms of the dev part
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLIP = re.compile(r"\{([^|{}]*)\|([^|{}]*)\}")
HEAD = "# Jo Doe\n\n## Headline\n\nConsultant\n\n## About\n\n"


def rows(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            kind, marked = line.split("\t", 1)
            m = SLIP.search(marked)
            if not m:
                sys.exit(f"{path}:{n}: no {{wrong|right}} slip")
            pre, post = marked[: m.start()], marked[m.end() :]
            yield n, kind, pre, m.group(1), m.group(2), post


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/proofile"))
    ap.add_argument("--parts", default="dev,heldout")
    ap.add_argument("--show", action="store_true", help="list misses and false alarms")
    args = ap.parse_args()
    for part in args.parts.split(","):
        path = os.path.join(ROOT, "tests/data/grammar-dev", part + ".tsv")
        items = []
        skipped = 0
        with tempfile.TemporaryDirectory() as tmp:
            for n, kind, pre, wrong, right, post in rows(path):
                if wrong == right:
                    skipped += 1
                    continue
                for variant, word in (("w", wrong), ("r", right)):
                    with open(os.path.join(tmp, f"{n:04d}{variant}.md"), "w", encoding="utf-8") as f:
                        f.write(HEAD + pre + word + post + "\n")
                items.append((n, kind, pre, wrong, right, post))
            out = subprocess.run(
                [args.bin, "check", "--no-config", "--format", "json", "--fail-on", "never", tmp],
                capture_output=True, text=True, check=False,
            )
            if out.returncode not in (0, 1):
                sys.exit(out.stderr)
            report = json.loads(out.stdout)
        # Completeness findings (a short About, no photo) are about the test profile, not the sentence.
        by_file = {
            os.path.basename(f["path"]): [d for d in f.get("diagnostics", []) if d["category"] != "completeness"]
            for f in report["files"]
        }
        stats = collections.defaultdict(lambda: [0, 0, 0, 0])  # n, found, false alarms, infos
        misses, alarms, rules = [], [], collections.Counter()
        for n, kind, pre, wrong, right, post in items:
            s = stats[kind]
            s[0] += 1
            start = len(pre.encode())
            end = start + max(len(wrong.encode()), 1)
            hits = [
                d for d in by_file.get(f"{n:04d}w.md", [])
                if d["section"]["kind"] == "summary" and d["span"]["start"] < end + (not wrong) and d["span"]["end"] > start - (not wrong)
            ]
            if hits:
                s[1] += 1
                rules.update({d["rule"] for d in hits})
            else:
                misses.append((n, kind, pre + "{" + wrong + "|" + right + "}" + post))
            about = [d for d in by_file.get(f"{n:04d}r.md", []) if d["section"]["kind"] == "summary"]
            bad = [d for d in about if d["severity"] in ("warning", "error")]
            if bad:
                s[2] += 1
                alarms.append((n, kind, pre + right + post, [(d["rule"], d["text"]) for d in bad]))
            if any(d["severity"] == "info" for d in about):
                s[3] += 1
        tot = [sum(v[i] for v in stats.values()) for i in range(4)]
        print(f"== {part}: {tot[0]} slips ({skipped} rows without a slip skipped)")
        print(f"{'kind':<12} {'n':>4} {'recall':>8} {'false alarms':>13} {'info notes':>11}")
        for kind in sorted(stats):
            n, found, fa, info = stats[kind]
            print(f"{kind:<12} {n:>4} {found / n:>8.1%} {fa / n:>13.1%} {info / n:>11.1%}")
        print(f"{'all':<12} {tot[0]:>4} {tot[1] / tot[0]:>8.1%} {tot[2] / tot[0]:>13.1%} {tot[3] / tot[0]:>11.1%}")
        print("rules that found slips:", ", ".join(f"{r} {c}" for r, c in rules.most_common()))
        if args.show:
            for m in misses:
                print("MISS", *m, sep="\t")
            for a in alarms:
                print("FALSE", *a, sep="\t")


if __name__ == "__main__":
    main()
