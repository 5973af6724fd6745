//! `first-person-in-experience`: experience bullets written as "I led…" rather than "Led…".

use super::{bullets, first_token, is_own_prose, word_tokens};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::profile::SectionKind;
use crate::rules::{Rule, RuleMeta, SectionContext};
use crate::text::TokenKind;

pub struct FirstPersonInExperience;

static META: RuleMeta = RuleMeta {
    id: "first-person-in-experience",
    category: Category::Style,
    default_severity: Severity::Info,
    sections: &[SectionKind::Experience],
    summary: "Experience bullets that start with \"I\" (\"I led…\" → \"Led…\")",
    description: "What it does: flags experience bullets that open with \"I\" (\"I led\", \"I've built\", \
\"I'm responsible\"). Only bullets: a description written as a paragraph may use first person, as \
LinkedIn's own About and description fields often do, and so may the About section.\n\
Why: a bullet is a line on a résumé; the subject is always you, so the verb should come first. \
Ten bullets that start with \"I\" read as a list of sentences about yourself.\n\
Use instead: drop the pronoun and start with the verb: \"Led the migration…\", \"Built…\".",
    flags: &["- I led the migration to Kubernetes\n- Cut costs 20%", "- I’ve built three data pipelines"],
    accepts: &[
        "At Acme I led the migration to Kubernetes, and I still look after it.",
        "- Led the migration; I also mentored two juniors\n- Level I support for 40 stores",
    ],
    default_enabled: true,
};

/// After these, dropping "I" leaves no verb to start with ("I am responsible" → "Am responsible").
const AUXILIARIES: &[&str] =
    &["am", "was", "have", "had", "will", "would", "can", "could", "do", "did", "should", "may", "might", "must"];

impl Rule for FirstPersonInExperience {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !is_own_prose(cx.section) {
            return;
        }
        let text = cx.text();
        let words = word_tokens(cx.tokens);
        for bullet in bullets(cx.section) {
            let Some((_, first)) = first_token(cx.tokens, &bullet) else {
                continue;
            };
            let w = first.text(text);
            let lower = w.replace('’', "'");
            if first.kind != TokenKind::Word || !matches!(lower.as_str(), "I" | "I'm" | "I've" | "I'd" | "I'll") {
                continue;
            }
            let next = words.iter().find(|t| t.span.start > first.span.start && t.span.start < bullet.end);
            // "I. Scope", "I – Level": a numbered heading, not a pronoun.
            let gap_ok = next.is_some_and(|n| text[first.span.end..n.span.start].trim().is_empty());
            if !gap_ok {
                continue;
            }
            let next = next.expect("checked above");
            let verb = next.text(text);
            let mut d = cx.diag(&META, first.span.clone(), format!("bullet starts with ‘{w}’: start with the verb"));
            if w == "I" && verb.starts_with(char::is_lowercase) && !AUXILIARIES.contains(&verb) {
                let mut fixed: String = verb.chars().next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
                fixed.push_str(&verb[verb.chars().next().map_or(0, char::len_utf8)..]);
                d = cx
                    .diag(&META, first.span.start..next.span.end, format!("bullet starts with ‘I’: write ‘{fixed}…’"))
                    .with_suggestions(vec![Suggestion::unsafe_(fixed)]);
            }
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    #[test]
    fn flags_bullets_opening_with_i() {
        assert_flags("first-person-in-experience", "- I led hiring\n- I built the API\n- Ran on-call", 2);
        assert_flags("first-person-in-experience", "- I'm the owner of billing", 1);
    }

    #[test]
    fn suggests_dropping_the_pronoun() {
        let d = check_text("first-person-in-experience", "- I designed the schema");
        assert_eq!(d[0].suggestions[0].replacement, "Designed");
        assert!(!d[0].suggestions[0].safe);
        let d = check_text("first-person-in-experience", "- I was responsible for QA");
        assert_eq!(d.len(), 1);
        assert!(d[0].suggestions.is_empty());
    }

    #[test]
    fn prose_and_mid_bullet_pronouns_are_fine() {
        assert_clean("first-person-in-experience", "I joined as the first engineer. I built the API.");
        assert_clean("first-person-in-experience", "- Built the API that I still maintain");
        assert_clean("first-person-in-experience", "- I. Scope of work");
    }
}
