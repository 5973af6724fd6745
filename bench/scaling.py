#!/usr/bin/env python3
"""Scaling harness (issues 18 and 19): each hostile input shape at three sizes; fails when time,
output or memory grows faster than n log n.

  python3 bench/scaling.py --quick                 # CI: small sizes, generous factors, ~1 minute
  python3 bench/scaling.py                         # full: larger sizes, a table per shape
  python3 bench/scaling.py --bin /path/to/proofile --shape a-an --shape quotes --no-fail

Each shape is a generated Markdown (or JSON Resume / JSON lines) input whose unit is repeated n
times. For each size it records wall time, peak RSS (from wait4) and the bytes of `--format json`
output, and prints them as it goes. Growth is judged between the smallest and largest size: time
above the start-up floor (a one-unit input) and output bytes may grow at most
`factor * (n2/n1) * log(n2)/log(n1)`, peak RSS at most that above the floor. The factors are generous
(a shared, noisy machine must not fail it); a quadratic path grows far past them.
Standard library only. Records `uptime` and `nproc` with the figures.
"""
import argparse, math, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PROSE = ("the team built a new service that cut latency and helped customers ship their work faster "
         "while we kept costs low and reviewed every change with care before it reached production").split()


def prose_words(n):
    """n words of plain sentences (a capital after each full stop)."""
    out = []
    for i in range(n):
        w = PROSE[i % len(PROSE)]
        if i % 12 == 0:
            w = w.capitalize()
        if i % 12 == 11:
            w += '.'
        out.append(w)
    return ' '.join(out) + '.'


def about(body):
    return '# Jane Doe\n\n## About\n\n' + body + '\n'


def experience(n):
    parts = ['# Jane Doe\n\n## Experience\n']
    for i in range(n):
        parts.append(f'\n### Engineer — Acme {i}\n\nJan 2020 – Present\n\nBuilt the billing service.\n')
    return ''.join(parts)


def json_resume_work(n):
    import json
    work = [{'position': 'Engineer', 'name': f'Acme {i}', 'startDate': '2020-01', 'summary': 'Built it.'}
            for i in range(n)]
    return json.dumps({'basics': {'name': 'Jane Doe'}, 'work': work})


def jsonl(n):
    import json
    lines = []
    for i in range(n):
        if i % 10 == 3:
            lines.append('{not json')
        else:
            lines.append(json.dumps({'basics': {'name': f'P {i}', 'summary': 'I love teh work. ' * 3}}))
    return '\n'.join(lines) + '\n'


# name -> (unit sizes for quick, unit sizes for full, generator of file text, file suffix, extra args)
SHAPES = {
    'prose': ((2000, 8000, 64000), (5000, 50000, 500000), lambda n: about(prose_words(n)), '.md', []),
    'a-an': ((1000, 4000, 32000), (2000, 20000, 200000), lambda n: about('I ate a apple today. ' * n), '.md', []),
    'parens': ((1000, 4000, 32000), (2000, 20000, 200000), lambda n: about('(word) ' * n), '.md', []),
    'open-parens': ((1000, 4000, 32000), (2000, 20000, 200000), lambda n: about('(word ' * n), '.md', []),
    'quotes': ((1000, 4000, 32000), (2000, 20000, 200000), lambda n: about('"word" said ' * n), '.md', []),
    'repeated-punct': ((1000, 4000, 32000), (2000, 20000, 200000), lambda n: about('word!! ' * n), '.md', []),
    'urls': ((1000, 4000, 32000), (2000, 20000, 200000),
             lambda n: about('see https://example.com/a/b?c=1 and ' * n), '.md', []),
    'spacing': ((1000, 4000, 32000), (2000, 20000, 200000), lambda n: about('word ,word  and . ' * n), '.md', []),
    'backticks': ((1000, 4000, 32000), (2000, 20000, 200000), lambda n: about('use `code` here ' * n), '.md', []),
    'roles-md': ((250, 1000, 8000), (1000, 10000, 100000), experience, '.md', []),
    'roles-json': ((250, 1000, 8000), (1000, 10000, 100000), json_resume_work, '.json', []),
    'stdin-jsonl': ((200, 800, 6400), (1000, 10000, 100000), jsonl, '.jsonl', ['--stdin-jsonl']),
}


def run_once(binary, path, extra, timeout):
    args = [binary, 'check', '--format', 'json', '--fail-on', 'never', '--no-progress']
    stdin = subprocess.DEVNULL
    if '--stdin-jsonl' in extra:
        args = [binary, 'check', '--stdin-jsonl', '--fail-on', 'never']
        stdin = open(path, 'rb')
    else:
        args.append(path)
    t = time.monotonic()
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen(args, stdin=stdin, stdout=out, stderr=subprocess.DEVNULL)
        deadline = t + timeout
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                p.kill()
                os.wait4(p.pid, 0)
                return None
            time.sleep(0.005)
        wall = time.monotonic() - t
        size = out.seek(0, 2)
    if stdin is not subprocess.DEVNULL:
        stdin.close()
    return wall, usage.ru_maxrss * 1024, size


def fmt_bytes(b):
    for unit in ('B', 'KB', 'MB', 'GB'):
        if b < 1024 or unit == 'GB':
            return f'{b:.0f} {unit}' if unit == 'B' else f'{b:.1f} {unit}'
        b /= 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--bin', default=os.path.join(ROOT, 'target', 'release', 'proofile'))
    ap.add_argument('--quick', action='store_true', help='small sizes (CI)')
    ap.add_argument('--shape', action='append', help='only these shapes (repeatable)')
    ap.add_argument('--sizes', help='comma-separated unit counts instead of the preset ones')
    ap.add_argument('--factor', type=float, default=None, help='allowed slack over n log n (default 4, quick 6)')
    ap.add_argument('--timeout', type=float, default=None, help='seconds per run (default 60, quick 120: a busy CI machine must not fail it)')
    ap.add_argument('--no-fail', action='store_true', help='report only (for measuring an old build)')
    a = ap.parse_args()
    factor = a.factor or (6.0 if a.quick else 4.0)
    timeout = a.timeout or (120.0 if a.quick else 60.0)
    if not os.path.exists(a.bin):
        sys.exit(f'no binary at {a.bin}: run `cargo build --release` first (or pass --bin)')
    print(f'# {a.bin}', flush=True)
    print(f'# nproc {os.cpu_count()}; uptime: {subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()}',
          flush=True)
    failures = []
    shapes = a.shape or list(SHAPES)
    with tempfile.TemporaryDirectory() as tmp:
        for name in shapes:
            quick, full, gen, suffix, extra = SHAPES[name]
            sizes = [int(s) for s in a.sizes.split(',')] if a.sizes else (quick if a.quick else full)
            # The floor: the same shape with one unit (start-up, dictionaries).
            floor_path = os.path.join(tmp, name + '-1' + suffix)
            with open(floor_path, 'w', encoding='utf-8') as f:
                f.write(gen(1))
            floor = min(run_once(a.bin, floor_path, extra, timeout) or (0, 0, 0) for _ in range(3))
            print(f'\n## {name}  (floor: {floor[0]:.3f} s, {fmt_bytes(floor[1])} RSS, {fmt_bytes(floor[2])} out)', flush=True)
            print(f'| units | input | time | peak RSS | output |', flush=True)
            print(f'|---|---|---|---|---|', flush=True)
            rows = []
            for n in sizes:
                path = os.path.join(tmp, f'{name}-{n}{suffix}')
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(gen(n))
                insize = os.path.getsize(path)
                r = run_once(a.bin, path, extra, timeout)
                os.remove(path)
                if r is None:
                    print(f'| {n:,} | {fmt_bytes(insize)} | over {timeout:.0f} s (killed) | — | — |', flush=True)
                    rows.append((n, None))
                    break
                print(f'| {n:,} | {fmt_bytes(insize)} | {r[0]:.2f} s | {fmt_bytes(r[1])} | {fmt_bytes(r[2])} |', flush=True)
                rows.append((n, r))
            if any(r is None for _, r in rows):
                failures.append(f'{name}: a run took over {timeout:.0f} s')
                continue
            (n1, r1), (n2, r2) = rows[0], rows[-1]
            allowed = factor * (n2 / n1) * math.log(n2) / math.log(n1)
            # Small absolute amounts are noise: time under 0.25 s, memory under 32 MB above the floor.
            t1, t2 = max(r1[0] - floor[0], 0.05), max(r2[0] - floor[0], 0.05)
            m1, m2 = max(r1[1] - floor[1], 8 << 20), max(r2[1] - floor[1], 32 << 20)
            o1, o2 = max(r1[2], 1), r2[2]
            for what, g in (('time', t2 / t1 if r2[0] - floor[0] > 0.25 else 1.0), ('memory', m2 / m1), ('output', o2 / o1)):
                verdict = 'ok' if g <= allowed else 'TOO FAST'
                print(f'  {what} grew {g:.1f}x for {n2 / n1:.0f}x the units (n log n allows {allowed:.0f}x): {verdict}', flush=True)
                if g > allowed:
                    failures.append(f'{name}: {what} grew {g:.1f}x for {n2 / n1:.0f}x the units (allowed {allowed:.0f}x)')
    print(f'\n# uptime after: {subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()}', flush=True)
    if failures:
        print('\nFAILED (grows faster than n log n):\n  ' + '\n  '.join(failures), flush=True)
        if not a.no_fail:
            sys.exit(1)
    else:
        print('\nall shapes within n log n', flush=True)


if __name__ == '__main__':
    main()
