#!/usr/bin/env python3
"""Load test for `proofile serve` (issue 14), loopback only, bounded in count and time.

Starts the release binary on 127.0.0.1 (a free port), sends a ~2,600-character About text
(bench/data/about-2600.txt) to /v2/check from --clients concurrent keep-alive clients until
--requests answers or --max-seconds, and prints throughput, latency percentiles and the server's
resident memory (VmRSS) sampled as the requests go by, to show whether it stays flat.

    python3 bench/serve_load.py                      # 8 clients, 10,000 requests (about 2 min on 2 cores)
    python3 bench/serve_load.py --requests 1000      # quicker
    python3 bench/serve_load.py --no-build --json out.json

Standard-library Python 3.8+. The machine's load (uptime) and core count are printed with the
figures: on a shared machine they matter.
"""

import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--max-seconds", type=float, default=600)
    ap.add_argument("--warmup", type=int, default=50, help="requests before measuring (not counted)")
    ap.add_argument("--text", default=os.path.join(ROOT, "bench", "data", "about-2600.txt"))
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "proofile"))
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--max-checks", type=int, default=None, help="passed to serve --max-checks")
    ap.add_argument("--json", help="also write the results here")
    args = ap.parse_args()

    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    text = open(args.text, encoding="utf-8").read()
    body = urllib.parse.urlencode({"language": "en-US", "text": text}).encode()

    cmd = [args.binary, "serve", "--port", "0", "--bind", "127.0.0.1", "--no-config"]
    if args.max_checks:
        cmd += ["--max-checks", str(args.max_checks)]
    server = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        m = re.search(r"127\.0\.0\.1:(\d+)", line)
        if not m:
            sys.exit(f"server did not start: {line!r} {server.stderr.read()}")
        port = int(m.group(1))

        def one(conn):
            conn.request("POST", "/v2/check", body, {"Content-Type": "application/x-www-form-urlencoded"})
            r = conn.getresponse()
            data = r.read()
            if r.status != 200:
                raise RuntimeError(f"status {r.status}: {data[:200]!r}")
            return data

        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        first = json.loads(one(conn))
        matches = len(first["matches"])
        for _ in range(args.warmup):
            one(conn)
        conn.close()

        lock = threading.Lock()
        latencies = []
        errors = []
        state = {"issued": 0}
        deadline = time.monotonic() + args.max_seconds
        rss = [(0, rss_kib(server.pid))]

        def client():
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            while True:
                with lock:
                    if state["issued"] >= args.requests or time.monotonic() > deadline:
                        break
                    state["issued"] += 1
                t0 = time.perf_counter()
                try:
                    one(c)
                except Exception as e:  # noqa: BLE001 - counted and reported
                    errors.append(repr(e))
                    c.close()
                    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                    continue
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    n = len(latencies)
                if n % 1000 == 0:
                    rss.append((n, rss_kib(server.pid)))
            c.close()

        t0 = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        rss.append((len(latencies), rss_kib(server.pid)))
    finally:
        server.terminate()
        server.wait()

    lat = sorted(latencies)
    pct = lambda p: lat[min(len(lat) - 1, int(p / 100 * len(lat)))] * 1000 if lat else float("nan")
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    res = {
        "clients": args.clients,
        "requests": len(lat),
        "errors": len(errors),
        "text_chars": len(text),
        "matches_per_response": matches,
        "wall_s": round(wall, 2),
        "throughput_rps": round(len(lat) / wall, 1) if wall else 0,
        "p50_ms": round(pct(50), 1),
        "p90_ms": round(pct(90), 1),
        "p99_ms": round(pct(99), 1),
        "max_ms": round(lat[-1] * 1000, 1) if lat else None,
        "mean_ms": round(statistics.mean(lat) * 1000, 1) if lat else None,
        "rss_kib": rss,
        "nproc": os.cpu_count(),
        "loadavg_after": load,
    }
    print(f"proofile serve load test: {res['clients']} clients, {res['requests']} requests of a "
          f"{res['text_chars']}-character About text ({matches} matches each), {res['errors']} errors")
    print(f"  throughput {res['throughput_rps']} requests/s over {res['wall_s']} s")
    print(f"  latency p50 {res['p50_ms']} ms, p90 {res['p90_ms']} ms, p99 {res['p99_ms']} ms, max {res['max_ms']} ms")
    print("  server RSS (MiB) after n requests: " +
          ", ".join(f"{n}: {kib / 1024:.1f}" for n, kib in rss))
    print(f"  machine: {res['nproc']} cores, load average after the run {load}")
    if errors:
        print("  first errors:", errors[:3])
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=2)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
