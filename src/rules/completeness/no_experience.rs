//! `no-experience`: a whole profile with no experience entry.

use super::whole::{is_whole_profile, top};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::consistency::entries::diag;
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct NoExperience;

static META: RuleMeta = RuleMeta {
    id: "no-experience",
    category: Category::Completeness,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The profile lists no experience",
    description: "What it does: reports a whole profile with no experience entry.\n\
Why: experience is what most readers look for first; even a student can list internships, projects or volunteering.\n\
Use instead: an Experience section with one entry per role.",
    flags: &[
        "# Jo\n\nBackend Engineer\n\n## About\n\nI build payment APIs.\n",
        "# Jo\n\n## About\n\nI build payment APIs.\n\n## Skills\n\nRust, Go\n",
    ],
    accepts: &[
        "# Jo\n\nBackend Engineer\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n",
        "I build payment APIs.",
    ],
    default_enabled: true,
};

impl Rule for NoExperience {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        if is_whole_profile(p)
            && p.experience.is_empty()
            && let Some(place) = top(p)
        {
            out.push(diag(&META, &place, "the profile lists no experience"));
        }
    }
}
