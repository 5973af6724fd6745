//! `term-casing`: the same term cased differently across the profile (JavaScript/Javascript,
//! GitHub/Github), or written in two forms (e-mail/email, Sr./Senior, front-end/frontend, from
//! `dictionaries/rules/term-forms.tsv`). The brand's own casing from the professional vocabulary
//! wins; else the majority.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use super::entries::{Place, diag};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::profile::Field;
use crate::rules::brands::BrandCase;
use crate::rules::{ProfileContext, Rule, RuleMeta};
use crate::text::TokenKind;
use crate::text::tokenize::is_all_caps;

pub struct TermCasing;

static META: RuleMeta = RuleMeta {
    id: "term-casing",
    category: Category::Consistency,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The same term cased differently",
    description: "What it does: groups the words of the profile's prose, titles and skills by spelling and \
reports a word whose inner capitals differ from its other uses (`JavaScript` and `Javascript`, `GitHub` and \
`Github`). The brand's own casing wins; otherwise the form used most. Only a casing from the sourced brand \
list (`dictionaries/rules/brand-casing.tsv`) is fixed automatically; a form that list gives is never changed.\n\
Not counted: a capital first letter alone (a sentence start), and words in capitals (`GITHUB` is emphasis).\n\
Why: a term cased two ways reads as two hands, or as not knowing the tool.\n\
Use instead: the suggested casing everywhere.",
    flags: &[
        "Built the JavaScript SDK and the Javascript docs.",
        "Moved CI to GitHub Actions; every Github repo has owners.",
    ],
    accepts: &[
        "Built the JavaScript SDK and the JavaScript docs.",
        "Agile coach. I coach agile teams; Cloud and cloud alike.",
    ],
    default_enabled: true,
};

fn brands() -> &'static HashMap<String, String> {
    static B: OnceLock<HashMap<String, String>> = OnceLock::new();
    B.get_or_init(crate::spell::embedded::brand_casings)
}

/// The word with its first letter lowered: sentence-start capitals do not make a different casing.
fn casing_key(word: &str) -> String {
    let mut c = word.chars();
    c.next().map(|f| f.to_lowercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// Whether every letter after the first is its own lower case.
fn lower_after_first(word: &str) -> bool {
    word.chars().skip(1).all(|c| if c.is_ascii() { !c.is_ascii_uppercase() } else { c.to_lowercase().eq([c]) })
}

/// `form` with the first letter cased like `like`'s.
fn with_first_of(form: &str, like: &str) -> String {
    let upper = like.chars().next().is_some_and(char::is_uppercase);
    let mut c = form.chars();
    match c.next() {
        Some(f) if upper => f.to_uppercase().collect::<String>() + c.as_str(),
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

impl Rule for TermCasing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        term_forms(p, out);
        // lower case → casing key → uses (written form, place)
        let mut terms: BTreeMap<String, BTreeMap<String, Vec<(String, Place)>>> = BTreeMap::new();
        let words = || {
            p.sections
                .iter()
                .enumerate()
                .filter(|(_, s)| matches!(s.field, Field::Text | Field::Bullet | Field::Title | Field::Keywords))
                .flat_map(|(i, s)| {
                    s.tokens()
                        .iter()
                        .filter(|t| t.kind == TokenKind::Word)
                        .map(move |t| (i, t, &s.text[t.span.clone()]))
                })
        };
        // Two letters or more, not in capitals throughout: tested after the cheaper tests that rule
        // out most words.
        let counted = |word: &str| word.chars().count() >= 2 && !is_all_caps(word);
        // Casing keys lower only the first letter, so every word whose other letters are all lower
        // case has the key of its lower case: a word has a second key only beside a word with a
        // capital after its first letter. Only the lower-case forms of those are collected.
        let mixed: HashSet<String> =
            words().filter(|(_, _, w)| !lower_after_first(w) && counted(w)).map(|(_, _, w)| w.to_lowercase()).collect();
        if mixed.is_empty() {
            return;
        }
        // An ASCII word's lower case has its length and its first letter in lower case: most words
        // are ruled out by those two, without a copy.
        let key = |w: &str| (w.len(), w.as_bytes().first().map(u8::to_ascii_lowercase));
        let mut mixed_keys: Vec<_> = mixed.iter().map(|m| key(m)).collect();
        mixed_keys.sort_unstable();
        for (i, t, word) in words() {
            if (word.is_ascii() && mixed_keys.binary_search(&key(word)).is_err()) || !counted(word) {
                continue;
            }
            if !crate::text::with_lowercase(word, |lower| mixed.contains(lower)) {
                continue;
            }
            let lower = word.to_lowercase();
            let place = Place { section: i, span: t.span.clone() };
            terms.entry(lower).or_default().entry(casing_key(word)).or_default().push((word.to_string(), place));
        }
        for (lower, forms) in terms.iter().filter(|(_, f)| f.len() > 1) {
            // The sourced form first (`GitKraken`), then the vocabulary's casing (`Gitkraken`).
            let sourced = crate::rules::brands::forms(lower).and_then(|f| (f.len() == 1).then(|| f[0].to_string()));
            let brand = sourced.as_ref().or_else(|| brands().get(lower)).filter(|b| !is_all_caps(b));
            let winner_key = match brand.filter(|b| forms.contains_key(&casing_key(b))) {
                Some(b) => casing_key(b),
                // The brand's casing is not used here: the majority stays, the others are told the brand.
                _ => forms
                    .iter()
                    .max_by_key(|(k, uses)| {
                        (uses.len(), k.chars().filter(|c| c.is_uppercase()).count(), std::cmp::Reverse(k.to_string()))
                    })
                    .map(|(k, _)| k.clone())
                    .expect("two forms"),
            };
            let related: Vec<_> = forms
                .get(&winner_key)
                .map(|uses| uses.iter().take(3).map(|(w, pl)| pl.related(format!("written ‘{w}’"))).collect())
                .unwrap_or_default();
            for (_, uses) in forms.iter().filter(|(k, _)| **k != winner_key) {
                for (word, place) in uses {
                    // A common word in lower case (`latex` beside `LaTeX`) may be that word: left alone.
                    if word.chars().all(|c| !c.is_uppercase()) && cx.spell.is_english_word(word) {
                        continue;
                    }
                    // Only the sourced brand list makes a fix certain; a listed form is never changed.
                    let suggestions = match crate::rules::brands::brand_case(word) {
                        BrandCase::Listed => continue,
                        BrandCase::Fix(form) => vec![Suggestion::safe(form.to_string())],
                        BrandCase::Ambiguous(list) => list.iter().map(|f| Suggestion::unsafe_(f.to_string())).collect(),
                        BrandCase::Unlisted => vec![Suggestion::unsafe_(match brand {
                            Some(b) => b.clone(),
                            None => with_first_of(&winner_key, word),
                        })],
                    };
                    let fix = suggestions[0].replacement.clone();
                    let message = format!("‘{word}’ is cased ‘{fix}’ elsewhere in the profile");
                    out.push(diag(&META, place, message).with_suggestions(suggestions).with_related(related.clone()));
                }
            }
        }
    }
}

/// Form (lower case) → term, from the lexicon.
fn forms() -> &'static [(&'static str, &'static str)] {
    static F: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    F.get_or_init(|| {
        let text = include_str!("../../../dictionaries/rules/term-forms.tsv");
        crate::rules::lexicon::rows(text).filter(|r| r.len() >= 2).map(|r| (r[0], r[1])).collect()
    })
}

/// The forms, longer first, so `sr.` is not also counted as `sr`.
fn forms_longest_first() -> &'static [(&'static str, &'static str)] {
    static F: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    F.get_or_init(|| {
        let mut list = forms().to_vec();
        list.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
        list
    })
}

/// One automaton over every form, longest first: pattern `k` is `forms_longest_first()[k]`.
fn forms_automaton() -> &'static aho_corasick::AhoCorasick {
    static A: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    A.get_or_init(|| {
        aho_corasick::AhoCorasick::new(forms_longest_first().iter().map(|(f, _)| f))
            .expect("a few short forms always make an automaton")
    })
}

/// Where each form occurs in `lower`, in one pass over it for all forms: `(form index, start)`, sorted.
fn form_hits(lower: &str) -> Vec<(usize, usize)> {
    let mut hits: Vec<(usize, usize)> =
        forms_automaton().find_overlapping_iter(lower).map(|m| (m.pattern().as_usize(), m.start())).collect();
    hits.sort_unstable();
    hits
}

/// Every whole-word occurrence of `form` in `lower` (a text in ASCII lower case), from the places
/// where it occurs (in order): each search resumes after the previous occurrence.
fn occurrences(lower: &str, form: &str, starts: impl Iterator<Item = usize>) -> Vec<std::ops::Range<usize>> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-';
    let mut out = Vec::new();
    let mut from = 0;
    for s in starts {
        if s < from {
            continue;
        }
        let e = s + form.len();
        let before_ok = !lower[..s].chars().next_back().is_some_and(is_word);
        // (`sr` inside `sr.` is not counted twice: longer forms take their place first.)
        let after_ok = form.ends_with('.') || !lower[e..].chars().next().is_some_and(is_word);
        if before_ok && after_ok {
            out.push(s..e);
        }
        from = e;
    }
    out
}

/// Two forms of one term (`e-mail` and `email`): the form used most wins, the others are reported.
fn term_forms(p: &crate::profile::Profile, out: &mut Vec<Diagnostic>) {
    // term → form → places
    let mut used: BTreeMap<&str, BTreeMap<&str, Vec<Place>>> = BTreeMap::new();
    for (i, s) in p.sections.iter().enumerate() {
        if !matches!(s.field, Field::Text | Field::Bullet | Field::Title | Field::Keywords) {
            continue;
        }
        let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
        let lower = s.text.to_ascii_lowercase();
        let hits = form_hits(&lower);
        for (k, (form, term)) in forms_longest_first().iter().enumerate() {
            let starts = hits.iter().filter(|h| h.0 == k).map(|h| h.1);
            for r in occurrences(&lower, form, starts) {
                if taken.iter().any(|t| t.start < r.end && r.start < t.end) {
                    continue;
                }
                taken.push(r.clone());
                used.entry(term).or_default().entry(form).or_default().push(Place { section: i, span: r });
            }
        }
    }
    for (term, by_form) in used.iter().filter(|(_, f)| f.len() > 1) {
        // Abbreviations with and without the dot are one form for counting (`Sr.` / `Sr`).
        let key = |f: &str| f.trim_end_matches('.').to_string();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for (f, places) in by_form {
            *counts.entry(key(f)).or_default() += places.len();
        }
        if counts.len() < 2 {
            continue;
        }
        let winner =
            counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(k, _)| k.clone()).unwrap_or_default();
        let Some((win_form, win_places)) = by_form.iter().find(|(f, _)| key(f) == winner) else { continue };
        let related: Vec<_> = win_places
            .iter()
            .take(2)
            .map(|pl| pl.related(format!("written ‘{}’", &p.sections[pl.section].text[pl.span.clone()])))
            .collect();
        for (form, places) in by_form.iter().filter(|(f, _)| key(f) != winner) {
            for pl in places {
                let written = &p.sections[pl.section].text[pl.span.clone()];
                let fix = match_case(written, win_form);
                let message = format!("‘{written}’ is written ‘{fix}’ elsewhere in the profile ({term})");
                let _ = form;
                out.push(
                    diag(&META, pl, message)
                        .with_suggestions(vec![Suggestion::unsafe_(fix)])
                        .with_related(related.clone()),
                );
            }
        }
    }
}

/// `win` (lower case) in the capitalisation of `written`: `Email` for `E-mail`, `senior` for `sr.`.
fn match_case(written: &str, win: &str) -> String {
    if written.chars().next().is_some_and(char::is_uppercase) {
        let mut c = win.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
    } else {
        win.to_string()
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, check_text};

    /// The one-pass search finds what a search per form finds: each form's next occurrence after the
    /// previous one, whole words only, in texts where forms overlap and touch.
    #[test]
    fn one_pass_finds_what_each_form_finds() {
        // The search per form that the one pass replaced, as the reference.
        fn one_form(lower: &str, form: &str) -> Vec<std::ops::Range<usize>> {
            let is_word = |c: char| c.is_alphanumeric() || c == '-';
            let mut out = Vec::new();
            let mut from = 0;
            while let Some(i) = lower[from..].find(form) {
                let (s, e) = (from + i, from + i + form.len());
                let before_ok = !lower[..s].chars().next_back().is_some_and(is_word);
                if before_ok && (form.ends_with('.') || !lower[e..].chars().next().is_some_and(is_word)) {
                    out.push(s..e);
                }
                from = e;
            }
            out
        }
        for text in ["sr. sr sr.sr srsr e-mail email-e-mail emails", "senior sr.sr. sr, e-mail.email", "", "sr"] {
            let hits = super::form_hits(text);
            for (k, (form, _)) in super::forms_longest_first().iter().enumerate() {
                let starts = hits.iter().filter(|h| h.0 == k).map(|h| h.1);
                assert_eq!(super::occurrences(text, form, starts), one_form(text, form), "{form:?} in {text:?}");
            }
        }
    }

    #[test]
    fn two_forms_of_one_term() {
        let d = check_text("term-casing", "Send an e-mail or an email. Email me.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "email");
        let d = check_text(
            "term-casing",
            "# Jo\n\n## Experience\n\n### Sr. Engineer — Acme\n\n2020 – 2021\n\nBuilt.\n\n### Senior Analyst — Initech\n\n2018 – 2019\n\nBuilt.\n\n### Senior Intern — Hooli\n\n2017 – 2018\n\nBuilt.\n",
        );
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "Senior");
        assert_clean("term-casing", "Senior engineer; senior staff. Frontend and frontend.");
        assert_clean("term-casing", "Emailed the seniority list; a senior-level sr.x role.");
    }

    #[test]
    fn brand_beats_majority() {
        let d = check_text("term-casing", "Github Actions, Github Pages and GitHub.");
        assert_eq!(d.len(), 2);
        assert!(d.iter().all(|d| d.suggestions[0].replacement == "GitHub"));
        assert_clean("term-casing", "GITHUB! We use GitHub.");
    }

    #[test]
    fn majority_when_no_brand() {
        let d = check_text("term-casing", "Our FooBar tool, the FooBar API and the Foobar app.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "FooBar");
        assert!(!d[0].suggestions[0].safe, "a majority is not a source");
    }

    #[test]
    fn listed_forms_and_common_words_are_never_changed() {
        // GitKraken is the sourced form; the vocabulary's `Gitkraken` is not a source.
        let d = check_text("term-casing", "GitKraken daily; Gitkraken weekly.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "GitKraken");
        assert!(d[0].suggestions[0].safe);
        assert_clean("term-casing", "nginx here and NGINX there; Nginx at a sentence start.");
        assert_clean("term-casing", "I typeset papers in LaTeX and wore latex gloves.");
        let d = check_text("term-casing", "SolidWorks models and Solidworks drawings.");
        assert!(d.iter().all(|d| d.suggestions.iter().all(|s| !s.safe)), "sources disagree: {d:#?}");
    }
}
