"""The draft page in real headless Chromium (Debian's chromium + chromium-driver, driven by
selenium): type a draft with planted slips, see the underlines and the list, apply a suggestion,
check the text changed; fill the Invitation tab and read its verdict. Saves screenshots in SCREENSHOT_DIR. Run by tests/clients/run.sh."""

import os
import shutil
import unittest

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support.ui import WebDriverWait

URL = os.environ["PROOFILE_URL"]
OUT = os.environ.get("SCREENSHOT_DIR", "target/clients")

HEADLINE = "Senior Backend Enginer at Acme | Payments and APIs"
ABOUT = ("I lead teh payments team at Acme. We built an unified ledger that settles "
         "2 million payments a day, and cut failed payouts by 40%.")


def driver(dark=False):
    opts = webdriver.ChromeOptions()
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
              "--disable-gpu", "--lang=en-US"]:
        opts.add_argument(a)
    if dark:
        opts.add_argument("--force-dark-mode")
        opts.add_argument("--blink-settings=preferredColorScheme=0")
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=opts)


class DraftPage(unittest.TestCase):
    def setUp(self):
        self.d = driver()
        self.d.get(URL + "/")
        self.d.execute_script("localStorage.clear()")
        self.d.get(URL + "/")
        # The findings list is redrawn after each check: an element read mid-redraw is stale, so the
        # wait reads the list again instead of failing.
        self.wait = WebDriverWait(self.d, 20, ignored_exceptions=(StaleElementReferenceException,))

    def tearDown(self):
        self.d.quit()

    def findings(self):
        return self.d.find_elements(By.CSS_SELECTOR, "#list .finding")

    def test_type_see_underlines_and_apply_a_suggestion(self):
        d = self.d
        d.find_element(By.ID, "f-headline").send_keys(HEADLINE)
        about = d.find_element(By.ID, "f-about")
        about.send_keys(ABOUT)
        d.find_element(By.ID, "e1-title").send_keys("Engineering Manager")
        d.find_element(By.ID, "e1-company").send_keys("Acme")
        d.find_element(By.ID, "e1-dates").send_keys("Jan 2020 – Present")
        d.find_element(By.ID, "e1-description").send_keys("Led the the migration to event sourcing.")
        self.wait.until(lambda _: any("unknown word ‘teh’" in f.text for f in self.findings()))

        # Underlines in place: marks in the About and headline backdrops over the slips.
        marks = [m.text or m.get_attribute("textContent") for m in
                 d.find_elements(By.CSS_SELECTOR, "#f-about ~ .backdrop mark, .field .backdrop mark")]
        about_marks = d.execute_script(
            "return [...document.getElementById('f-about').parentElement.querySelectorAll('.backdrop mark')]"
            ".map(m => m.textContent)")
        self.assertIn("teh", about_marks)
        self.assertIn("an", about_marks)
        headline_marks = d.execute_script(
            "return [...document.getElementById('f-headline').parentElement.querySelectorAll('.backdrop mark')]"
            ".map(m => m.textContent)")
        self.assertIn("Enginer", headline_marks)
        self.assertTrue(marks)

        # The list is grouped by section, with counts by severity.
        groups = [h.text for h in d.find_elements(By.CSS_SELECTOR, "#list h3")]
        self.assertIn("About", groups)
        self.assertIn("Headline", groups)
        self.assertRegex(d.find_element(By.ID, "counts").text, r"\d+ errors?")
        # LinkedIn's limits, counted as the person types.
        self.assertEqual(d.find_element(By.ID, "n-headline").text, f"{len(HEADLINE)} / 220")

        os.makedirs(OUT, exist_ok=True)
        d.save_screenshot(os.path.join(OUT, "page.png"))

        # Apply "the" for "teh" with the keyboard: focus the button, press Enter.
        item = next(f for f in self.findings()
                    if any(b.text == "“teh”" for b in f.find_elements(By.CSS_SELECTOR, "button.show")))
        button = next(b for b in item.find_elements(By.CSS_SELECTOR, "button.suggestion") if b.text == "the")
        button.send_keys(Keys.ENTER)
        self.wait.until(lambda _: "I lead the payments team" in about.get_attribute("value"))
        self.wait.until(lambda _: not any("unknown word ‘teh’" in f.text for f in self.findings()))
        self.assertIn("an unified ledger", about.get_attribute("value"))

        # Apply the safe fixes: "an unified" → "a unified", "the the" → "the".
        d.find_element(By.ID, "apply-safe").click()
        self.wait.until(lambda _: "a unified ledger" in about.get_attribute("value"))
        desc = d.find_element(By.ID, "e1-description").get_attribute("value")
        self.assertEqual(desc, "Led the migration to event sourcing.")
        d.save_screenshot(os.path.join(OUT, "page-after-fixes.png"))

    def test_whole_profile_box(self):
        d = self.d
        d.find_element(By.ID, "tab-whole").click()
        box = d.find_element(By.ID, "f-whole")
        box.send_keys("## Headline\n\nData analyst\n\n## About\n\nI analyse data and recieve praise.\n")
        self.wait.until(lambda _: any("recieve" in f.text for f in self.findings()))
        marks = d.execute_script(
            "return [...document.getElementById('f-whole').parentElement.querySelectorAll('.backdrop mark')]"
            ".map(m => m.textContent)")
        self.assertIn("recieve", marks)

    def test_invitation_tab(self):
        d = self.d
        d.find_element(By.ID, "tab-invite").click()
        note = d.find_element(By.ID, "f-note")
        note.send_keys("Hi Jon, it was great to here about your talk at RustConf. "
                       "We help companies like yours; book a demo at calendly.com/acme.")
        d.find_element(By.ID, "i-to-name").send_keys("John Miller")
        d.find_element(By.ID, "i-to-headline").send_keys("CTO at Globex")

        def verdict():
            return {li.get_attribute("data-reason"): li.get_attribute("class")
                    for li in d.find_elements(By.CSS_SELECTOR, "#verdict li")}
        self.wait.until(lambda _: verdict().get("note") == "fix" and verdict().get("pitch") == "fix")
        v = verdict()
        self.assertEqual(list(v), ["photo", "profile", "off-topic", "note", "pitch"])
        self.assertEqual(v["photo"], "not-checked")
        self.assertIn("‘Jon’ is not their name", d.find_element(By.ID, "verdict").text)
        marks = d.execute_script(
            "return [...document.getElementById('f-note').parentElement.querySelectorAll('.backdrop mark')]"
            ".map(m => m.textContent)")
        self.assertIn("Jon", marks)
        self.assertIn("great to here", marks)
        self.assertEqual(d.find_element(By.ID, "n-note").text, f"{len(note.get_attribute('value'))} / 300")
        d.save_screenshot(os.path.join(OUT, "page-invite.png"))

        # Apply "John" for "Jon": the wrong-name line clears, the pitch stays.
        item = next(f for f in self.findings()
                    if any(b.text == "“Jon”" for b in f.find_elements(By.CSS_SELECTOR, "button.show")))
        next(b for b in item.find_elements(By.CSS_SELECTOR, "button.suggestion") if b.text == "John").click()
        self.wait.until(lambda _: note.get_attribute("value").startswith("Hi John,"))
        self.wait.until(lambda _: "‘Jon’" not in d.find_element(By.ID, "verdict").text)
        self.assertEqual(verdict()["pitch"], "fix")

        # Your profile, pasted: the photo and profile lines are checked now.
        d.find_element(By.CSS_SELECTOR, "#panel-invite details.more:last-of-type summary").click()
        d.find_element(By.ID, "i-from").send_keys("# Sam Lee\n\n## Headline\n\nBackend engineer\n\n"
                                                  "## About\n\nI build payment systms.\n")
        self.wait.until(lambda _: verdict().get("profile") == "fix")
        self.assertTrue(any("systms" in f.text for f in self.findings()))

    def test_safe_fixes_button_only_for_profile_drafts(self):
        # "Apply safe fixes" rewrites a profile draft; the Invitation tab has nothing it applies to.
        d = self.d
        self.assertTrue(d.find_element(By.ID, "apply-safe").is_displayed())
        d.find_element(By.ID, "tab-invite").click()
        self.assertFalse(d.find_element(By.ID, "apply-safe").is_displayed())
        d.find_element(By.ID, "tab-whole").click()
        self.assertTrue(d.find_element(By.ID, "apply-safe").is_displayed())
        # Reloaded on the Invitation tab (the mode is saved), the button stays hidden.
        d.find_element(By.ID, "tab-invite").click()
        d.get(URL + "/")
        self.assertEqual(d.find_element(By.ID, "tab-invite").get_attribute("aria-selected"), "true")
        self.assertFalse(d.find_element(By.ID, "apply-safe").is_displayed())

    def test_dark_preference(self):
        dark = driver(dark=True)
        try:
            dark.get(URL + "/")
            bg = dark.execute_script("return getComputedStyle(document.body).backgroundColor")
            self.assertEqual(bg, "rgb(20, 23, 27)")
            dark.save_screenshot(os.path.join(OUT, "page-dark.png"))
        finally:
            dark.quit()


if __name__ == "__main__":
    unittest.main(verbosity=2)
