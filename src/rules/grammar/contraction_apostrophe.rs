//! `contraction-apostrophe`: a contraction written without its apostrophe ("dont" → don't, "Im looking" →
//! I'm, "Ive been" → I've).

use foldhash::HashMap;
use std::sync::OnceLock;

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::lexicon;
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct ContractionApostrophe;

static META: RuleMeta = RuleMeta {
    id: "contraction-apostrophe",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A contraction without its apostrophe (dont, youre, Im looking, Ive been, Id love)",
    description: "What it does: finds a contraction written without its apostrophe. Forms that are no English \
word are reported wherever they stand (`dont`, `isnt`, `youre`, `theyre`, `thats`, `whats`, `weve`), with the \
contraction as the first suggestion (the spelling suggester would offer `done` for `dont`). Forms that are also \
a word, a name or an abbreviation are reported only where the contraction reads and the other word does not: \
`Im`/`Hes`/`Shes` before an -ing form, an adjective, an adverb, a determiner or a preposition (`Im looking`, \
`Hes a nurse`; not `im injection`, German `im Jahr`), `Ive` before a past participle (`Ive been`, `Ive worked`; \
not `Jony Ive`), `Id` before a verb of wishing or saying (`Id love to`; not `the id card`), `Ill` opening a \
sentence before a verb that is not also a noun after `ill` (`Ill send it`; not `Ill health`), `cant`/`wont` \
after a subject pronoun before a verb (`I cant attend`; not `the cant of`, `as is his wont`). The forms and \
where each is reported are in `dictionaries/grammar/contractions.tsv`. `its`/`it's`, `lets`, `were`, `well`, \
`shell` are left to other rules or alone: both readings are common words.\n\
Why: a professional note or profile is read as written with care; a missing apostrophe reads as a text message.\n\
Use instead: the contraction with its apostrophe, or the words in full (`do not`, `I am`), which suit a \
profile better (a suggestion, not applied automatically).",
    flags: &["I dont have a referral yet.", "Im looking for a new role.", "Ive been following your work."],
    accepts: &[
        "I don't have a referral yet; I'm looking; I've been following your work.",
        "Jony Ive designed it. The nurse gave an im injection.",
        "Ill health kept me away; as is his wont, he was late.",
    ],
    default_enabled: true,
};

#[derive(Clone, Copy, PartialEq)]
enum When {
    Always,
    Ing,
    Perfect,
    Would,
    Will,
    Modal,
}

/// The written form → (the contraction, where it is reported): `dictionaries/grammar/contractions.tsv`.
fn forms() -> &'static HashMap<&'static str, (&'static str, When)> {
    static MAP: OnceLock<HashMap<&'static str, (&'static str, When)>> = OnceLock::new();
    MAP.get_or_init(|| {
        lexicon::rows(include_str!("../../../dictionaries/grammar/contractions.tsv"))
            .map(|r| {
                let when = match lexicon::col(&r, 2) {
                    "ing" => When::Ing,
                    "perfect" => When::Perfect,
                    "would" => When::Would,
                    "will" => When::Will,
                    "modal" => When::Modal,
                    _ => When::Always,
                };
                (lexicon::col(&r, 0), (lexicon::col(&r, 1), when))
            })
            .collect()
    })
}

/// Verbs of wishing and saying that follow `I'd`.
const AFTER_WOULD: &[&str] = &[
    "love",
    "like",
    "be",
    "appreciate",
    "welcome",
    "rather",
    "say",
    "recommend",
    "suggest",
    "prefer",
    "imagine",
    "guess",
    "think",
    "hope",
    "need",
    "want",
    "enjoy",
    "value",
    "have",
    "never",
    "also",
    "really",
    "definitely",
    "gladly",
    "happily",
    "better",
    "been",
];

/// Nouns that follow the adjective `ill`.
const AFTER_ILL: &[&str] = &[
    "health",
    "will",
    "effects",
    "effect",
    "feeling",
    "feelings",
    "treatment",
    "fortune",
    "repute",
    "temper",
    "luck",
    "humour",
    "humor",
    "wind",
    "omen",
    "patients",
    "people",
    "children",
];

/// Whether the word after `i` is one the contraction can take and the other reading cannot (`Im looking`,
/// `Hes a nurse`, `Ive been`, `Id love`).
fn reads_as_contraction(a: &Analysis, i: usize, when: When) -> bool {
    let w = &a.words[i];
    // An acronym (`HES`, `ID`, `IM`) is not the slip.
    if w.all_caps {
        return false;
    }
    // A form that is no word is the slip wherever it stands, at the end of a sentence too (`I dont.`).
    if when == When::Always {
        return true;
    }
    let Some(n) = a.at(i, 1).filter(|n| !n.capitalized && !n.all_caps) else { return false };
    let predicate = |n: &crate::text::Word| {
        n.tags.any(Tags::VERB_ING | Tags::ADJ | Tags::ADV | Tags::DET | Tags::PREP | Tags::NEG)
            && !n.tags.any(Tags::NOUN | Tags::NOUN_PL)
            || n.tags.any(Tags::VERB_ING) && !n.tags.any(Tags::NOUN_PL)
            || n.is_any(&["a", "an", "the", "not", "so", "very", "also", "still", "really", "just", "currently"])
    };
    match when {
        When::Always => unreachable!("answered above"),
        When::Ing => predicate(n),
        When::Perfect => {
            // `Jony Ive designed`: a name before it.
            a.at(i, -1).is_none_or(|p| !((p.capitalized || p.all_caps) && !p.is("i")))
                && (n.tags.any(Tags::VERB_PART) && !n.tags.any(Tags::NOUN | Tags::ADJ)
                    || n.is_any(&[
                        "been", "got", "just", "never", "always", "also", "already", "recently", "seen", "had",
                    ]))
        }
        When::Would => n.is_any(AFTER_WOULD),
        When::Will => {
            w.sentence_start
                && w.capitalized
                && n.tags.any(Tags::VERB)
                && !n.tags.any(Tags::FUNCTION)
                && !n.is_any(AFTER_ILL)
                && !n.lower.ends_with("ed")
        }
        When::Modal => {
            let subject =
                a.at(i, -1).is_some_and(|p| p.tags.any(Tags::PRON) || p.is("i")) || w.sentence_start && w.capitalized;
            subject && n.tags.any(Tags::VERB) && !n.tags.any(Tags::FUNCTION) || subject && n.is("be")
        }
    }
}

impl Rule for ContractionApostrophe {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let forms = forms();
        for (i, w) in a.words.iter().enumerate() {
            // Every form is two to eight letters without an apostrophe.
            if !(2..=8).contains(&w.lower.len()) || w.lower.contains('\'') {
                continue;
            }
            let Some(&(right, when)) = forms.get(w.lower.as_str()) else { continue };
            if !reads_as_contraction(a, i, when) {
                continue;
            }
            let written = &cx.text()[w.span.clone()];
            let fixed = if written.starts_with(char::is_uppercase) || right.starts_with("I'") {
                let mut c = right.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
            } else {
                right.to_string()
            };
            let message = format!("‘{written}’ is a contraction without its apostrophe: ‘{fixed}’");
            out.extend(finding(cx, &META, w.span.clone(), message, &[fixed]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "contraction-apostrophe";

    #[test]
    fn flags_forms_that_are_no_word() {
        assert_flags(ID, "I dont have a referral yet. It isnt done. Youre right, thats fine.", 4);
        assert_flags(ID, "Honestly, I dont. Thats Maria's call, and whats next?", 3);
        let d = check_text(ID, "Dont worry about it.");
        assert_eq!(d[0].suggestions[0].replacement, "Don't");
        assert!(!d[0].suggestions[0].safe);
        let d = check_text(ID, "We havent met yet.");
        assert_eq!(d[0].suggestions[0].replacement, "haven't");
    }

    #[test]
    fn flags_forms_that_are_words_where_the_contraction_reads() {
        assert_flags(ID, "Im looking for a new role. Im a nurse in Leeds. Hes currently at Arup.", 3);
        assert_flags(ID, "Ive been following your work. Ive worked in Pune.", 2);
        assert_flags(ID, "Id love to connect. Ill send it tomorrow.", 2);
        assert_flags(ID, "I cant attend on Friday and we wont be there.", 2);
        let d = check_text(ID, "Im working on it.");
        assert_eq!(d[0].suggestions[0].replacement, "I'm");
    }

    #[test]
    fn accepts_the_other_readings() {
        assert_clean(ID, "Jony Ive designed it. The nurse gave an im injection. Im Jahr 2020 war es.");
        assert_clean(ID, "Ill health kept me away; as is his wont, he was late. The cant of the trade.");
        assert_clean(ID, "Bring your ID card; the id field; HES data; IM me.");
        assert_clean(ID, "I don't know; it's fine; I'm here; I've been; I'd love; I'll send; I can't; we won't.");
    }
}
