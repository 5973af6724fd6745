//! `missing-summary`: no About section, or a very short one.

use super::whole::{first_of, is_whole_profile, top};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::SectionKind;
use crate::rules::consistency::entries::{Place, diag};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct MissingSummary;

/// Fewer words than this is a short summary (info).
const SHORT_WORDS: usize = 30;

static META: RuleMeta = RuleMeta {
    id: "missing-summary",
    category: Category::Completeness,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "No About section, or a very short one",
    description: "What it does: reports a whole profile with no About (summary) section (warning), or one \
under 30 words (info).\n\
Why: the About section is where a reader learns what you do and want; profiles without one are skipped.\n\
Use instead: three to five sentences: what you do, for whom, what you are proud of, what you look for.",
    flags: &[
        "# Jo\n\nBackend Engineer\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n",
        "# Jo\n\nBackend Engineer\n\n## About\n\nEngineer.\n",
    ],
    accepts: &[
        "# Jo\n\nBackend Engineer\n\n## About\n\nI build the payment APIs that small online shops rely on, and I care about making them boring: \
predictable, well documented and fast. Over eight years I have shipped billing, fraud checks and payouts for three companies.\n",
        "Just one paragraph of text, not a whole profile.",
    ],
    default_enabled: true,
};

impl Rule for MissingSummary {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        if !is_whole_profile(p) {
            return;
        }
        match first_of(p, SectionKind::Summary) {
            None => {
                if let Some(place) = top(p) {
                    out.push(diag(&META, &place, "the profile has no About section"));
                }
            }
            Some(i) => {
                let words: usize = p
                    .sections
                    .iter()
                    .filter(|s| s.kind == SectionKind::Summary)
                    .map(crate::profile::Section::word_count)
                    .sum();
                if words < SHORT_WORDS {
                    let mut d = diag(&META, &Place::whole(p, i), format!("the About section is short ({words} words)"));
                    d.severity = Severity::Info;
                    out.push(d);
                }
            }
        }
    }
}
