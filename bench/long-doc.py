#!/usr/bin/env python3
"""Long documents (issue 18): one section of 5k, 50k and 500k words of real prose, checked by
`proofile check` (all rules) and by `hunspell -l -d en_US` on the same file; words per second for
each, printed as it goes.

  python3 bench/long-doc.py                     # 5k, 50k, 500k words; 2 threads
  python3 bench/long-doc.py --sizes 5000,50000 --threads 1 --runs 3
  python3 bench/long-doc.py --bin /work/main/target/release/proofile   # an older build

The prose is the real text of the JSON Resume profiles beside the project (../shared/data/profiles,
read at run time, never copied into the repository): summaries, descriptions and highlights, split
into sentences. There are about 15,000 words of it, so longer documents repeat it, each pass in a
new (seeded) sentence order. Repeated words make spelling cheaper (a word's verdict is cached), so
the 500k figure is for prose whose vocabulary is that of 15,000 words; the rules' own cost, which is
what grew with the square of the length before, is not helped by repetition. Without ../shared the
bundled fixtures are used and the script says so.

Each size is one paragraph on one line under `## About` (Markdown), the hardest shape for a checker
that rescans its section; hunspell gets the same prose one sentence per line (it slows down badly on
one very long line). Needs `hunspell` and `hunspell-en-us` (apt); without them the hunspell
column says so. Standard library only. Records `nproc` and `uptime` with the figures.
"""
import argparse, glob, json, os, random, re, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# ../shared beside the checkout (or beside the main checkout, for a git worktree under wt/).
SHARED = next((p for p in (os.path.join(os.path.dirname(ROOT), 'shared', 'data', 'profiles', 'json-resume'),
                           os.path.join(os.path.dirname(os.path.dirname(ROOT)), 'shared', 'data', 'profiles', 'json-resume'))
               if os.path.isdir(p)), '')


def strings(doc):
    b = doc.get('basics') or {}
    yield b.get('summary')
    for key in ('work', 'volunteer', 'projects', 'education', 'awards', 'publications'):
        for item in doc.get(key) or []:
            if isinstance(item, dict):
                yield item.get('summary')
                yield item.get('description')
                yield from (h for h in item.get('highlights') or [])


def sentences():
    texts, source = [], SHARED
    for f in sorted(glob.glob(os.path.join(SHARED, '*.json'))):
        try:
            doc = json.load(open(f, encoding='utf-8'))
        except (OSError, ValueError):
            continue
        texts += [t for t in strings(doc) if isinstance(t, str)]
    if not texts:
        source = os.path.join(ROOT, 'fixtures')
        for f in sorted(glob.glob(os.path.join(source, '**', '*.md'), recursive=True)):
            texts += [l.lstrip('-* ') for l in open(f, encoding='utf-8') if l.strip() and not l.startswith('#')]
    out = []
    for t in texts:
        t = ' '.join(t.split())
        for s in re.split(r'(?<=[.!?])\s+', t):
            if len(s.split()) >= 3:
                out.append(s if s[-1] in '.!?' else s + '.')
    return out, source


def document(sents, words):
    rng, out, n = random.Random(1), [], 0
    while n < words:
        order = sents[:]
        rng.shuffle(order)
        for s in order:
            out.append(s)
            n += len(s.split())
            if n >= words:
                break
    return ' '.join(out)


def timed(args, stdin_path=None, env=None):
    """(wall seconds, peak RSS bytes, stdout bytes, status, CPU seconds (user + sys)) of one run."""
    t = time.monotonic()
    with tempfile.TemporaryFile() as out:
        stdin = open(stdin_path, 'rb') if stdin_path else subprocess.DEVNULL
        p = subprocess.Popen(args, stdin=stdin, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.monotonic() - t
        if stdin_path:
            stdin.close()
        return wall, usage.ru_maxrss * 1024, out.seek(0, 2), status, usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--bin', default=os.path.join(ROOT, 'target', 'release', 'proofile'))
    ap.add_argument('--sizes', default='5000,50000,500000')
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--runs', type=int, default=1, help='runs per size (median)')
    ap.add_argument('--timeout', type=float, default=600)
    a = ap.parse_args()
    if not os.path.exists(a.bin):
        sys.exit(f'no binary at {a.bin}: run `cargo build --release` first (or pass --bin)')
    sents, source = sentences()
    uptime = lambda: subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()
    print(f'# proofile: {a.bin}; RAYON_NUM_THREADS={a.threads}; runs per size: {a.runs}', flush=True)
    print(f'# prose: {len(sents)} sentences, {sum(len(s.split()) for s in sents)} words, from {source}', flush=True)
    print(f'# nproc {os.cpu_count()}; uptime: {uptime()}', flush=True)
    has_hunspell = subprocess.run(['sh', '-c', 'command -v hunspell && test -e /usr/share/hunspell/en_US.dic'],
                                  capture_output=True).returncode == 0
    env = dict(os.environ, RAYON_NUM_THREADS=str(a.threads))
    print('| words | proofile time | proofile words/s | proofile CPU (words per CPU-s) | peak RSS '
          '| hunspell -l time | hunspell words/s | proofile / hunspell |', flush=True)
    print('|---|---|---|---|---|---|---|---|', flush=True)
    rates = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in [int(s) for s in a.sizes.split(',')]:
            prose = document(sents, size)
            words = len(re.findall(r"[A-Za-z][A-Za-z'’]*", prose))
            md, txt = os.path.join(tmp, f'{size}.md'), os.path.join(tmp, f'{size}.txt')
            open(md, 'w', encoding='utf-8').write('## About\n\n' + prose + '\n')
            # hunspell reads line by line and slows down badly on one very long line: give it one
            # sentence per line (the same words).
            open(txt, 'w', encoding='utf-8').write(re.sub(r'(?<=[.!?]) ', '\n', prose) + '\n')
            runs = [timed([a.bin, 'check', md, '--format', 'json', '--fail-on', 'never', '--no-progress'], env=env)
                    for _ in range(a.runs)]
            wall = statistics.median(r[0] for r in runs)
            rss = max(r[1] for r in runs)
            cpu = statistics.median(r[4] for r in runs)
            rate = words / wall
            rates.append(rate)
            if has_hunspell:
                h = statistics.median(timed(['hunspell', '-l', '-d', 'en_US'], stdin_path=txt)[0] for _ in range(a.runs))
                hcols = f'{h:.2f} s | {words / h:,.0f} | {h / wall:.2f}x the speed'
            else:
                hcols = 'not installed | — | —'
            print(f'| {words:,} | {wall:.2f} s | {rate:,.0f} | {cpu:.2f} s ({words / cpu:,.0f}) | {rss / 2**20:.0f} MB '
                  f'| {hcols} |', flush=True)
    print(f'# uptime after: {uptime()}', flush=True)
    if len(rates) >= 2:
        change = rates[-1] / rates[0] - 1
        verdict = 'flat (within 20%)' if change >= -0.2 else 'FALLS by more than 20%'
        print(f'# words/s from the smallest to the largest: {change:+.0%}: {verdict}', flush=True)


if __name__ == '__main__':
    main()
