#!/usr/bin/env bash
# Proves README's Spark recipe for `--stdin-jsonl` (issue 11): installs pyspark (pip, into
# target/spark-venv) and a Java runtime (apt: default-jre-headless) when they are missing, runs
#   spark.sparkContext.textFile("profiles.jsonl").pipe("proofile check --stdin-jsonl --fail-on never")
# in Spark's local mode on 1,000 generated profiles (with malformed and blank lines among them), and
# compares the collected lines with a plain `proofile check --stdin-jsonl` run on the same file.
#
# Spark numbers lines within each partition, so `stdin:N` places are compared with N masked; the
# results must be the same lines in the same order otherwise.
#
# When pyspark or Java cannot be installed (no network, no apt), it prints SKIPPED with the reason
# and exits 0; it never skips silently. Any other failure exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."

skip() {
  echo "spark-recipe-check: SKIPPED: $*" >&2
  exit 0
}
start=$(date +%s)

bin="$PWD/target/release/proofile"
if [ ! -x "$bin" ] || [ -n "${SPARK_CHECK_BUILD:-}" ]; then
  cargo build --release --locked --quiet
fi

# Java: Spark 3.5/4.x run on 17 or newer.
if ! command -v java >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "spark-recipe-check: installing default-jre-headless (apt)" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; } \
      || skip "could not install a Java runtime with apt-get (default-jre-headless)"
  else
    skip "no Java runtime, and no apt-get as root to install default-jre-headless"
  fi
fi

# pyspark, in a virtual environment kept under target/ (ignored by git, reused by later runs).
venv="$PWD/target/spark-venv"
if ! "$venv/bin/python" -c 'import pyspark' >/dev/null 2>&1; then
  echo "spark-recipe-check: installing pyspark (pip, into target/spark-venv)" >&2
  { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet --disable-pip-version-check pyspark; } \
    || skip "could not install pyspark with pip"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$venv/bin/python" - "$work/profiles.jsonl" <<'PY'
import json, random, sys
rng = random.Random(11)
words = "built led shipped the billing service payments team platform customers latency cost data".split()
typos = ["teh", "recieve", "managment", "enviroment", "succesful"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(1000):
        if i % 97 == 5:
            f.write("{not json at all\n")
            continue
        if i % 131 == 7:
            f.write("\n")
            continue
        summary = " ".join(rng.choice(words) for _ in range(rng.randint(8, 30))).capitalize() + "."
        if i % 3 == 0:
            summary += f" I love {rng.choice(typos)} work."
        doc = {"basics": {"name": f"Person {i}", "label": "Engineer at Acme", "summary": summary},
               "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01",
                         "highlights": [f"Cut costs by {i % 50}% for the a {rng.choice(words)} team"]}]}
        f.write(json.dumps(doc) + "\n")
PY

# The plain run: exit 0 under --fail-on never, bad lines included.
"$bin" check --stdin-jsonl --fail-on never < "$work/profiles.jsonl" > "$work/plain.jsonl"

# The README recipe, as written (the binary by its full path: Spark starts it with an empty
# environment); local mode, two partitions.
"$venv/bin/python" - "$work/profiles.jsonl" "$work/spark.jsonl" "$bin" <<'PY' 2> "$work/spark.log" \
  || { tail -20 "$work/spark.log" >&2; echo "spark-recipe-check: FAILED: the Spark job failed" >&2; exit 1; }
import sys
from pyspark.sql import SparkSession
spark = SparkSession.builder.master("local[2]").appName("proofile-recipe").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
lines = spark.sparkContext.textFile(sys.argv[1], minPartitions=2).pipe(
    f"{sys.argv[3]} check --stdin-jsonl --fail-on never").collect()
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.writelines(l + "\n" for l in lines)
spark.stop()
PY

mask() { sed -E 's/stdin:[0-9]+/stdin:N/g' "$1"; }
in_lines=$(wc -l < "$work/profiles.jsonl")
plain_lines=$(wc -l < "$work/plain.jsonl")
spark_lines=$(wc -l < "$work/spark.jsonl")
if [ "$plain_lines" != "$in_lines" ] || [ "$spark_lines" != "$in_lines" ]; then
  echo "spark-recipe-check: FAILED: $in_lines lines in, $plain_lines out of the plain run, $spark_lines out of Spark" >&2
  exit 1
fi
if ! diff <(mask "$work/plain.jsonl") <(mask "$work/spark.jsonl") > "$work/diff.txt"; then
  head -20 "$work/diff.txt" >&2
  echo "spark-recipe-check: FAILED: Spark's output differs from the plain run" >&2
  exit 1
fi
errors=$(grep -c '"error"' "$work/plain.jsonl" || true)
blank=$(grep -c '"blank":true' "$work/plain.jsonl" || true)
echo "spark-recipe-check: ok: $in_lines lines ($errors malformed, $blank blank) through Spark local mode match the plain run ($(($(date +%s) - start)) s)"
