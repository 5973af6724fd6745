"""Read the words of a cspell `TrieXv3` file (`*.trie.gz`, as shipped by `@cspell/dict-*` packages).

The format (cspell-trie-lib, MIT; format described in its README): a header (`TrieXv3`, `base=N`,
`# comments`, `__DATA__`) then a stream of operations that walk a trie in pre-order: a character
descends, `$` marks the current node as the end of a word and steps back one, `<` steps back one
(`<N` and `$N`: N steps in all), `\\c` is the literal character c, `#R;` (R in base N) stands for the
subtree of the R-th node that had children, numbered in order of appearance from the root (0).
Line breaks are ignored. Shared by the build scripts; Python standard library only.
"""
import gzip


class _Node:
    __slots__ = ("kids", "end")

    def __init__(self):
        self.kids = {}
        self.end = False


def _parse(text):
    lines = text.split("\n")
    try:
        start = next(i for i, l in enumerate(lines) if l.strip() == "__DATA__")
    except StopIteration:
        raise ValueError("not a cspell TrieXv3 file: no __DATA__ line")
    header = [l.strip() for l in lines[:start] if l.strip() and not l.strip().startswith("#")]
    if len(header) < 2 or header[0] != "TrieXv3" or not header[1].startswith("base="):
        raise ValueError("not a cspell TrieXv3 file: header %r" % header[:2])
    radix = int(header[1][5:])
    data = "".join(lines[start + 1:]).replace("\r", "")
    root = _Node()
    ids = [root]
    stack = [root]
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        i += 1
        if c == "$" or c == "<":
            if c == "$":
                stack[-1].end = True
            back = 1
            if i < n and data[i] in "23456789":
                back = int(data[i])
                i += 1
            del stack[len(stack) - back:]
            # `$<5` and `<<` chains are read one operation at a time.
            continue
        if c == "#":
            j = data.index(";", i)
            ref = ids[int(data[i:j], radix)]
            i = j + 1
            parent = stack[-2]
            for ch, kid in parent.kids.items():
                if kid is stack[-1]:
                    parent.kids[ch] = ref
                    break
            stack[-1] = ref
            continue
        if c == "\\":
            c = data[i]
            i += 1
            c = {"n": "\n", "r": "\r"}.get(c, c) if c != "\\" else "\\"
        cur = stack[-1]
        if not cur.kids and cur is not root:
            ids.append(cur)
        node = _Node()
        cur.kids[c] = node
        stack.append(node)
    return root


def words(path):
    """Every word stored in the trie file at `path` (gzip or plain), sorted, cspell's `~` (case- and
    accent-insensitive copies) and `!` (forbidden) entries left out, compound markers `+` removed."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        root = _parse(fh.read())
    out = set()
    todo = [(root, "")]
    while todo:
        node, prefix = todo.pop()
        if node.end and prefix:
            out.add(prefix)
        for ch, kid in node.kids.items():
            todo.append((kid, prefix + ch))
    return sorted(w.strip("+") for w in out if not w.startswith(("~", "!")))
