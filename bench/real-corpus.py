#!/usr/bin/env python3
"""Speed on real text (issue 16): proofile, every default rule on, over Markdown profiles built from the
real JSON Resume files beside the project with real misspellings injected, against `hunspell -l` on the
same words, in the same run.

  python3 bench/real-corpus.py                      # 1,000 profiles, 3 runs per thread count (medians)
  python3 bench/real-corpus.py --count 10000 --runs 1        # the 10,000-profile batch (peak memory)
  python3 bench/real-corpus.py --threads 1,2,4 --bin /work/main/target/release/proofile

The corpus is built on the fly by ../shared/tools/make-real-corpus.py (seeded, into a temp folder, or
--keep DIR) from ../shared/data/profiles/json-resume and a misspellings list (target/misspellings.tsv,
from ../shared/tools/get-misspellings.sh). The profiles are people's own and are never copied into the
repository. Without ../shared or the list the script says so and exits 0: there is nothing to measure.

For each thread count (RAYON_NUM_THREADS) it prints, as each finishes: wall time (median of --runs),
CPU time (user + sys), words per second by wall time and by CPU time, peak RSS (GNU time's %M), the
ratio to `hunspell -l -d en_US` over the same Markdown files (hunspell reads them one after another,
on one thread), and the load averages and core count at that moment. Then the thread scaling (the
2-thread words/s over the 1-thread words/s) and whether the outputs of every thread count are byte
for byte the same. Words are whitespace-separated words of the files (`wc -w`), for both tools, so
the ratio compares like with like. The `cold` row is the start-up cost a single check pays: one
process per profile for 20 profiles spread over the corpus, the median against the 20 ms target.
Standard library only; needs `hunspell` and `hunspell-en-us` (apt) for the reference column.
"""
import argparse, glob, os, shutil, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import conditions, cond_text, run_timed  # noqa: E402  (the same timing and machine-state code)

TARGETS = dict(words_per_s_2=1_000_000, words_per_s_1=500_000, vs_hunspell_2=8.0, scaling_2=1.8, rss_mb=100.0, cold_ms=20.0)


def shared_dir():
    """../shared beside the checkout, or beside the main checkout for a git worktree under wt/."""
    for base in (os.path.dirname(ROOT), os.path.dirname(os.path.dirname(ROOT))):
        d = os.path.join(base, "shared")
        if os.path.isfile(os.path.join(d, "tools", "make-real-corpus.py")) and os.path.isdir(
                os.path.join(d, "data", "profiles", "json-resume")):
            return d
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "proofile"))
    ap.add_argument("--count", type=int, default=1000, help="profiles (default 1000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=3, help="runs per thread count; medians are reported")
    ap.add_argument("--threads", default="1,2", help="thread counts, comma-separated (default 1,2)")
    ap.add_argument("--misspellings", default=os.path.join(ROOT, "target", "misspellings.tsv"))
    ap.add_argument("--keep", metavar="DIR", help="build the corpus into DIR and keep it")
    a = ap.parse_args()

    shared = shared_dir()
    if shared is None:
        print("skipped: no ../shared with tools/make-real-corpus.py and data/profiles/json-resume beside the checkout")
        return 0
    if not os.path.isfile(a.misspellings):
        print(f"skipped: no misspellings list at {a.misspellings} (make one: ../shared/tools/get-misspellings.sh target)")
        return 0
    if not os.access(a.bin, os.X_OK):
        print(f"no binary at {a.bin}: build it with `cargo build --release`")
        return 1
    dest = a.keep or tempfile.mkdtemp(prefix="proofile-real-")
    try:
        if os.path.isdir(dest):
            for f in glob.glob(os.path.join(dest, "*.md")):
                os.remove(f)
        subprocess.run([sys.executable, os.path.join(shared, "tools", "make-real-corpus.py"),
                        "--profiles", os.path.join(shared, "data", "profiles", "json-resume"),
                        "--misspellings", a.misspellings, "--count", str(a.count), "--seed", str(a.seed),
                        "--dest", dest], check=True, stdout=subprocess.DEVNULL)
        files = sorted(glob.glob(os.path.join(dest, "*.md")))
        prose = os.path.join(tempfile.gettempdir(), f"proofile-real-{os.getpid()}.txt")
        words = 0
        with open(prose, "w", encoding="utf-8") as out:
            for f in files:
                text = open(f, encoding="utf-8").read()
                words += len(text.split())
                out.write(text)
        print(f"corpus: {len(files)} profiles, {words:,} words, from {shared} (seed {a.seed}); {cond_text(conditions())}")

        hun = hun_cpu = None
        if shutil.which("hunspell"):
            ts = [run_timed(["hunspell", "-l", "-i", "utf-8", "-d", "en_US"], stdin_path=prose) for _ in range(a.runs)]
            if all(t[2] == 0 for t in ts):
                hun = words / statistics.median(t[0] for t in ts)
                cpu = statistics.median(t[4] for t in ts)
                hun_cpu = words / cpu
                print(f"hunspell -l      {statistics.median(t[0] for t in ts):7.2f} s wall {cpu:6.2f} s CPU "
                      f"{hun:>11,.0f} words/s  ({cond_text(conditions())})")
        if hun is None:
            print("hunspell -l: not available (sudo apt-get install hunspell hunspell-en-us); no ratio")

        # Cold start: one process per profile, for 20 profiles spread over the corpus (after one run that
        # brings the binary into the page cache); the median, and the slowest.
        cold_cmd = lambda f: [a.bin, "check", f, "--format", "json", "--fail-on", "never"]
        run_timed(cold_cmd(files[0]))
        colds = [run_timed(cold_cmd(f)) for f in files[:: max(1, len(files) // 20)][:20]]
        cold_ms = statistics.median(t[0] for t in colds) * 1000
        print(f"cold: one profile {cold_ms:.1f} ms wall (median of {len(colds)} profiles, one process each; "
              f"slowest {max(t[0] for t in colds) * 1000:.1f} ms), {statistics.median(t[4] for t in colds) * 1000:.1f} ms CPU")

        outputs, rows = {}, {}
        for n in [int(t) for t in a.threads.split(",") if t.strip()]:
            env = dict(os.environ, RAYON_NUM_THREADS=str(n))
            out_path = os.path.join(tempfile.gettempdir(), f"proofile-real-{os.getpid()}-t{n}.json")
            ts = []
            for _ in range(a.runs):
                t = run_timed([a.bin, "check", dest, "--format", "json", "--fail-on", "never"], env=env,
                              stdout_path=out_path)
                if t[2] != 0:
                    print(f"proofile failed with {n} threads: {t[3]}")
                    return 1
                ts.append(t)
            wall = statistics.median(t[0] for t in ts)
            cpu = statistics.median(t[4] for t in ts)
            rss = max(t[1] for t in ts) / 1024
            rows[n] = dict(wall=wall, wps=words / wall, rss=rss)
            outputs[n] = open(out_path, "rb").read()
            os.remove(out_path)
            # By wall time, and by CPU time (steadier on a shared machine; per core, so not for 2 threads).
            ratio = f"{words / wall / hun:5.1f}x hunspell -l ({words / cpu / hun_cpu:.1f}x per CPU-second)" if hun else ""
            print(f"proofile {n:2d} thr  {wall:7.2f} s wall {cpu:6.2f} s CPU {words / wall:>11,.0f} words/s "
                  f"({words / cpu:,.0f} per CPU-second)  peak {rss:5.1f} MB  {ratio}  ({cond_text(conditions())})")
        os.remove(prose)

        same = len(set(outputs.values())) == 1
        print(f"output identical across thread counts {sorted(outputs)}: {'yes' if same else 'NO'}")
        met = lambda ok: "met" if ok else "MISSED"
        if 1 in rows and 2 in rows:
            scale = rows[2]["wps"] / rows[1]["wps"]
            print(f"scaling: 2 threads = {scale:.2f}x 1 thread (target >= {TARGETS['scaling_2']}x: "
                  f"{met(scale >= TARGETS['scaling_2'])}; needs 2 idle cores)")
        if 1 in rows:
            print(f"1 thread: {rows[1]['wps']:,.0f} words/s (target >= {TARGETS['words_per_s_1']:,}: "
                  f"{met(rows[1]['wps'] >= TARGETS['words_per_s_1'])})")
        if 2 in rows:
            print(f"2 threads: {rows[2]['wps']:,.0f} words/s (target >= {TARGETS['words_per_s_2']:,}: "
                  f"{met(rows[2]['wps'] >= TARGETS['words_per_s_2'])})")
            if hun:
                r = rows[2]["wps"] / hun
                print(f"2 threads: {r:.1f}x hunspell -l (target >= {TARGETS['vs_hunspell_2']}x: "
                      f"{met(r >= TARGETS['vs_hunspell_2'])})")
        print(f"cold start: {cold_ms:.1f} ms for one profile (target < {TARGETS['cold_ms']:.0f} ms: "
              f"{met(cold_ms < TARGETS['cold_ms'])})")
        peak = max(r["rss"] for r in rows.values())
        print(f"peak memory: {peak:.1f} MB for {len(files):,} profiles (target < {TARGETS['rss_mb']:.0f} MB: "
              f"{met(peak < TARGETS['rss_mb'])})")
        end = conditions()
        if end["load1"] > end["nproc"]:
            print(f"note: load {end['load1']:.2f} > {end['nproc']} cores: wall times and scaling are stretched by other work")
        return 0 if same else 1
    finally:
        if not a.keep:
            shutil.rmtree(dest, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
