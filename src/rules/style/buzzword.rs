//! `buzzword`: clichés recruiters skim past ("results-driven", "team player"), from
//! `dictionaries/rules/buzzwords.tsv`, each with a reason and a better alternative.

use std::sync::OnceLock;

use super::{PhraseSet, is_own_prose};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::SectionKind;
use crate::rules::lexicon::{col, rows};
use crate::rules::{Rule, RuleMeta, SectionContext};

pub struct Buzzword;

static META: RuleMeta = RuleMeta {
    id: "buzzword",
    category: Category::Style,
    default_severity: Severity::Info,
    sections: &[SectionKind::Headline, SectionKind::Summary, SectionKind::Experience, SectionKind::Other],
    summary: "Clichés and self-praise recruiters skip (results-driven, team player, passionate…)",
    description: "What it does: finds the stock phrases almost every profile uses to describe itself \
(\"results-driven\", \"detail-oriented\", \"team player\", \"think outside the box\", \"self-starter\", \
\"proven track record\"…), whole phrases, in any case, hyphenated or not. The list, with a reason and an \
alternative for each, is `dictionaries/rules/buzzwords.tsv`.\n\
Why: recruiters read these as filler: they claim a quality without showing it, and every other \
candidate claims it too.\n\
Not flagged: words that are also real titles or tools on their own (evangelist, ninja, rockstar, guru, \
dynamic), job titles, company names and skill lists.\n\
Use instead: the evidence: a result with a number, a project, a talk, an award by name.",
    flags: &[
        "Results-driven, detail oriented engineer and team player",
        "Passionate about data; I think outside the box.",
    ],
    accepts: &[
        "Backend engineer: payments, fraud and ledgers; cut p95 latency 40%",
        "Built a Ninja build for the monorepo and an install wizard; dynamic programming tutor",
    ],
    default_enabled: true,
};

struct Entry {
    reason: &'static str,
    better: &'static str,
}

fn lexicon() -> &'static PhraseSet<Entry> {
    static SET: OnceLock<PhraseSet<Entry>> = OnceLock::new();
    SET.get_or_init(|| {
        let text = include_str!("../../../dictionaries/rules/buzzwords.tsv");
        PhraseSet::new(rows(text).map(|r| (col(&r, 0), Entry { reason: col(&r, 1), better: col(&r, 2) })))
    })
}

impl Rule for Buzzword {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !is_own_prose(cx.section) {
            return;
        }
        let text = cx.text();
        let removed = |phrase: &str| cx.options.buzzwords_remove.iter().any(|r| r.eq_ignore_ascii_case(phrase));
        let mut built_in = Vec::new();
        for (span, entry) in lexicon().find_all(text, cx.tokens) {
            let phrase = &text[span.clone()];
            if removed(&phrase.replace('-', " ")) || removed(phrase) {
                continue;
            }
            let message = format!("‘{phrase}’ is a cliché: {}. Instead: {}", entry.reason.to_lowercase(), entry.better);
            built_in.push(span.clone());
            out.push(cx.diag(&META, span, message));
        }
        if !cx.options.buzzwords_add.is_empty() {
            let extra = PhraseSet::new(cx.options.buzzwords_add.iter().map(|p| (p.as_str(), ())));
            for (span, ()) in extra.find_all(text, cx.tokens) {
                // A team phrase that is also built in (or inside a built-in one) is already reported.
                if built_in.iter().any(|b| b.start < span.end && span.start < b.end) {
                    continue;
                }
                let message = format!("‘{}’ is on your team's list of phrases to avoid", &text[span.clone()]);
                out.push(cx.diag(&META, span, message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    #[test]
    fn flags_each_cliche_once() {
        assert_flags("buzzword", "Results-driven, detail oriented engineer and team player", 3);
        assert_flags("buzzword", "A SELF-STARTER with a proven track record.", 2);
        assert_flags("buzzword", "Looking to move the needle.", 1);
    }

    #[test]
    fn message_gives_reason_and_alternative() {
        let d = check_text("buzzword", "Hard-working analyst");
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("‘Hard-working’") && d[0].message.contains("Instead:"), "{}", d[0].message);
    }

    #[test]
    fn a_team_phrase_already_built_in_is_reported_once() {
        let check = |add: &[&str], text: &str| {
            let mut s = crate::check::Settings::default();
            s.options.buzzwords_add = add.iter().map(|p| p.to_string()).collect();
            crate::rules::testing::check_text_with("buzzword", text, s)
        };
        let d = check(&["team player", "frobnicate"], "A team player who likes to frobnicate.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert!(d[0].message.contains("cliché") && d[1].message.contains("your team's list"), "{d:#?}");
        // Inside a longer built-in phrase: still one finding.
        let d = check(&["track record"], "A proven track record.");
        assert_eq!(d.len(), 1, "{d:#?}");
    }

    #[test]
    fn accepts_near_misses() {
        assert_clean("buzzword", "Developer evangelist at a database company");
        assert_clean("buzzword", "Ran the team's player analytics for a football club");
        assert_clean("buzzword", "Detail of the oriented graph; results: driven by data");
        assert_clean("buzzword", "See https://example.com/passionate-people");
    }
}
