//! `missing-article`: a job noun sought without an article ("looking for job", "applying for position
//! in…"): the slip of a job seeker writing in a second language.

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::Tags;

pub struct MissingArticle;

static META: RuleMeta = RuleMeta {
    id: "missing-article",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A job noun sought without an article (looking for job, applying for position)",
    description: "What it does: finds a singular job noun (job, role, position, vacancy, opening, internship, \
placement, apprenticeship, opportunity) right after a verb of seeking (`looking for`, `searching for`, \
`applying for`, `hunting for`, `seeking`, `finding`, `securing`, `landing`) with no article or other \
determiner, where the noun ends the phrase (a preposition, a conjunction or punctuation follows): `I am \
looking for job in mechanical design`. A job noun that modifies another noun (`looking for job \
opportunities`) or a plural (`looking for roles`) is left alone; so is `work`, which needs no article.\n\
Why: the countable noun needs `a` or `the`; without it the sentence reads as a slip.\n\
Use instead: `a job`, `a role`, `the position`; not applied automatically.",
    flags: &["I am looking for job in mechanical design.", "Currently seeking position as a nurse."],
    accepts: &[
        "I am looking for a job in mechanical design.",
        "Looking for job opportunities and roles in design; seeking work in Leeds.",
    ],
    default_enabled: true,
};

/// Countable nouns for what a job seeker looks for.
const JOB_NOUNS: &[&str] =
    &["job", "role", "position", "vacancy", "opening", "internship", "placement", "apprenticeship", "opportunity"];
/// Verbs of seeking followed by `for`, and those taking the noun directly.
const SEEK_FOR: &[&str] = &["looking", "searching", "applying", "apply", "applied", "hunting", "look", "search"];
const SEEK: &[&str] = &["seeking", "seek", "finding", "securing", "landing"];

impl Rule for MissingArticle {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            if !w.is_any(JOB_NOUNS) || w.compound_next || w.is_name_like() {
                continue;
            }
            let sought = a.at(i, -1).is_some_and(|p| p.is_any(SEEK))
                || (a.at(i, -1).is_some_and(|p| p.is("for")) && a.at(i, -2).is_some_and(|p| p.is_any(SEEK_FOR)));
            if !sought {
                continue;
            }
            // The noun ends its phrase: nothing after it in the sentence, or a function word that is
            // not a noun.
            let ends = a.at(i, 1).is_none_or(|n| {
                n.tags.any(Tags::PREP | Tags::CONJ | Tags::SUB) && !n.tags.any(Tags::NOUN | Tags::NOUN_PL)
            });
            if !ends {
                continue;
            }
            let noun = &cx.text()[w.span.clone()];
            let article = if noun.to_lowercase().starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
            let right = format!("{article} {noun}");
            let message = format!("‘{noun}’ needs an article here: ‘{right}’ (or ‘the {noun}’)");
            out.extend(finding(cx, &META, w.span.clone(), message, &[right, format!("the {noun}")]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "missing-article";

    #[test]
    fn flags_a_job_noun_without_an_article() {
        assert_flags(ID, "I am looking for job in mechanical design field.", 1);
        assert_flags(ID, "Currently seeking position as a nurse.", 1);
        assert_flags(ID, "I am applying for internship, and would value advice.", 1);
        let d = check_text(ID, "Hello, I am looking for opportunity.");
        assert_eq!(d[0].suggestions[0].replacement, "an opportunity");
    }

    #[test]
    fn accepts_articles_plurals_compounds_and_work() {
        assert_clean(ID, "I am looking for a job in design, searching for roles, seeking work.");
        assert_clean(ID, "Looking for job opportunities; applying for the position of lead.");
        assert_clean(ID, "Seeking opportunity-driven teams. The job is done; my role for years.");
    }
}
