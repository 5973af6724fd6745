#!/usr/bin/env python3
"""Precision and recall of `proofile invite` per label on the labelled invitation notes.

Usage: scripts/invite_eval.py [--bin target/release/proofile] [--part dev|heldout|heldout2|...|heldout19|dev13…dev24|both|all|blind|development|P1,P2,…] [--pooled] [--base BIN] [--show-misses]

  --part blind        every held-out part from heldout11 on (written blind, never read or trained on)
  --part development  every other part (read and trained on)
  --pooled            one table of the counts summed over the parts, after the per-part tables
  --base BIN          also run BIN (e.g. the session-start build) and count the notes whose labels come
                      closer to or further from the truth (better / worse); note texts are not printed, so
                      it is safe on the blind parts

Reads tests/data/invite/{dev,heldout,heldout2,...,heldout12}.jsonl ({"id", "labels", "note", "to"?}), runs
`proofile invite --stdin-jsonl --fail-on never` on each part, and maps findings to labels:
  empty     <- invite-empty-note
  too-long  <- invite-note-length at error level (over 300; the 200 info does not count)
  generic   <- invite-template or invite-not-personal
  pitch     <- invite-pitch
  job-ask   <- invite-job-ask
  wrong-name<- invite-wrong-name
  typo      <- any spelling or grammar finding in the note
and scores the verdict's "note" and "pitch" lines (not "fine") against the labels of those reasons.
Parts: dev (tuned on), heldout (the first held-out third, read after its measurement), heldout2 (30 notes
written after that, read once measured and since used as development data), heldout3 (40 notes written
before the rules were generalised, committed alone before any change and never tuned on), heldout4 (48
notes written by an engineer who never read the rules, committed before any change, never tuned on),
heldout5 (40 notes written by an engineer who never read the rules, committed before the rules were
changed after heldout4), heldout6 and heldout7 (50 notes each, written blind; each measured once unread,
then read), heldout8 to heldout10 (50 each, written blind, measured unread, then read), heldout11 (50, written blind,
measured unread; its description was read), heldout12 (60, written blind, committed before any change it
measures, never read: see tests/data/invite/README.md); "both" is dev + heldout, "all" every part.
Only the note's findings count (the batch has no --from). Prints TP/FP/FN, precision and recall.
"""
import json, subprocess, sys, os

LABELS = ["empty", "too-long", "generic", "pitch", "job-ask", "wrong-name", "typo"]
# The verdict's two note reasons: "note" (a personal note: empty, too long, generic, wrong name, typo)
# and "pitch" (a pitch or a job ask), scored from the verdict line not being "fine".
VERDICT = ["verdict:note", "verdict:pitch"]
NOTE_LABELS = {"empty", "too-long", "generic", "wrong-name", "typo"}

def predicted(result):
    labels = set()
    for d in result.get("note", {}).get("diagnostics", []):
        r = d["rule"]
        if r == "invite-empty-note": labels.add("empty")
        elif r == "invite-note-length" and d["severity"] == "error": labels.add("too-long")
        elif r in ("invite-template", "invite-not-personal"): labels.add("generic")
        elif r == "invite-pitch": labels.add("pitch")
        elif r == "invite-job-ask": labels.add("job-ask")
        elif r == "invite-wrong-name": labels.add("wrong-name")
        elif d["category"] in ("spelling", "grammar"): labels.add("typo")
    return labels

def run(binary, path, show):
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    inp = "".join(json.dumps({k: v for k, v in r.items() if k in ("note", "to")}) + "\n" for r in rows)
    out = subprocess.run([binary, "invite", "--stdin-jsonl", "--fail-on", "never", "--no-config"],
                         input=inp, capture_output=True, text=True)
    results = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    assert len(results) == len(rows), (len(results), len(rows), out.stderr)
    stats = {l: [0, 0, 0] for l in LABELS + VERDICT}
    for row, res in zip(rows, results):
        if "error" in res:
            print(f"  {row['id']}: error {res['error']}")
            continue
        want, got = set(row["labels"]), predicted(res)
        lines = {v["reason"]: v["status"] for v in res["verdict"]}
        if want & NOTE_LABELS: want = want | {"verdict:note"}
        if want & {"pitch", "job-ask"}: want = want | {"verdict:pitch"}
        if lines["note"] != "fine": got = got | {"verdict:note"}
        if lines["pitch"] != "fine": got = got | {"verdict:pitch"}
        for l in LABELS + VERDICT:
            if l in got and l in want: stats[l][0] += 1
            elif l in got: stats[l][1] += 1
            elif l in want: stats[l][2] += 1
        if show and want != got:
            extra = [(d["rule"], d["text"]) for d in res["note"]["diagnostics"]]
            print(f"  {row['id']}: want {sorted(want)} got {sorted(got)} {extra}")
    return len(rows), stats

def blind_part(name):
    """heldout11 and every held-out part after it: written blind, never read or trained on."""
    return name.startswith("heldout") and name[7:].isdigit() and int(name[7:]) >= 11

def part_names(part):
    folder = "tests/data/invite"
    every = sorted(f[:-6] for f in os.listdir(folder) if f.endswith(".jsonl"))
    if part == "blind":
        return sorted((p for p in every if blind_part(p)), key=lambda p: int(p[7:]))
    if part == "development":
        return [p for p in every if not blind_part(p)]
    named = {"both": ["dev", "heldout"], "all": ["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12"]}
    return named.get(part, part.split(","))

def print_table(title, stats):
    print(title)
    print(f"  {'label':<13} {'TP':>4} {'FP':>4} {'FN':>4}  precision  recall")
    for l, (tp, fp, fn) in stats.items():
        pr = f"{tp / (tp + fp):.0%}" if tp + fp else "-"
        rc = f"{tp / (tp + fn):.0%}" if tp + fn else "-"
        print(f"  {l:<13} {tp:>4} {fp:>4} {fn:>4}  {pr:>9}  {rc:>6}")

def labels_per_note(binary, path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    inp = "".join(json.dumps({k: v for k, v in r.items() if k in ("note", "to")}) + "\n" for r in rows)
    out = subprocess.run([binary, "invite", "--stdin-jsonl", "--fail-on", "never", "--no-config"],
                         input=inp, capture_output=True, text=True)
    results = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    return [(set(r["labels"]), set() if "error" in res else predicted(res)) for r, res in zip(rows, results)]

def main():
    args = sys.argv[1:]
    binary = "target/release/proofile"
    part = "dev"
    if "--bin" in args: binary = args[args.index("--bin") + 1]
    if "--part" in args: part = args[args.index("--part") + 1]
    base = args[args.index("--base") + 1] if "--base" in args else None
    show = "--show-misses" in args
    parts = part_names(part)
    pooled = {l: [0, 0, 0] for l in LABELS + VERDICT}
    better = worse = 0
    for p in parts:
        path = f"tests/data/invite/{p}.jsonl"
        n, stats = run(binary, path, show)
        print_table(f"{p}: {n} notes", stats)
        for l, counts in stats.items():
            pooled[l] = [a + b for a, b in zip(pooled[l], counts)]
        if base:
            for (want, old), (_, new) in zip(labels_per_note(base, path), labels_per_note(binary, path)):
                d = len(want ^ new) - len(want ^ old)
                better += d < 0
                worse += d > 0
    if "--pooled" in args:
        print_table(f"pooled over {len(parts)} parts", pooled)
    if base:
        print(f"against {base}: {better} notes better, {worse} worse")

if __name__ == "__main__":
    main()
