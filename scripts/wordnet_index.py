"""WordNet 3.0's index files for the build scripts that take word classes from it (Princeton University;
Debian package `wordnet-base`; licence in dictionaries/grammar/wordnet.LICENSE). Standard library +
apt-get/dpkg-deb."""
import glob, os, subprocess


def folder(given, tmp):
    """`given` (a folder with WordNet's index.* files), or WordNet fetched with `apt-get download
    wordnet-base` and unpacked into `tmp`."""
    if given:
        return given
    subprocess.run(["apt-get", "download", "wordnet-base"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deb = glob.glob(os.path.join(tmp, "wordnet-base_*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(tmp, "x")], check=True)
    return os.path.join(tmp, "x", "usr", "share", "wordnet")


def lemmas(path):
    """The lemmas of a WordNet index file (index.noun, index.adj, …)."""
    with open(path, encoding="utf-8") as fh:
        return {line.split(" ", 1)[0] for line in fh if not line.startswith(" ")}


def pos_lemmas(folder_path):
    """The lemmas of WordNet's four parts of speech: (nouns, verbs, adjectives, adverbs)."""
    return tuple(lemmas(os.path.join(folder_path, "index." + p)) for p in ("noun", "verb", "adj", "adv"))


def tagged_senses(path):
    """lemma -> tagsense_cnt of a WordNet index file: how many of its senses are tagged in WordNet's
    sense-tagged corpus."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(" "):
                continue  # the licence header
            p = line.split()
            n_ptr = int(p[3])
            out[p[0]] = int(p[5 + n_ptr])
    return out


def write_list(dest, header, words):
    """Writes `words` to `dest` after `header`, one per line, sorted by their UTF-8 bytes; prints the count."""
    with open(dest, "w", encoding="utf-8", newline="\n") as out:
        out.write(header + "".join(w + "\n" for w in sorted(words, key=lambda w: w.encode("utf-8"))))
    print(f"{dest}: {len(words)} stems")
