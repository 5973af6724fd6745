//! `exclamation`: more than one exclamation mark in a section (an experience entry's description and
//! bullets count as one section).

use super::{is_own_prose, section_groups};
use crate::diagnostic::{Category, Diagnostic, Related, Severity};
use crate::profile::{Section, SectionKind};
use crate::rules::{ProfileContext, Rule, RuleMeta};
use crate::text::TokenKind;

pub struct Exclamation;

static META: RuleMeta = RuleMeta {
    id: "exclamation",
    category: Category::Style,
    default_severity: Severity::Info,
    sections: &[
        SectionKind::Summary,
        SectionKind::Headline,
        SectionKind::Experience,
        SectionKind::Education,
        SectionKind::Other,
    ],
    summary: "More than one exclamation mark in a section",
    description: "What it does: counts exclamation marks in each section (an experience entry's description \
and its bullets together) and reports the second and any later ones, once per section. A run such as \
\"!!\" counts once (`repeated-punctuation` reports it); names such as \"Yahoo!\" and marks inside links \
or code are ignored.\n\
Why: one exclamation can carry enthusiasm; several make a profile read like an advert or a chat.\n\
Use instead: full stops, and let the facts carry the excitement.",
    flags: &["Hi! I love building products! Let's talk!", "Shipped v2! Then v3!"],
    accepts: &[
        "Thrilled to join Acme! Now building its payments platform.",
        "Ex-Yahoo! engineer; wrote `if (a != b)` checks.",
    ],
    default_enabled: true,
};

/// Byte offsets of the exclamation marks in `section` that count (one per run).
fn exclamations(section: &Section) -> Vec<usize> {
    let text = &section.text;
    if !text.contains('!') {
        return Vec::new();
    }
    // An index, so each mark is a binary search, not a scan of every token (long texts were quadratic).
    let not_prose = crate::text::Spans::new(
        section
            .tokens()
            .iter()
            .filter(|t| !matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .map(|t| t.span.clone())
            .chain(section.skip.iter().cloned()),
    );
    let bytes = text.as_bytes();
    text.match_indices('!')
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || bytes[i - 1] != b'!')
        .filter(|&i| bytes.get(i + 1) != Some(&b'='))
        .filter(|&i| !not_prose.contains(i))
        .filter(|&i| {
            // `Yahoo!`, `Jeopardy!`: only the last eight characters before the mark can end so (each
            // character lowers to one or more), so only they are lowered, not all the text before it.
            let from = text[..i].char_indices().rev().nth(7).map_or(0, |(k, _)| k);
            let before = text[from..i].to_lowercase();
            !(before.ends_with("yahoo") || before.ends_with("jeopardy"))
        })
        .collect()
}

impl Rule for Exclamation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let sections =
            cx.profile.sections.iter().enumerate().filter(|(_, s)| META.applies_to(s.kind) && is_own_prose(s));
        for group in section_groups(sections) {
            let marks: Vec<(usize, usize)> =
                group.iter().flat_map(|(i, s)| exclamations(s).into_iter().map(move |o| (*i, o))).collect();
            if marks.len() < 2 {
                continue;
            }
            let (section, at) = marks[1];
            let related = marks
                .iter()
                .filter(|m| **m != marks[1])
                .map(|&(section, o)| Related { section, span: o..o + 1, message: "another exclamation mark".into() })
                .collect();
            let message = format!("{} exclamation marks in this section: keep one at most", marks.len());
            out.push(
                Diagnostic::new(META.id, META.category, META.default_severity, section, at..at + 1, message)
                    .with_related(related),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    #[test]
    fn one_finding_per_section() {
        assert_flags("exclamation", "Hi! I love building products! Let's talk!", 1);
        assert_flags("exclamation", "# Jo\n\n## Headline\n\nBuilder!\n\n## About\n\nHi! Hello!\n", 1);
    }

    #[test]
    fn one_mark_runs_names_and_code_are_fine() {
        assert_clean("exclamation", "Open to work!!");
        assert_clean("exclamation", "Built Yahoo! Answers widgets and a `!important` linter. Great team!");
        assert_clean("exclamation", "See https://example.com/#!/home for the demo!");
        assert_clean("exclamation", "Won on JEOPARDY! and then at ÉCOLE Yahoo! Great times!");
    }

    #[test]
    fn experience_bullets_count_together() {
        assert_flags("exclamation", "- Shipped it!\n- Loved it!", 1);
    }
}
