//! `first-person-in-headline`: "I", "me", "my" in the headline, which should read as a title.

use super::{is_own_prose, word_tokens};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::SectionKind;
use crate::rules::{Rule, RuleMeta, SectionContext};
use crate::text::Token;

pub struct FirstPersonInHeadline;

static META: RuleMeta = RuleMeta {
    id: "first-person-in-headline",
    category: Category::Style,
    default_severity: Severity::Info,
    sections: &[SectionKind::Headline],
    summary: "First person (I, me, my) in the headline",
    description: "What it does: flags the first \"I\", \"I'm\", \"me\", \"my\" or \"myself\" in the headline \
(once per headline). A Roman numeral in a title (\"Engineer I\", \"Level I\") and capitals such as \"ME\" \
(Mechanical Engineering) are not pronouns.\n\
Why: the headline sits next to your name in search results and reads as a title; a sentence about \
yourself there reads as a chat message. First person is fine in the About section.\n\
Use instead: a title and a focus: \"Backend engineer · payments and fraud\" rather than \"I build payment \
systems\".",
    flags: &["I help startups ship faster", "Data analyst | Ask me about my dashboards"],
    accepts: &["Software Engineer I at Acme | Python, SQL", "ME graduate · HVAC design · Level I certified"],
    default_enabled: true,
};

const PRONOUNS: &[&str] = &["i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "mine"];

/// Words a Roman numeral follows: "Phase I trials", "Level I certified".
const NUMBERED: &[&str] = &[
    "level", "phase", "tier", "grade", "part", "class", "type", "stage", "step", "war", "series", "chapter", "volume",
    "title", "division", "category", "section", "unit", "band",
];

/// Whether word `i` is a first-person pronoun rather than a numeral or an acronym.
pub(super) fn is_first_person(text: &str, words: &[&Token], i: usize) -> bool {
    let w = words[i].text(text);
    let lower = w.to_lowercase().replace('’', "'");
    if !PRONOUNS.contains(&lower.as_str()) {
        return false;
    }
    if lower == "i" {
        // "Engineer I", "Level I at Acme": a numeral after a capitalised word on the same line.
        let numeral = i > 0 && {
            let prev = words[i - 1];
            let gap = &text[prev.span.end..words[i].span.start];
            gap.trim().is_empty()
                && !gap.contains('\n')
                && prev.text(text).chars().next().is_some_and(char::is_uppercase)
                && (NUMBERED.contains(&prev.text(text).to_lowercase().as_str())
                    || words.get(i + 1).is_none_or(|next| {
                        let after = &text[words[i].span.end..next.span.start];
                        !after.trim().is_empty()
                            || next.text(text) == "at"
                            || next.text(text).starts_with(char::is_uppercase)
                    }))
        };
        return w == "I" && !numeral;
    }
    // "ME", "MY": acronyms (Mechanical Engineering, Malaysia), not pronouns.
    !(w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase()))
}

impl Rule for FirstPersonInHeadline {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !is_own_prose(cx.section) {
            return;
        }
        let text = cx.text();
        let words = word_tokens(cx.tokens);
        if let Some(i) = (0..words.len()).find(|&i| is_first_person(text, &words, i)) {
            let w = words[i].text(text);
            let message = format!("‘{w}’: the headline reads as a title; keep first person for the About section");
            out.push(cx.diag(&META, words[i].span.clone(), message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_once_per_headline() {
        assert_flags("first-person-in-headline", "I build things and I ship them", 1);
        assert_flags("first-person-in-headline", "Helping teams grow | my passion", 1);
        assert_flags("first-person-in-headline", "I’m a designer", 1);
    }

    #[test]
    fn numerals_and_acronyms_are_not_pronouns() {
        assert_clean("first-person-in-headline", "Analyst I, Risk — Acme Bank");
        assert_clean("first-person-in-headline", "Phase I trials | MY operations lead | BS, ME");
        assert_clean("first-person-in-headline", "Senior engineer; systems that scale");
    }

    #[test]
    fn about_section_is_not_checked() {
        assert_clean("first-person-in-headline", "# Jo\n\n## Headline\n\nEngineer\n\n## About\n\nI build things.\n");
    }
}
