//! `language-case`: a language or nationality written in lower case where the dictionary also has a lower-case
//! word of that spelling (`speak english` → English, `french wines` → French, `fluent in polish` → Polish).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct LanguageCase;

static META: RuleMeta = RuleMeta {
    id: "language-case",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A language or nationality in lower case (speak english, french wines, fluent in polish)",
    description: "What it does: finds the names of languages and nationalities that the American dictionary \
also lists as lower-case words, and so the spelling check accepts, written in lower case where the name is \
meant: `english` and `german` anywhere (`english` is also spin on a ball, `german` an old word for \
related); `french` except in the compounds that may be written in lower case (`french fries`, `french \
doors`, `french press`); `dutch` except `go dutch` and `dutch oven`; `danish` except the pastry (`a danish`); \
`welsh` except the verb (`welsh on a deal`); `polish` only after a verb of speaking or learning or `fluent \
in`/`native` (`I speak polish`; `polish my CV` is the verb). Other languages (`spanish`, `italian`) are not \
dictionary words in lower case and are reported by `spelling` with the capital first.\n\
Why: English writes languages and nationalities with a capital; in lower case they read as a slip.\n\
Use instead: the capital (a suggestion, not applied automatically).",
    flags: &["I speak english and german fluently.", "I import french wines.", "I am fluent in polish."],
    accepts: &[
        "I speak English and German; French wines; fluent in Polish.",
        "Served french fries; we went dutch; polish your CV; a danish with coffee.",
    ],
    default_enabled: true,
};

/// The capitalised name, if word `i` is one of the names in lower case and its context does not make it the
/// other word.
fn name_meant(text: &str, a: &Analysis, i: usize) -> Option<&'static str> {
    let w = &a.words[i];
    // Only a word written all in lower case: `English` is right, `ENGLISH` is emphasis.
    if text[w.span.clone()].chars().any(char::is_uppercase) {
        return None;
    }
    let (p1, n1) = (a.at(i, -1), a.at(i, 1));
    let speaking = |p: Option<&crate::text::Word>| {
        p.is_some_and(|p| {
            p.is_any(&[
                "speak", "speaks", "speaking", "spoke", "learn", "learning", "learnt", "learned", "study", "studying",
                "native", "teach", "teaching", "taught", "fluent",
            ]) || p.is("in") && a.at(i, -2).is_some_and(|q| q.is_any(&["fluent", "proficient", "conversational"]))
        })
    };
    Some(match w.lower.as_str() {
        "english" => "English",
        "german" => "German",
        "french"
            if !n1.is_some_and(|n| {
                n.is_any(&[
                    "fries", "fry", "toast", "press", "door", "doors", "window", "windows", "horn", "horns", "braid",
                    "braids", "polish", "kiss", "kissing", "manicure", "knickers", "bean", "beans", "dressing", "seam",
                    "seams", "drain", "drains", "curve", "curves", "cuff", "cuffs",
                ])
            }) =>
        {
            "French"
        }
        "dutch"
            if !p1.is_some_and(|p| p.is_any(&["go", "goes", "going", "went", "gone"]))
                && !n1.is_some_and(|n| {
                    n.is_any(&["oven", "ovens", "auction", "auctions", "courage", "uncle", "door"])
                }) =>
        {
            "Dutch"
        }
        "danish"
            if !(p1.is_some_and(|p| p.is_any(&["a", "the", "this", "that", "one", "another", "cheese", "apple"]))
                && n1.is_none_or(|n| !n.tags.any(Tags::NOUN | Tags::NOUN_PL) || n.tags.any(Tags::FUNCTION))) =>
        {
            "Danish"
        }
        "welsh" if !n1.is_some_and(|n| n.is_any(&["on", "out"])) => "Welsh",
        "polish" if speaking(p1) && n1.is_none_or(|n| n.is_any(&["and", "or", "fluently", "too", "as", "at"])) => {
            "Polish"
        }
        _ => return None,
    })
}

impl Rule for LanguageCase {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            if !(5..=7).contains(&w.lower.len()) {
                continue;
            }
            let Some(right) = name_meant(cx.text(), a, i) else { continue };
            let message = format!("languages and nationalities take a capital: ‘{right}’");
            // `finding` matches the written case; the name keeps its capital.
            out.extend(
                finding(cx, &META, w.span.clone(), message, &[])
                    .map(|d| d.with_suggestions(vec![crate::diagnostic::Suggestion::unsafe_(right)])),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "language-case";

    #[test]
    fn flags_lower_case_names() {
        assert_flags(ID, "I speak english and german fluently. I import french wines.", 3);
        assert_flags(ID, "I am fluent in polish and learning dutch; a danish company; welsh rugby.", 4);
        let d = check_text(ID, "I teach english.");
        assert_eq!(d[0].suggestions[0].replacement, "English");
    }

    #[test]
    fn accepts_the_other_words() {
        assert_clean(ID, "I speak English, German and Polish; French wines; Dutch and Danish firms.");
        assert_clean(ID, "Served french fries and french toast; we went dutch; a dutch oven; a danish with coffee.");
        assert_clean(ID, "Polish your CV; I polish the pitch; they welsh on deals; ENGLISH in capitals.");
    }
}
