#!/usr/bin/env python3
"""Spelling speed of `proofile check` against Debian's hunspell on the same text (issue 2's benchmark).

  python3 bench/spell-speed.py [--profiles DIR] [--copies N] [--runs R]

Builds a corpus of Markdown profiles from the prose of the JSON Resume files in DIR (default: the
shared real profiles beside the project, else the bundled fixtures), repeated N times under a temp
folder, then times, R times each (median reported):
  - proofile check (all rules) with RAYON_NUM_THREADS=1 and with all cores,
  - hunspell -l -d en_US (list misspelled words) and hunspell -a -d en_US (with suggestions),
on exactly the same prose. Each run and each row's median is printed as soon as it is measured, with
the machine's load averages and core count (`uptime`, `nproc`) at that moment: on a busy machine the
wall times stretch, and the figures say so. `--no-build` skips `cargo build --release`.
Needs `hunspell` and `hunspell-en-us` (apt). Standard library only.
"""
import argparse, glob, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def prose_of(doc):
    b = doc.get('basics') or {}
    parts = {'headline': b.get('label') or '', 'about': b.get('summary') or '', 'work': []}
    for w in doc.get('work') or []:
        if not isinstance(w, dict):
            continue
        text = [w.get('summary') or '', w.get('description') or '']
        text += [h for h in (w.get('highlights') or []) if isinstance(h, str)]
        parts['work'].append((w.get('position') or 'Role', w.get('name') or w.get('company') or 'Company', [t for t in text if isinstance(t, str) and t.strip()]))
    return parts

def markdown(p):
    out = ['# Test Person', '', '## Headline', '', p['headline'].replace('\n', ' '), '', '## About', '', p['about'], '', '## Experience', '']
    for title, company, texts in p['work']:
        out += [f'### {title} — {company}', '', 'Jan 2020 – Present', '']
        out += [f'- {t.strip()}' if '\n' not in t.strip() else t for t in texts]
        out.append('')
    return '\n'.join(out) + '\n'

def corpus(src_dir):
    docs = []
    for f in sorted(glob.glob(os.path.join(src_dir, '*.json'))):
        try:
            docs.append(prose_of(json.load(open(f, encoding='utf-8'))))
        except (ValueError, UnicodeDecodeError):
            pass
    return [markdown(d) for d in docs]

def conditions():
    """Load averages (as `uptime` prints them) and the cores this process may use (`nproc`), for each figure."""
    l1, l5, l15 = os.getloadavg()
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else (os.cpu_count() or 1)
    return f'load {l1:.2f} {l5:.2f} {l15:.2f}, nproc {nproc}'

def timed(cmd, stdin=None, env=None):
    t = time.perf_counter()
    subprocess.run(cmd, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - t

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--profiles', default=os.path.join(ROOT, '..', 'shared', 'data', 'profiles', 'json-resume'))
    ap.add_argument('--copies', type=int, default=40)
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--no-build', action='store_true', help='use target/release/proofile as it is')
    a = ap.parse_args()
    # Print each figure as soon as it is measured, also into a pipe (Python buffers a pipe otherwise).
    sys.stdout.reconfigure(line_buffering=True)
    print(f'start: {conditions()}')
    if not shutil.which('hunspell'):
        sys.exit('needs hunspell: apt-get install hunspell hunspell-en-us')
    if not a.no_build:
        print('building: cargo build --release')
        subprocess.run(['cargo', 'build', '--release', '-q'], cwd=ROOT, check=True)
    exe = os.path.join(ROOT, 'target', 'release', 'proofile')
    docs = corpus(a.profiles) if os.path.isdir(a.profiles) else []
    if not docs:
        docs = [open(f, encoding='utf-8').read() for f in sorted(glob.glob(os.path.join(ROOT, 'fixtures', 'profiles', '*.md')))]
    tmp = tempfile.mkdtemp()
    files = []
    for c in range(a.copies):
        for i, d in enumerate(docs):
            p = os.path.join(tmp, f'p{c:03d}-{i:03d}.md'); open(p, 'w', encoding='utf-8').write(d); files.append(p)
    text = ''.join(docs) * a.copies
    words = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", text))
    plain = text.encode('utf-8')
    cores = os.cpu_count()
    print(f'corpus: {len(files)} profiles, {words} words ({len(docs)} distinct profiles x {a.copies}); '
          f'{a.runs} runs per row, median; hunspell -a first (the baseline of every ratio)')
    base = None
    for name, cmd, stdin, env in [
        ('hunspell -a', ['hunspell', '-a', '-d', 'en_US'], plain, None),
        ('hunspell -l', ['hunspell', '-l', '-d', 'en_US'], plain, None),
        ('proofile, 1 thread', [exe, 'check', '--format', 'json', '--fail-on', 'never'] + files, None, dict(os.environ, RAYON_NUM_THREADS='1')),
        (f'proofile, {cores} threads', [exe, 'check', '--format', 'json', '--fail-on', 'never'] + files, None, dict(os.environ)),
    ]:
        ts = []
        for r in range(a.runs):
            ts.append(timed(cmd, stdin, env))
            print(f'  {name} run {r + 1}: {ts[-1]:.3f} s ({conditions()})')
        t = statistics.median(ts)
        base = base or t
        print(f'{name:24s} {t:8.3f} s  {words / t:12,.0f} words/s  {base / t:6.2f}x hunspell -a  ({conditions()})')
    shutil.rmtree(tmp)

if __name__ == '__main__':
    main()
