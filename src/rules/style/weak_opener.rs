//! `weak-opener`: experience bullets and sentences that open with a duty ("Responsible for",
//! "Worked on", "Helped with") instead of an action verb, from `dictionaries/rules/weak-openers.tsv`.

use foldhash::{HashMap, HashMapExt};
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
                let (span, replacements) = replacements(section, span, verbs);
                let message = if replacements.is_empty() {
                    format!("‘{phrase}’ is a weak way to open: lead with what you achieved")
                } else {
                    format!(
                        "‘{phrase}’ is a weak way to open: start with an action verb such as {}",
                        replacements.join(", ")
                    )
                };
                let suggestions = replacements.into_iter().map(Suggestion::unsafe_).collect();
                seen.insert(group, out.len());
                out.push(
                    Diagnostic::new(META.id, META.category, META.default_severity, index, span, message)
                        .with_suggestions(suggestions),
                );
            }
        }
    }
}

/// Base form → past tense of the action verbs in `dictionaries/rules/verb-forms.tsv`.
fn past_tense() -> &'static HashMap<&'static str, &'static str> {
    static V: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    V.get_or_init(|| {
        rows(include_str!("../../../dictionaries/rules/verb-forms.tsv")).map(|r| (col(&r, 0), col(&r, 2))).collect()
    })
}

/// The base form of a verb's `-ing` form, when it is one of the known action verbs
/// (`optimizing` → `optimize`, `running` → `run`, `building` → `build`).
fn base_of_gerund(word: &str) -> Option<&'static str> {
    let stem = word.strip_suffix("ing").filter(|s| s.len() >= 2)?;
    let verbs = past_tense();
    let mut candidates = vec![stem.to_string(), format!("{stem}e")];
    let b = stem.as_bytes();
    if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
        candidates.push(stem[..stem.len() - 1].to_string());
    }
    candidates.iter().find_map(|c| verbs.get_key_value(c.as_str()).map(|(k, _)| *k))
}

fn capitalized(word: &str) -> String {
    let mut c = word.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().collect::<String>() + c.as_str())
}

/// What may replace the opener at `span` so that the sentence still reads: the table's verbs when a
/// noun phrase follows ("Worked on the app" → "Built the app"). Before a verb the table's verbs would
/// break the sentence ("Worked on optimizing" → "Built optimizing"), so the opener and that verb
/// become the verb's past tense ("Optimized"), with the span widened to cover both, or nothing is
/// offered where the verb is not a known one. Returns the (possibly widened) span and the words.
fn replacements(section: &Section, span: Range<usize>, verbs: &[&'static str]) -> (Range<usize>, Vec<String>) {
    let text = &section.text;
    let verbs: Vec<&str> = verbs.iter().copied().filter(|v| !v.contains(':')).collect();
    let phrase = norm(&text[span.clone()]);
    let last = phrase.rsplit([' ', '-']).next().unwrap_or("");
    let next = section
        .tokens()
        .iter()
        .find(|t| t.span.start >= span.end)
        .filter(|t| t.kind == TokenKind::Word && text[span.end..t.span.start].chars().all(|c| c == ' '));
    let Some(next) = next else {
        return (span, verbs.iter().map(|v| v.to_string()).collect());
    };
    let word = norm(next.text(text));
    let widened = span.start..next.span.end;
    // A relative clause follows ("Part of a team that built…"): no verb fits in front of it.
    if last == "that" {
        return (span, Vec::new());
    }
    // "Helped to build", "Helped build": a bare verb follows.
    if last == "to" || phrase == "helped" {
        return match past_tense().get(word.as_str()) {
            Some(past) if !verbs.is_empty() => (widened, vec![capitalized(past)]),
            // "Helped the team ship": "Supported the team ship" would not read either.
            _ => (span, Vec::new()),
        };
    }
    // "Worked on optimizing": the -ing form of a verb follows.
    if word.len() > 5 && word.ends_with("ing") {
        if verbs.is_empty() {
            return (span, Vec::new());
        }
        return match base_of_gerund(&word) {
            // "Working on optimizing" (a current role): "Optimizing".
            Some(_) if verbs.iter().all(|v| v.ends_with("ing")) => (widened, vec![capitalized(&word)]),
            Some(base) => (widened, vec![capitalized(past_tense()[base])]),
            None => (span, Vec::new()),
        };
    }
    (span, verbs.iter().map(|v| v.to_string()).collect())
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
        let d = check_text("weak-opener", "- Was responsible for the onboarding flow");
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

    /// The text with the first suggestion applied.
    fn fixed(text: &str) -> Option<String> {
        let d = check_text("weak-opener", text);
        assert_eq!(d.len(), 1, "{text}: {d:#?}");
        let s = d[0].suggestions.first()?;
        // The section is the bullet's text without its marker.
        let body = text.trim_start_matches("- ");
        Some(format!("{}{}{}", &body[..d[0].span.start], s.replacement, &body[d[0].span.end..]))
    }

    #[test]
    fn suggestions_keep_the_sentence_grammatical() {
        assert_eq!(fixed("- Worked on optimizing the build").as_deref(), Some("Optimized the build"));
        assert_eq!(fixed("- Worked on the mobile app").as_deref(), Some("Built the mobile app"));
        assert_eq!(fixed("- Helped to build the data team").as_deref(), Some("Built the data team"));
        assert_eq!(fixed("- Helped build the data team").as_deref(), Some("Built the data team"));
        // "Helped the sales team close deals": "Contributed to the sales team close deals" would not read.
        assert_eq!(fixed("- Helped the sales team close deals").as_deref(), None);
        assert_eq!(fixed("- Responsible for running the on-call rota").as_deref(), None);
        assert_eq!(fixed("- Responsible for managing payroll").as_deref(), Some("Managed payroll"));
        assert_eq!(fixed("- Working on migrating the API").as_deref(), Some("Migrating the API"));
        // An -ing word that is not a known verb: nothing rather than a broken sentence.
        assert_eq!(fixed("- Worked on refactoring the API").as_deref(), None);
        assert_eq!(fixed("- Part of a team that shipped the app").as_deref(), None);
    }

    #[test]
    fn accepts_the_phrase_mid_sentence() {
        assert_clean("weak-opener", "- Shipped the app we had worked on for a year");
        assert_clean("weak-opener", "- Built tools that helped with onboarding");
        assert_clean("weak-opener", "- 2019: led the migration");
        assert_clean("weak-opener", "- Helpdesk automation in Python");
    }
}
