//! `uncountable-article`: `a`/`an` before a noun that is never counted ("a good advice", "an
//! information about", "a feedback on my CV").

use foldhash::HashSet;
use std::sync::OnceLock;

use super::context::{finding, prose_analysis, punctuation_after, word_list};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::Tags;
use crate::text::{Analysis, Word};

pub struct UncountableArticle;

static META: RuleMeta = RuleMeta {
    id: "uncountable-article",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "a/an before a noun that is never counted (a good advice, an information, a feedback)",
    description: "What it does: finds `a` or `an`, up to two describing words (`very`, `good`, `new`), and a \
noun that English never counts (`advice`, `information`, `feedback`, `equipment`, `furniture`, `luggage`, \
`research`, `software`, `evidence`, `progress`… listed in `dictionaries/grammar/uncountable-nouns.txt`) that \
heads its phrase: `Could you give me an information about…`, `a very good advice`, `we bought a new equipment`. \
The same noun modifying another is left alone (`an information session`, `a research assistant`, `a \
software-based tool`, `a feedback loop`). Also `a time` as time to spare after a person's `have` (`if you have a \
time`, `when you have a time to talk`; not `a time slot`, `a great time`). A word in -able, -ible, -ful or -ous \
counts as a describing word (`a valuable feedback`).\n\
Why: the article before a mass noun is among the commonest slips of writers whose first language counts \
these nouns; a reader takes it as a sign of a careless or non-native text.\n\
Use instead: the noun without `a`/`an` (`some advice`, `a piece of advice`, `information`); not applied \
automatically.",
    flags: &[
        "Could you give me an information about the role?",
        "Your colleague gave me a very good advice.",
        "We bought a new equipment for the lab.",
    ],
    accepts: &[
        "Could you give me some information about the role?",
        "She gave me good advice at an information session.",
        "I am a research assistant; it was a feedback loop and a software-based tool.",
    ],
    default_enabled: true,
};

fn uncountable() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("../../../dictionaries/grammar/uncountable-nouns.txt")))
}

/// Whether English never counts `word` (`advice`, `information`): `dictionaries/grammar/uncountable-nouns.txt`.
pub(crate) fn is_uncountable(word: &str) -> bool {
    uncountable().contains(word)
}

/// The listed noun in -y that is `stem` + `y` (`machiner` → `machinery`), found without building the word.
pub(crate) fn uncountable_with_y(stem: &str) -> Option<&'static str> {
    uncountable().iter().copied().find(|u| u.strip_suffix('y') == Some(stem))
}

/// A describing word between the article and the noun: an adjective, an adverb or a participle.
fn describes(w: &Word) -> bool {
    w.joined
        && !w.compound_next
        && (w.tags.any(Tags::ADJ | Tags::ADV | Tags::VERB_PART)
            // An adjective's ending the lexicon may not know as one (`valuable`, listed as a noun for `valuables`).
            || w.lower.len() > 6 && ["able", "ible", "ful", "ous"].iter().any(|e| w.lower.ends_with(e)))
        && !w.tags.any(Tags::FUNCTION | Tags::DET | Tags::POSS | Tags::NUM | Tags::DIGITS)
        && !w.is_name_like()
}

/// `if you have a time`, `when you have a time to talk`: `time` as free time is not counted; after a form of
/// `have` and a person, `a time` that ends its phrase (or is followed by `to`, `for` or a time word) is `time`
/// (not `a time slot`, `a great time`, `have a time limit`).
fn have_a_time(text: &str, a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    let have = a.at(i, -1)?;
    let t = a.at(i, 1)?;
    let free_time = w.is("a")
        && w.joined
        && have.is_any(&["have", "has", "had", "having"])
        && a.at(i, -2).is_some_and(|p| p.is_any(&["you", "i", "we", "they", "he", "she", "u"]))
        && t.is("time")
        && t.joined
        && a.at(i, 2).map_or_else(
            || punctuation_after(text, &t.span),
            |n| !n.joined || n.is_any(&["to", "for", "today", "tomorrow", "now", "later", "soon", "this", "next"]),
        );
    free_time.then_some(i + 1)
}

/// The index of the uncountable noun the article at `i` stands before, if any.
fn check(text: &str, a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    if let Some(j) = have_a_time(text, a, i) {
        return Some(j);
    }
    if !w.is_any(&["a", "an"]) || w.all_caps && w.lower.len() > 1 {
        return None;
    }
    let mut k = 1;
    while k <= 2 && a.at(i, k).is_some_and(|m| describes(m) && !uncountable().contains(m.lower.as_str())) {
        k += 1;
    }
    let n = a.at(i, k)?;
    if !n.joined || n.compound_next || n.is_name_like() || !uncountable().contains(n.lower.as_str()) {
        return None;
    }
    // The noun heads its phrase: what follows is punctuation, a function word, an adverb or a verb form, not
    // a noun (or a word the lexicon does not know) that it modifies (`an information session`, `a progress
    // report`).
    let heads = a.at(i, k + 1).map_or_else(
        || punctuation_after(text, &n.span),
        |m| {
            m.tags.any(Tags::FUNCTION)
                || m.tags.any(Tags::KNOWN)
                    && !m.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::PLURALIZABLE)
                    && !m.is_name_like()
        },
    );
    heads.then_some(i + k as usize)
}

impl Rule for UncountableArticle {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            // `I am looking for a work in hospitality`, `I got a work as a welder`: `work` as a job is not counted;
            // the countable word is `job` (not `a work of art`, `a work in progress`, `a work permit`).
            if w.is_any(&["a", "an"])
                && let Some(k) = (1..=2).find(|&k| a.at(i, k).is_some_and(|n| n.is("work")))
                && (1..k).all(|m| {
                    a.at(i, m).is_some_and(|d| d.tags.any(Tags::ADJ) && !d.tags.any(Tags::NOUN_PL | Tags::FUNCTION))
                })
                && !a.words[i + k as usize].compound_next
                && a.at(i, k + 1).is_none_or(|n| {
                    !n.joined
                        || n.is_any(&["as", "at", "for", "with"])
                        || n.is("in") && !a.at(i, k + 2).is_some_and(|p| p.is_any(&["progress", "hand"]))
                })
            {
                let noun = &a.words[i + k as usize];
                let phrase = &cx.text()[w.span.start..noun.span.end];
                let job = format!("{}job", &cx.text()[w.span.start..noun.span.start]).replacen("an ", "a ", 1);
                let job = if job.starts_with("An ") { job.replacen("An ", "A ", 1) } else { job };
                let message =
                    format!("‘work’ as a job is not counted: ‘{job}’ (or ‘work’ with no article), not ‘{phrase}’");
                out.extend(finding(cx, &META, w.span.start..noun.span.end, message, &[job]));
                continue;
            }
            let Some(j) = check(cx.text(), a, i) else { continue };
            let noun = &a.words[j];
            // The finding covers the article to the noun; the fix keeps all but the article.
            let rest = &cx.text()[a.words[i + 1].span.start..noun.span.end];
            let message = if noun.is("time") {
                "time to spare is not counted: ‘have time’, not ‘have a time’".to_string()
            } else {
                format!(
                    "‘{}’ is not counted in English: no ‘{}’ before it (‘{rest}’, or ‘some {rest}’)",
                    noun.lower, w.lower
                )
            };
            // When the article opens the sentence, the next word takes its capital.
            let fixed = capitalised_like(&cx.text()[w.span.clone()], rest);
            out.extend(finding(cx, &META, w.span.start..noun.span.end, message, &[fixed]));
        }
    }
}

/// `rest` with a capital first letter when `found` (the article) starts with one.
fn capitalised_like(found: &str, rest: &str) -> String {
    if found.starts_with(char::is_uppercase) {
        let mut c = rest.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
    } else {
        rest.to_string()
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "uncountable-article";

    #[test]
    fn flags_an_article_before_a_mass_noun() {
        assert_flags(ID, "Thank you for a valuable feedback on my portfolio. I have a good news about the grant.", 2);
        assert_clean(ID, "A valuable asset; a news anchor; a useful feedback loop; good news; the news.");
        assert_flags(ID, "Could you give me an information about where you source your cardamom?", 1);
        assert_flags(ID, "Ana gave me a very good advice about beekeeping permits.", 1);
        assert_flags(ID, "I would value a feedback on my CV. We bought a new equipment.", 2);
        let d = check_text(ID, "She gave me a useful advice.");
        assert_eq!(d[0].suggestions[0].replacement, "useful advice");
        assert!(!d[0].suggestions[0].safe);
        let d = check_text(ID, "A good advice is rare.");
        assert_eq!(d[0].suggestions[0].replacement, "Good advice");
        // Time to spare.
        let d = check_text(ID, "I have a question, if you have a time. When you have a time to talk, call me.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "time");
        assert_clean(ID, "If you have a time slot free; we had a great time; do you have time? I have a time limit.");
    }

    #[test]
    fn work_as_a_job() {
        let d = check_text(ID, "I am looking for a work in hospitality. After graduation I got a work as a welder.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["a job", "a job"]);
        assert_flags(ID, "She found a good work at a bank in Doha.", 1);
        assert_clean(
            ID,
            "A work of art; a work in progress; a work permit; a work-life balance; a good job at a bank.",
        );
    }

    #[test]
    fn accepts_modifiers_and_other_nouns() {
        assert_clean(ID, "An information session, a research assistant and a feedback loop.");
        assert_clean(ID, "A software-based tool; a progress report; an equipment list.");
        assert_clean(ID, "A piece of advice, a good knowledge of SAP and a great experience.");
        assert_clean(ID, "Some information; good advice; an idea. We ran an information\nsession.");
    }
}
