#!/usr/bin/env python3
"""Builds the LinkedIn export zip fixtures from the folder fixture (standard library only).

  python3 scripts/make-linkedin-zip.py

fixtures/linkedin/export.zip      the files of fixtures/linkedin/export/, as LinkedIn ships them
                                  (at the top of the archive, deflated), with fixed timestamps so the
                                  bytes are the same on every run
fixtures/linkedin/nested.zip      the same files one folder down, as an archive re-zipped by hand
fixtures/linkedin/broken/truncated.zip   export.zip cut in half
tests/readers.rs checks that export.zip still matches the folder.
"""
import os
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures', 'linkedin')
STAMP = (2025, 1, 15, 9, 30, 0)


def build(out, prefix=''):
    src = os.path.join(ROOT, 'export')
    with zipfile.ZipFile(out, 'w') as z:
        if prefix:
            info = zipfile.ZipInfo(prefix, STAMP)
            info.external_attr = 0o40755 << 16
            z.writestr(info, b'')
        for name in sorted(os.listdir(src)):
            info = zipfile.ZipInfo(prefix + name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open(os.path.join(src, name), 'rb') as f:
                z.writestr(info, f.read())


def main():
    export = os.path.join(ROOT, 'export.zip')
    build(export)
    build(os.path.join(ROOT, 'nested.zip'), 'Basic_LinkedInDataExport_01-15-2025/')
    data = open(export, 'rb').read()
    os.makedirs(os.path.join(ROOT, 'broken'), exist_ok=True)
    with open(os.path.join(ROOT, 'broken', 'truncated.zip'), 'wb') as f:
        f.write(data[: len(data) // 2])


if __name__ == '__main__':
    main()
