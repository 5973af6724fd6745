//! `off-topic`: personal or entertainment content (TV, dating, politics, religion, partying…) that
//! rarely belongs in a professional profile, from `dictionaries/rules/off-topic.tsv`. Info level.

use std::sync::OnceLock;

use super::{PhraseSet, is_own_prose, word_tokens};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::SectionKind;
use crate::rules::lexicon::{col, rows};
use crate::rules::{Rule, RuleMeta, SectionContext};
use crate::text::Token;

pub struct OffTopic;

static META: RuleMeta = RuleMeta {
    id: "off-topic",
    category: Category::Style,
    default_severity: Severity::Info,
    sections: &[SectionKind::Summary, SectionKind::Headline, SectionKind::Experience, SectionKind::Other],
    summary: "Personal or entertainment content (TV, dating, politics, religion, partying…)",
    description: "What it does: points out words about TV binges, dating, party politics, religion, partying, \
drinking, gambling, gaming, astrology and chat slang (\"binge-watching\", \"my girlfriend\", \"pub crawl\", \
\"lol\"), from `dictionaries/rules/off-topic.tsv`, naming the topic. Terms that are often employers, \
products or technical words (Netflix, casino, planning poker, carbon dating) are not in the list, and \
a term inside a proper name (\"Church Street\", \"BAE Systems\") is left alone.\n\
Why: a recruiter may read personal details as a lack of judgement, and some (politics, religion) invite \
bias you do not want in a hiring decision.\n\
Use instead: keep it if it is your work (a ministry role, a games studio); otherwise leave it out. \
The rule is info level and can be turned off by its id, `off-topic`, where your field needs these words.",
    flags: &["When I'm not coding I'm binge-watching TV shows lol", "Proud Republican and hardcore gamer"],
    accepts: &[
        "Built the recommendation engine at a streaming company",
        "Office on Church Street; BAE Systems partner",
    ],
    default_enabled: true,
};

fn lexicon() -> &'static PhraseSet<&'static str> {
    static SET: OnceLock<PhraseSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let text = include_str!("../../../dictionaries/rules/off-topic.tsv");
        PhraseSet::new(rows(text).map(|r| (col(&r, 0), col(&r, 1))))
    })
}

/// A capitalised match next to another capitalised word, not at the start of a sentence, is part
/// of a proper name: "Church Street", "Tory Burch", "BAE Systems".
fn in_proper_name(text: &str, words: &[&Token], span: &std::ops::Range<usize>) -> bool {
    let capital = |t: &Token| t.text(text).starts_with(char::is_uppercase);
    let Some(first) = words.iter().position(|w| w.span.start == span.start) else {
        return false;
    };
    let last = words.iter().rposition(|w| w.span.end == span.end).unwrap_or(first);
    if !capital(words[first]) {
        return false;
    }
    let adjacent = |a: &Token, b: &Token| {
        let gap = &text[a.span.end..b.span.start];
        !gap.contains('\n') && gap.trim().is_empty()
    };
    let before = first > 0 && adjacent(words[first - 1], words[first]) && capital(words[first - 1]) && {
        let prefix = text[..words[first - 1].span.start].trim_end();
        !(prefix.is_empty() || prefix.ends_with(['.', '!', '?', '\n']))
    };
    let after = words.get(last + 1).is_some_and(|n| adjacent(words[last], n) && capital(n));
    before || after
}

impl Rule for OffTopic {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !is_own_prose(cx.section) {
            return;
        }
        let text = cx.text();
        let words = word_tokens(cx.tokens);
        for (span, topic) in lexicon().find_all(text, cx.tokens) {
            if in_proper_name(text, &words, &span) {
                continue;
            }
            let term = &text[span.clone()];
            let message = format!("‘{term}’ ({topic}): consider whether this belongs in a professional profile");
            out.push(cx.diag(&META, span, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    #[test]
    fn names_the_topic() {
        let d = check_text("off-topic", "Weekends: pub crawl with friends.");
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("(partying)"), "{}", d[0].message);
        assert_flags("off-topic", "When I'm not coding I'm binge-watching TV shows lol", 3);
    }

    #[test]
    fn near_misses_are_fine() {
        assert_clean("off-topic", "Dating back to 2010, our carbon dating lab ran planning poker sessions.");
        assert_clean("off-topic", "Worked with Tory Burch and BAE Systems on Church Street.");
        assert_clean("off-topic", "Designed signage for churches, schools and partygoers");
    }
}
