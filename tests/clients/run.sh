#!/usr/bin/env bash
# Real clients against `proofile serve` on 127.0.0.1: language_tool_python (PyPI), the
# languagetool-rust CLI (crates.io) and the draft page in headless Chromium (Debian chromium +
# chromium-driver, selenium from PyPI). Installs what is missing; a client that cannot be installed
# is skipped with a loud message, never silently. Run by .ci/run; any failure fails it.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/target/clients
mkdir -p "$OUT"

skip() { printf '\n!!!!!!!!!!\n!!! SKIPPED: %s\n!!!!!!!!!!\n\n' "$*" >&2; }

cargo build --locked --quiet
BIN=$ROOT/target/debug/proofile

"$BIN" serve --port 0 --no-config >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q 'listening on' "$OUT/server.log" 2>/dev/null && break
  sleep 0.1
done
PORT=$(grep -o '127\.0\.0\.1:[0-9]*' "$OUT/server.log" | head -1 | cut -d: -f2)
[ -n "$PORT" ] || { cat "$OUT/server.log"; echo "server did not start" >&2; exit 1; }
export PROOFILE_URL=http://127.0.0.1:$PORT
echo "proofile serve on $PROOFILE_URL"

# 1. language_tool_python
if python3 -c 'import language_tool_python, requests' 2>/dev/null \
  || python3 -m pip install --quiet language_tool_python requests; then
  python3 tests/clients/test_language_tool_python.py
else
  skip "language_tool_python could not be installed from PyPI"
fi

# 2. languagetool-rust's CLI (`ltrs`), built once into target/ltrs.
LTRS=$ROOT/target/ltrs/bin/ltrs
if [ -x "$LTRS" ] || cargo install --locked --quiet languagetool-rust --version 3.0.1 --features cli \
  --root "$ROOT/target/ltrs"; then
  bash tests/clients/ltrs.sh "$LTRS"
else
  skip "languagetool-rust could not be installed from crates.io"
fi

# 3. The draft page in headless Chromium.
if ! command -v chromedriver >/dev/null || ! command -v chromium >/dev/null; then
  if command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
      || true
  fi
fi
if command -v chromedriver >/dev/null && command -v chromium >/dev/null \
  && (python3 -c 'import selenium' 2>/dev/null || python3 -m pip install --quiet selenium); then
  SCREENSHOT_DIR=$OUT python3 tests/clients/test_page_chromium.py
else
  skip "chromium, chromium-driver or selenium could not be installed"
fi

# The server survived all of it.
python3 -c 'import sys, urllib.request; assert urllib.request.urlopen(sys.argv[1] + "/v2/healthcheck").read() == b"OK"' \
  "$PROOFILE_URL"
echo "real-client tests passed"
