//! `weak-opener`: experience bullets and sentences that open with a duty ("Responsible for",
//! "Worked on", "Helped with") instead of an action verb, from `dictionaries/rules/weak-openers.tsv`.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::{PhraseSet, is_own_prose, norm, word_tokens};
use crate::diagnostic::Related;
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::profile::Section;
use crate::profile::SectionKind;
use crate::rules::lexicon::{col, rows};
use crate::rules::{ProfileContext, Rule, RuleMeta};
use crate::text::TokenKind;

pub struct WeakOpener;

static META: RuleMeta = RuleMeta {
    id: "weak-opener",
    category: Category::Style,
    default_severity: Severity::Info,
    sections: &[SectionKind::Experience],
    summary: "Experience bullets that open with a duty (Responsible for, Worked on) instead of an action verb",
    description: "What it does: looks at the first words of each experience bullet and sentence and flags \
duty phrases such as \"Responsible for\", \"Duties included\", \"Worked on\", \"Helped with\", \"Tasked \
with\", \"Was involved in\" (the list is `dictionaries/rules/weak-openers.tsv`). The same words in the \
middle of a sentence are fine.\n\
The same opener repeated through one role is reported once, with the other bullets as related places.\n\
Why: a recruiter scans the first two words of each bullet. A duty says what you were supposed to do; \
an action verb says what you did.\n\
Use instead: an action verb (Led, Built, Shipped, Reduced), past tense for past roles and present tense \
for the current one, followed by the result.",
    flags: &[
        "- Responsible for the billing service and its on-call rota",
        "- Worked on the mobile app. Helped with hiring.",
    ],
    accepts: &[
        "- Led the billing service; responsible for on-call as well",
        "- Owned the mobile app, which the team had worked on for years",
    ],
    default_enabled: true,
};

fn lexicon() -> &'static PhraseSet<Vec<&'static str>> {
    static SET: OnceLock<PhraseSet<Vec<&'static str>>> = OnceLock::new();
    SET.get_or_init(|| {
        let text = include_str!("../../../dictionaries/rules/weak-openers.tsv");
        PhraseSet::new(rows(text).map(|r| {
            let verbs = col(&r, 1).split(',').map(str::trim).filter(|v| !v.is_empty()).collect();
            (col(&r, 0), verbs)
        }))
    })
}

impl Rule for WeakOpener {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        // The same opener repeated through one role is reported once, with the others as related
        // places: thirteen identical findings say no more than one.
        let mut seen: HashMap<(Option<usize>, usize, String), usize> = HashMap::new();
        for (index, section) in cx.profile.sections.iter().enumerate() {
            if !META.applies_to(section.kind) || !is_own_prose(section) {
                continue;
            }
            for (span, verbs) in openers(section) {
                let phrase = &section.text[span.clone()];
                let group = (section.entry, if section.entry.is_some() { 0 } else { index }, norm(phrase));
                if let Some(&first) = seen.get(&group) {
                    let related = Related { section: index, span, message: format!("also opens with ‘{phrase}’") };
                    out[first].related.push(related);
                    continue;
                }
                let message = if verbs.is_empty() || verbs[0].contains(':') {
                    format!("‘{phrase}’ is a weak way to open: lead with what you achieved")
                } else {
                    format!("‘{phrase}’ is a weak way to open: start with an action verb such as {}", verbs.join(", "))
                };
                let suggestions = verbs.iter().filter(|v| !v.contains(':')).map(|v| Suggestion::unsafe_(*v)).collect();
                seen.insert(group, out.len());
                out.push(
                    Diagnostic::new(META.id, META.category, META.default_severity, index, span, message)
                        .with_suggestions(suggestions),
                );
            }
        }
    }
}

/// The weak openers of a section's sentences and bullets, with their suggested verbs.
fn openers(section: &Section) -> Vec<(Range<usize>, &'static [&'static str])> {
    let text = &section.text;
    let tokens = section.tokens();
    let words = word_tokens(tokens);
    let mut found = Vec::new();
    for sentence in section.sentences().iter().cloned() {
        // The sentence must open with a word (not a number, a link or code).
        let Some(first) = tokens.get(tokens.partition_point(|t| t.span.start < sentence.start)) else {
            continue;
        };
        if first.span.start >= sentence.end || first.kind != TokenKind::Word {
            continue;
        }
        let i = words.partition_point(|w| w.span.start < first.span.start);
        if words.get(i).is_none_or(|w| w.span != first.span) {
            continue;
        }
        let mut i = i;
        // "I was responsible for": the duty phrase after a leading "I".
        if norm(words[i].text(text)) == "i" && i + 1 < words.len() && words[i + 1].span.start < sentence.end {
            i += 1;
        }
        if let Some((span, verbs)) = lexicon().match_at(text, &words, i)
            && span.end <= sentence.end
        {
            found.push((span, verbs.as_slice()));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    #[test]
    fn flags_duty_openers_at_bullet_and_sentence_start() {
        assert_flags("weak-opener", "- Responsible for payroll\n- Tasked with audits\n- Led hiring", 2);
        assert_flags("weak-opener", "Worked on pricing. Duties included reporting.", 2);
        assert_flags("weak-opener", "- I was responsible for the data platform", 1);
    }

    #[test]
    fn longest_phrase_wins_and_suggestions_are_unsafe() {
        let d = check_text("weak-opener", "- Was responsible for onboarding");
        assert_eq!(d.len(), 1);
        assert!(d[0].message.starts_with("‘Was responsible for’"), "{}", d[0].message);
        assert!(!d[0].suggestions.is_empty() && d[0].suggestions.iter().all(|s| !s.safe));
    }

    #[test]
    fn repeated_opener_is_reported_once_per_role() {
        let d =
            check_text("weak-opener", "- Worked on billing\n- Worked on search\n- Helped with hiring\n- Worked on ads");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].related.len(), 2);
    }

    #[test]
    fn accepts_the_phrase_mid_sentence() {
        assert_clean("weak-opener", "- Shipped the app we had worked on for a year");
        assert_clean("weak-opener", "- Built tools that helped with onboarding");
        assert_clean("weak-opener", "- 2019: led the migration");
        assert_clean("weak-opener", "- Helpdesk automation in Python");
    }
}
