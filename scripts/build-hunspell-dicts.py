#!/usr/bin/env python3
"""Fetch the SCOWL-based en_US / en_GB Hunspell dictionaries from npm.

Writes dictionaries/en_US.{aff,dic,LICENSE} from npm `dictionary-en` and
dictionaries/en_GB.{aff,dic,LICENSE} from npm `dictionary-en-gb`.

Both .aff and .dic are written as UTF-8 with LF line endings.  If an .aff
declares another encoding in its `SET` line, both files are decoded with that
encoding, re-encoded as UTF-8 and the `SET` line is rewritten to `SET UTF-8`.
(The pinned versions below already ship UTF-8, so today this is a copy.)

Usage:
    python3 scripts/build-hunspell-dicts.py

Python 3 standard library only, plus the `npm` CLI.
"""
import argparse
import os
import re
import sys
import tempfile
from npm_pack import npm_unpack  # scripts/npm_pack.py

PACKAGES = {
    # output name: (npm package, exact version)
    "en_US": ("dictionary-en", "4.0.0"),
    "en_GB": ("dictionary-en-gb", "3.0.0"),
}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(ROOT, "dictionaries")

# Hunspell SET names -> Python codec names
CODECS = {
    "UTF-8": "utf-8",
    "ISO8859-1": "latin-1",
    "ISO8859-15": "iso8859-15",
    "ISO8859-2": "iso8859-2",
    "MICROSOFT-CP1252": "cp1252",
}




def detect_encoding(aff_bytes):
    m = re.search(rb"^SET\s+(\S+)", aff_bytes, re.M)
    name = m.group(1).decode("ascii").upper() if m else "ISO8859-1"
    if name not in CODECS:
        sys.exit(f"unsupported SET encoding {name!r}")
    return CODECS[name]


def to_utf8_text(data, codec):
    text = data.decode(codec)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", default=DEFAULT_OUT)
    args = ap.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (pkg, ver) in sorted(PACKAGES.items()):
            pdir = npm_unpack(f"{pkg}@{ver}", tmp)
            with open(os.path.join(pdir, "index.aff"), "rb") as fh:
                aff = fh.read()
            with open(os.path.join(pdir, "index.dic"), "rb") as fh:
                dic = fh.read()
            codec = detect_encoding(aff)
            aff_t = to_utf8_text(aff, codec)
            aff_t = re.sub(r"^SET\s+\S+", "SET UTF-8", aff_t, count=1, flags=re.M)
            if not re.search(r"^SET ", aff_t, re.M):
                aff_t = "SET UTF-8\n" + aff_t
            dic_t = to_utf8_text(dic, codec)
            for ext, text in (("aff", aff_t), ("dic", dic_t)):
                with open(os.path.join(args.out_dir, f"{name}.{ext}"), "w",
                          encoding="utf-8", newline="\n") as fh:
                    fh.write(text)
            with open(os.path.join(pdir, "license"), encoding="utf-8") as fh:
                lic = fh.read()
            header = (
                f"{name}.aff / {name}.dic are taken unmodified (except for a\n"
                f"possible conversion to UTF-8) from the npm package {pkg}@{ver}\n"
                f"(https://github.com/wooorm/dictionaries, package license\n"
                f"\"(MIT AND BSD)\").  The dictionary data is derived from SCOWL\n"
                f"(http://wordlist.aspell.net/); its README / license text as\n"
                f"shipped in the package follows verbatim.\n"
                f"{'=' * 72}\n\n"
            )
            with open(os.path.join(args.out_dir, f"{name}.LICENSE"), "w",
                      encoding="utf-8", newline="\n") as fh:
                fh.write(header + lic)
            print(f"{name}: {pkg}@{ver} (source encoding {codec})", file=sys.stderr)


if __name__ == "__main__":
    main()
