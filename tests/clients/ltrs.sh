#!/usr/bin/env bash
# The languagetool-rust CLI (`ltrs`, crates.io) against `proofile serve` at $PROOFILE_URL: every
# command that talks to a LanguageTool server must parse proofile's answers. Usage: ltrs.sh PATH_TO_LTRS
set -euo pipefail
LTRS=$1
export LANGUAGETOOL_HOSTNAME=$PROOFILE_URL   # ltrs takes only 4-digit ports; the port rides in the hostname
unset LANGUAGETOOL_PORT
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "ltrs test failed: $*" >&2; exit 1; }
ltrs() { "$LTRS" --color=never "$@"; }

ltrs ping | grep -q PONG || fail "ping"

ltrs languages >"$TMP/languages.json" || fail "languages"
python3 -c 'import json,sys; c={l["longCode"] for l in json.load(open(sys.argv[1]))}; assert {"en-US","en-GB"} <= c, c' \
  "$TMP/languages.json" || fail "languages content"

# Annotated output: emoji and accents before the slips; ltrs places its carets from our offsets.
ltrs check -l en-US -t "🚀 Product lead at Café Müller. I lead teh team and an unicorn." >"$TMP/check.txt" \
  || fail "check --text"
grep -q "PROOFILE_SPELLER_RULE\]: unknown word ‘teh’" "$TMP/check.txt" || fail "no spelling match: $(cat "$TMP/check.txt")"
grep -q "PROOFILE_A_AN" "$TMP/check.txt" || fail "no a-an match"
grep -q "help: the" "$TMP/check.txt" || fail "no suggestion"

# Raw JSON through ltrs's own response types, then checked here.
ltrs check -l en-GB -r -t "I organise teh team." >"$TMP/raw.json" || fail "check --raw"
python3 - "$TMP/raw.json" <<'PY' || fail "raw response"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["language"]["code"] == "en-GB", r["language"]
m = [m for m in r["matches"] if m["rule"]["id"] == "PROOFILE_SPELLER_RULE"]
assert [(x["offset"], x["length"]) for x in m] == [(11, 3)], m
PY

# Annotated text (`--data`) and HTML (ltrs turns it into annotated text): offsets count the markup.
ltrs check -l en-US -d '{"annotation":[{"markup":"<p>"},{"text":"I lead teh team."},{"markup":"</p>"}]}' \
  >"$TMP/data.json" || fail "check --data"
python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["matches"]; assert any(x["offset"]==10 for x in m), m' \
  "$TMP/data.json" || fail "data offsets"
ltrs check -l en-US --type html -t "<p>I lead <b>teh</b> team 🚀.</p>" >"$TMP/html.txt" || fail "check --type html"
grep -q "unknown word ‘teh’" "$TMP/html.txt" || fail "html: $(cat "$TMP/html.txt")"

# A file, split by ltrs into several requests and joined.
printf 'I lead teh team.\n\nSecond paragraph 🚀 with recieve.\n' >"$TMP/draft.txt"
ltrs check -l en-US "$TMP/draft.txt" >"$TMP/file.txt" || fail "check FILE"
grep -q "recieve" "$TMP/file.txt" || fail "file: $(cat "$TMP/file.txt")"

# A parameter error comes back as LanguageTool's plain-text error, and ltrs reports it.
if ltrs check -l xx-XX -t "hi" >"$TMP/err.txt" 2>&1; then fail "unknown language accepted"; fi
grep -q "Error: 'xx-XX' is not a language code" "$TMP/err.txt" || fail "error text: $(cat "$TMP/err.txt")"

echo "languagetool-rust (ltrs) parsed every response"
