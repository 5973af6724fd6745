"""Fetch an npm package (exact version) into a folder and unpack it: shared by the build scripts."""
import os
import subprocess
import tarfile


def npm_unpack(spec, workdir):
    """`npm pack spec` into workdir and extract it; return the unpacked package/ folder."""
    out = subprocess.run(
        ["npm", "pack", spec, "--silent"],
        cwd=workdir, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]
    dest = os.path.join(workdir, out[:-4])
    os.makedirs(dest, exist_ok=True)
    with tarfile.open(os.path.join(workdir, out)) as tf:
        if hasattr(tarfile, "data_filter"):
            tf.extractall(dest, filter="data")
        else:
            tf.extractall(dest)
    return os.path.join(dest, "package")
