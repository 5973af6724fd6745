//! `missing-headline`: a profile with no headline.

use super::whole::{first_of, is_whole_profile, top};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::SectionKind;
use crate::rules::consistency::entries::diag;
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct MissingHeadline;

static META: RuleMeta = RuleMeta {
    id: "missing-headline",
    category: Category::Completeness,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The profile has no headline",
    description: "What it does: reports a whole profile (a structured export, or a document with at least two \
kinds of section) that has no headline.\n\
Why: the headline is shown with your name everywhere (search results, comments, invitations); without one, \
LinkedIn shows your current job title, or nothing.\n\
Use instead: a line under your name: what you do and for whom, e.g. `Backend Engineer · Payments and APIs`.",
    flags: &[
        "# Jo\n\n## About\n\nI build payment APIs.\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n",
        "# Jo\n\n## About\n\nI build payment APIs.\n\n## Skills\n\nRust, Go\n",
    ],
    accepts: &[
        "# Jo\n\nBackend Engineer · Payments\n\n## About\n\nI build payment APIs.\n",
        "# Jo\n\n## Headline\n\nBackend Engineer\n\n## Skills\n\nRust, Go\n",
    ],
    default_enabled: true,
};

impl Rule for MissingHeadline {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        if is_whole_profile(p)
            && first_of(p, SectionKind::Headline).is_none()
            && let Some(place) = top(p)
        {
            out.push(diag(&META, &place, "the profile has no headline"));
        }
    }
}
