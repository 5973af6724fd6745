//! `feeling-adjective`: the -ing form of a verb of feeling where the writer means how they feel ("I am
//! exciting to join" → excited; "I'm interesting in data" → interested).

use foldhash::HashMap;
use std::sync::OnceLock;

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::lexicon;
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct FeelingAdjective;

static META: RuleMeta = RuleMeta {
    id: "feeling-adjective",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "-ing where the writer means how they feel (I am exciting to join, I'm interesting in data)",
    description: "What it does: finds `I am`/`I'm`/`I was` or `we are`/`we're`/`we were`, up to two degree words \
(`very`, `so`, `really`), the -ing form of a verb of feeling and a word that shows the writer means their own \
feeling: `by` after any of them (`I was inspiring by your talk` → inspired), and after each its own \
prepositions (`I am exciting to join` → excited, `I'm interesting in supply chains` → interested, `we were \
boring with the old process` → bored). After a person and `felt`, `feel`, `got` or `get` (and degree words) any \
word but an object will do (`I felt very boring at the meeting` → bored). The pairs and their prepositions are in \
`dictionaries/grammar/feeling-participles.tsv`. Left alone: the -ing form with an object or at the end (`I am \
inspiring others`, `we are boring`: odd perhaps, but not this slip), other subjects (`the role is exciting to \
me`).\n\
Why: the -ing form says what causes the feeling; for the person who has it English uses the -ed form. `I am \
interesting` says the writer is of interest to others, which a reader takes as a slip.\n\
Use instead: the -ed form (a suggestion, not applied automatically).",
    flags: &[
        "I am very exciting to join the accessibility guild.",
        "I'm interesting in supply chain analytics.",
        "We were so inspiring by your talk.",
    ],
    accepts: &[
        "I am very excited to join the accessibility guild.",
        "I'm inspiring others to code; the role is exciting to me.",
        "We are interested in analytics and were surprised at the result.",
    ],
    default_enabled: true,
};

/// The -ing form → (the -ed form, the words that may follow it as the slip): `dictionaries/grammar/feeling-participles.tsv`.
fn pairs() -> &'static HashMap<&'static str, (&'static str, Vec<&'static str>)> {
    static MAP: OnceLock<HashMap<&'static str, (&'static str, Vec<&'static str>)>> = OnceLock::new();
    MAP.get_or_init(|| {
        lexicon::rows(include_str!("../../../dictionaries/grammar/feeling-participles.tsv"))
            .map(|r| {
                let after = lexicon::col(&r, 2).split(',').filter(|s| !s.is_empty()).chain(["by"]).collect();
                (lexicon::col(&r, 0), (lexicon::col(&r, 1), after))
            })
            .collect()
    })
}

/// Whether the words before `i` are `I am` (`I'm`, `I was`, `we are`, `we're`, `we were`) and up to two degree
/// words.
fn feeling_subject(a: &Analysis, i: usize) -> bool {
    let mut k = -1;
    while a.at(i, k).is_some_and(|w| w.is_any(&DEGREE)) && k > -3 {
        k -= 1;
    }
    let Some(be) = a.at(i, k) else { return false };
    if be.is_any(&["i'm", "we're"]) {
        return true;
    }
    let Some(subject) = a.at(i, k - 1) else { return false };
    be.is_any(&["am", "was"]) && subject.is("i") || be.is_any(&["are", "were"]) && subject.is("we")
}

const DEGREE: [&str; 14] = [
    "very",
    "so",
    "really",
    "extremely",
    "quite",
    "super",
    "truly",
    "incredibly",
    "genuinely",
    "particularly",
    "especially",
    "absolutely",
    "deeply",
    "totally",
];

/// Whether the words before `i` are a person and `felt` (`feel`, `got`…) and up to two degree words: `I felt very
/// boring at the meeting` can only mean the writer's feeling.
fn felt_subject(a: &Analysis, i: usize) -> bool {
    let mut k = -1;
    while a.at(i, k).is_some_and(|w| w.is_any(&DEGREE)) && k > -3 {
        k -= 1;
    }
    a.at(i, k).is_some_and(|v| v.is_any(&["felt", "feel", "feels", "feeling", "got", "get", "getting"]))
        && a.at(i, k - 1).is_some_and(|s| s.is_any(&["i", "we", "they", "he", "she"]))
}

impl Rule for FeelingAdjective {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            let Some((ed, after)) = pairs().get(w.lower.as_str()) else { continue };
            if w.is_name_like() || w.compound_next {
                continue;
            }
            let next = a.at(i, 1);
            // After `felt`, any word but an object (`I felt very boring at the meeting.`).
            let felt = felt_subject(a, i)
                && next.is_none_or(|n| {
                    !n.joined || n.tags.only(Tags::PREP | Tags::CONJ | Tags::ADV, Tags::NOUN | Tags::DET)
                });
            let Some(next) = next else {
                if felt {
                    let message =
                        format!("‘{}’ says what causes a feeling; for your own feeling write ‘{ed}’", w.lower);
                    out.extend(finding(cx, &META, w.span.clone(), message, &[ed.to_string()]));
                }
                continue;
            };
            if !felt && (!after.contains(&next.lower.as_str()) || !feeling_subject(a, i)) {
                continue;
            }
            // `to` shows the feeling only before a verb (`exciting to join`), not before a person (`exciting to me`).
            if next.is("to")
                && !a
                    .at(i, 2)
                    .is_some_and(|v| v.tags.any(Tags::VERB) && !v.tags.any(Tags::OBJ | Tags::DET | Tags::POSS))
            {
                continue;
            }
            let message = format!("‘{}’ says what causes a feeling; for your own feeling write ‘{ed}’", w.lower);
            out.extend(finding(cx, &META, w.span.clone(), message, &[ed.to_string()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "feeling-adjective";

    #[test]
    fn after_felt_any_word_but_an_object() {
        assert_flags(ID, "I felt very boring at the meeting. We got confusing by the forms. She felt so exciting.", 3);
        assert_clean(ID, "I felt bored at the meeting; the talk felt exciting; I felt amazing things were coming.");
    }

    #[test]
    fn flags_the_ing_form_for_ones_own_feeling() {
        assert_flags(ID, "Hello Yuki, I am very exciting to join the same guild as you!", 1);
        assert_flags(ID, "I'm interesting in supply chain analytics and I was boring with spreadsheets.", 2);
        assert_flags(ID, "We were so inspiring by your talk; we're really exciting about the launch.", 2);
        let d = check_text(ID, "I am interesting in your work.");
        assert_eq!(d[0].suggestions[0].replacement, "interested");
        assert!(!d[0].suggestions[0].safe);
    }

    #[test]
    fn accepts_causes_objects_and_other_subjects() {
        assert_clean(ID, "I am excited to join; I'm interested in data; we were inspired by your talk.");
        assert_clean(ID, "I'm inspiring others; I am exciting to me? The role is exciting to work on.");
        assert_clean(ID, "We are boring holes in rock. I was interesting to the panel? They are exciting to watch.");
        assert_clean(ID, "I am not confusing about anything? It was surprising to see you.");
    }
}
