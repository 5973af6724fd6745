"""language_tool_python (PyPI) against a running `proofile serve`; the server's address is in
PROOFILE_URL. Run by tests/clients/run.sh."""

import os
import subprocess
import sys
import tempfile
import unittest

import language_tool_python
import requests

URL = os.environ["PROOFILE_URL"]
HOST, PORT = URL.rsplit(":", 1)

# Emoji are two UTF-16 units and one Python character; accented letters are one of each.
TEXT = "🚀 Product lead at Café Müller 😀. I lead teh team and built an unicorn product. 🎉 Ship it."


def raw_matches(text):
    """The server's matches, with offsets turned from UTF-16 units into Python indices here, by
    decoding, independently of language_tool_python's own conversion."""
    r = requests.post(URL + "/v2/check", data={"language": "en-US", "text": text}, timeout=30)
    r.raise_for_status()
    units = text.encode("utf-16-le")
    out = []
    for m in r.json()["matches"]:
        start = len(units[: 2 * m["offset"]].decode("utf-16-le"))
        end = len(units[: 2 * (m["offset"] + m["length"])].decode("utf-16-le"))
        out.append((start, end, [x["value"] for x in m["replacements"]]))
    return out


class LanguageToolPython(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tool = language_tool_python.LanguageTool("en-US", remote_server=URL)

    @classmethod
    def tearDownClass(cls):
        cls.tool.close()

    def test_check_offsets_are_python_offsets(self):
        matches = self.tool.check(TEXT)
        found = {TEXT[m.offset : m.offset + m.error_length]: m for m in matches}
        self.assertIn("teh", found, [str(m) for m in matches])
        self.assertEqual(found["teh"].rule_id, "PROOFILE_SPELLER_RULE")
        self.assertEqual(found["teh"].rule_issue_type, "misspelling")
        self.assertEqual(found["teh"].category, "TYPOS")
        self.assertEqual(found["teh"].replacements[0], "the")
        self.assertIn("an", found, [str(m) for m in matches])
        self.assertEqual(found["an"].replacements[0], "a")
        raw = raw_matches(TEXT)
        self.assertEqual(sorted((m.offset, m.offset + m.error_length) for m in matches),
                         sorted((a, b) for a, b, _ in raw))

    def test_clean_text_has_no_matches(self):
        self.assertEqual(self.tool.check("I lead the team and built a product."), [])

    def test_correct_applies_the_suggestions(self):
        fixed = self.tool.correct(TEXT)
        self.assertIn("I lead the team and built a unicorn product.", fixed)
        self.assertTrue(fixed.startswith("🚀 ") and fixed.endswith("🎉 Ship it."), fixed)
        # Every first suggestion applied at its place, as computed from the raw response.
        expected = TEXT
        for start, end, repl in sorted(raw_matches(TEXT), reverse=True):
            if repl:
                expected = expected[:start] + repl[0] + expected[end:]
        self.assertEqual(fixed, expected)

    def test_disabled_rules_are_honoured(self):
        tool = language_tool_python.LanguageTool("en-US", remote_server=URL)
        tool.disabled_rules.add("PROOFILE_SPELLER_RULE")
        try:
            self.assertFalse(any(m.rule_id == "PROOFILE_SPELLER_RULE" for m in tool.check(TEXT)))
        finally:
            tool.close()

    def test_command_line_exit_status(self):
        # The CLI exits 2 when it reports matches and 0 when the text is clean.
        with tempfile.TemporaryDirectory() as d:
            slips, clean = os.path.join(d, "slips.txt"), os.path.join(d, "clean.txt")
            with open(slips, "w", encoding="utf-8") as f:
                f.write(TEXT)
            with open(clean, "w", encoding="utf-8") as f:
                f.write("I lead the team.\n")
            base = [sys.executable, "-m", "language_tool_python", "-l", "en-US",
                    "--remote-host", HOST, "--remote-port", PORT]
            out = subprocess.run(base + [slips], capture_output=True, text=True, timeout=60)
            self.assertEqual(out.returncode, 2, out.stdout + out.stderr)
            self.assertIn("PROOFILE_SPELLER_RULE", out.stdout)
            self.assertIn("teh", out.stdout)
            out = subprocess.run(base + [clean], capture_output=True, text=True, timeout=60)
            self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
            out = subprocess.run(base + ["--apply", slips], capture_output=True, text=True, timeout=60)
            self.assertIn("I lead the team", out.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
