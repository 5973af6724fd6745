#!/usr/bin/env python3
"""The HTML team report at scale (issue 17): time and size for a large batch, and how the page behaves.

  python3 bench/html-report.py [--count 10000] [--seed 1] [--no-build] [--keep DIR]

Generates --count profiles with bench/gen-profiles.py, then on this machine, in this run:
  - `proofile check DIR --format json` and `--format html --output FILE`: wall and CPU seconds
    (user + sys), peak RSS (GNU time), file size;
  - with Chromium, chromium-driver and selenium installed (see tests/browser/html-report.py): the
    page's load time (domContentLoaded), sorting the whole table by a column, and following a link to
    a profile whose findings travel as JSON (the last one).
Each figure is printed as it is measured, with the load averages and core count at that moment
(`uptime`, `nproc`): on a busy machine the wall times stretch. Standard library plus selenium.
"""
import argparse, os, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.stdout.reconfigure(line_buffering=True)


def cond():
    l1, l5, l15 = os.getloadavg()
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"load {l1:.2f} {l5:.2f} {l15:.2f}, nproc {nproc}"


def timed(cmd, cwd):
    marker = "@@rss:"
    full = ["/usr/bin/time", "-f", marker + "%e %U %S %M"] + cmd if os.path.exists("/usr/bin/time") else cmd
    t = time.perf_counter()
    r = subprocess.run(full, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if r.returncode not in (0, 1):
        sys.exit(f"{cmd} exited {r.returncode}: {r.stderr[-1500:]}")
    line = [l for l in r.stderr.splitlines() if l.startswith(marker)]
    if line:
        w, u, s, m = line[-1][len(marker):].split()
        return float(w), float(u) + float(s), int(m) / 1024
    return wall, float("nan"), float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--keep", metavar="DIR")
    a = ap.parse_args()
    print(f"start: {cond()}")
    if not a.no_build:
        print("building: cargo build --release")
        subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
    exe = os.path.join(ROOT, "target", "release", "proofile")
    work = a.keep or tempfile.mkdtemp(prefix="proofile-html-")
    try:
        team = os.path.join(work, "team")
        if not os.path.isdir(team):
            print(f"generating {a.count} profiles (seed {a.seed})")
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen-profiles.py"), "--count", str(a.count),
                            "--seed", str(a.seed), "--out", team], check=True, capture_output=True)
        for fmt in ["json", "html"]:
            out = os.path.join(work, f"report.{fmt}")
            wall, cpu, rss = timed([exe, "check", "team", "--format", fmt, "--output", out, "--fail-on", "never"], work)
            print(f"{fmt:5s} {a.count} profiles: {wall:7.2f} s wall, {cpu:6.2f} s CPU, peak RSS {rss:5.0f} MiB, "
                  f"file {os.path.getsize(out) / 1e6:6.1f} MB  ({cond()})")
        page = os.path.join(work, "report.html")
        try:
            from selenium import webdriver
            from selenium.webdriver.chrome.service import Service
        except ImportError:
            print("selenium not installed: the browser figures are skipped")
            return
        driver = shutil.which("chromedriver")
        if not driver:
            print("chromedriver not installed: the browser figures are skipped")
            return
        o = webdriver.ChromeOptions()
        for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600"]:
            o.add_argument(arg)
        o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        d = webdriver.Chrome(service=Service(driver), options=o)
        try:
            d.set_page_load_timeout(600)
            d.get("file://" + page)
            dcl = d.execute_script("return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
            print(f"page ready (domContentLoaded): {dcl / 1000:.2f} s  ({cond()})")
            t = time.perf_counter()
            d.find_elements("css selector", "#profiles-table thead th button")[4].click()
            d.execute_script("return 1")
            print(f"sort {a.count} rows by warnings: {time.perf_counter() - t:.2f} s  ({cond()})")
            t = time.perf_counter()
            d.execute_script(f"location.hash = 'p-{a.count - 1}'")
            opened = d.execute_script(f"var e = document.getElementById('p-{a.count - 1}'); return e && e.open")
            print(f"follow a link to the last profile (drawn from JSON): {time.perf_counter() - t:.2f} s, "
                  f"opened: {bool(opened)}  ({cond()})")
            errors = [e for e in d.get_log("browser") if e.get("level") == "SEVERE"]
            print(f"console errors: {len(errors)} {errors[:2]}")
        finally:
            d.quit()
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
