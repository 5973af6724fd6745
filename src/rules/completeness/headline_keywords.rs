//! `headline-keywords`: the start of the headline, which search results show, names no job.

use foldhash::HashSet;
use std::sync::OnceLock;

use super::whole::first_of;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::SectionKind;
use crate::rules::consistency::entries::{Place, diag};
use crate::rules::lexicon;
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct HeadlineKeywords;

/// Characters of the headline that search results show.
pub const VISIBLE_CHARS: usize = 65;

static META: RuleMeta = RuleMeta {
    id: "headline-keywords",
    category: Category::Completeness,
    default_severity: Severity::Info,
    sections: &[SectionKind::Headline],
    summary: "The visible start of the headline names no job",
    description: "What it does: looks at the first 65 characters of the headline (what search results and \
comments show) for a job word: a common one (engineer, designer, manager, founder…) or a word from one of \
the profile's own job titles.\n\
Why: people search for job titles; a headline that opens with a slogan is cut before it says what you do.\n\
Use instead: start with the title, then the rest: `Product Designer · I make complex tools simple`.",
    flags: &[
        "Passionate about making the world a better place, one line of code at a time | Engineer",
        "Helping teams ship faster and sleep better",
    ],
    accepts: &["Product Designer · I make complex tools simple", "Founder at Acme | Building the future of payments"],
    default_enabled: true,
};

fn title_words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        lexicon::rows(include_str!("../../../dictionaries/rules/title-words.tsv"))
            .map(|r| lexicon::col(&r, 0))
            .collect()
    })
}

impl Rule for HeadlineKeywords {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        let Some(i) = first_of(p, SectionKind::Headline) else { return };
        let text = &p.sections[i].text;
        let own: HashSet<String> = p
            .experience
            .iter()
            .filter_map(|e| e.title.as_deref())
            .flat_map(|t| crate::text::tokenize::words(t).map(|w| t[w.span].to_lowercase()).collect::<Vec<_>>())
            .filter(|w| w.chars().count() > 3)
            .collect();
        let visible = text.char_indices().nth(VISIBLE_CHARS).map_or(text.len(), |(b, _)| b);
        let has_title = crate::text::tokenize::words(text).filter(|w| w.span.start < visible).any(|w| {
            let word = text[w.span].to_lowercase();
            let singular = word.strip_suffix('s').unwrap_or(&word);
            title_words().contains(word.as_str()) || title_words().contains(singular) || own.contains(&word)
        });
        if !has_title {
            let place = Place { section: i, span: super::super::consistency::entries::trimmed(&text[..visible]) };
            out.push(diag(&META, &place, "the first 65 characters of the headline name no job title"));
        }
    }
}
