#!/usr/bin/env python3
"""Debian hunspell's suggestions on the same pairs as examples/suggest_bench.rs: top-1/top-5 and
per-word latency (one word at a time through one `hunspell -a` pipe).

  python3 bench/suggest-hunspell.py MISSPELLINGS.tsv [SAMPLE]
"""
import statistics, subprocess, sys, time

path = sys.argv[1]; sample = int(sys.argv[2]) if len(sys.argv) > 2 else 300
pairs, seen = [], set()
for line in open(path, encoding='utf-8'):
    c = line.rstrip('\n').split('\t')
    if len(c) >= 2 and c[0] not in seen:
        seen.add(c[0]); pairs.append((c[0], c[1]))
pairs = pairs[:: max(1, len(pairs) // sample)]
p = subprocess.Popen(['hunspell', '-a', '-d', 'en_US'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
p.stdout.readline()  # banner
lat, top1, top5, n = [], 0, 0, 0
for w, r in pairs:
    t = time.perf_counter()
    p.stdin.write(w + '\n'); p.stdin.flush()
    out = []
    while True:
        line = p.stdout.readline()
        if line.strip() == '': break
        out.append(line)
    lat.append((time.perf_counter() - t) * 1e3)
    sugg = out[0].split(':', 1)[1].strip().split(', ') if out and out[0].startswith('&') else []
    if out and out[0].startswith(('&', '#')):
        n += 1; top1 += bool(sugg[:1] and sugg[0].lower() == r.lower()); top5 += r.lower() in [s.lower() for s in sugg[:5]]
lat.sort()
print(f'hunspell -a ({n} misspelled words): top-1 {top1/n:.3f} top-5 {top5/n:.3f} latency median {statistics.median(lat):.1f} ms p95 {lat[int(0.95*(len(lat)-1))]:.1f} ms')
