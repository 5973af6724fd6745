//! `missing-dates`: an experience entry with no dates at all.

use super::entries::{diag, entries};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct MissingDates;

static META: RuleMeta = RuleMeta {
    id: "missing-dates",
    category: Category::Consistency,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "An experience entry with no dates",
    description: "What it does: reports roles that give neither a start nor an end date. When no role has \
dates at all, it reports once, at the first role.\n\
Why: readers and search filters place you by when you did what; a role without dates looks hidden.\n\
Use instead: a date line under the role, e.g. `Jan 2020 – Present`.",
    flags: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nBuilt the API.\n\n### Intern — Globex\n\nJun 2018 – Aug 2018\n\nWrote tests.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nBuilt the API.\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2019 – Present\n\nBuilt the API.\n",
        "# Jo\n\n## About\n\nI build APIs.\n",
    ],
    default_enabled: true,
};

impl Rule for MissingDates {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let all = entries(cx.profile);
        let missing: Vec<_> = all.iter().filter(|e| !e.has_dates()).collect();
        if missing.is_empty() {
            return;
        }
        if missing.len() == all.len() && all.len() > 1 {
            let related = missing[1..].iter().map(|e| e.anchor.related("no dates either")).collect();
            out.push(diag(&META, &missing[0].anchor, "no role in the experience list has dates").with_related(related));
            return;
        }
        for e in missing {
            out.push(diag(&META, &e.anchor, format!("this role has no dates ({})", e.name())));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check_text;

    #[test]
    fn one_finding_when_no_role_has_dates() {
        let d = check_text("missing-dates", "# J\n\n## Experience\n\n### A — B\n\nX.\n\n### C — D\n\nY.\n");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].related.len(), 1);
    }
}
