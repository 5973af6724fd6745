//! `overlapping-roles`: two current roles, or roles whose dates overlap by more than a changeover.

use super::entries::{EntryView, diag, entries};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct OverlappingRoles;

static META: RuleMeta = RuleMeta {
    id: "overlapping-roles",
    category: Category::Consistency,
    default_severity: Severity::Info,
    sections: &[],
    summary: "Two current roles, or past roles that overlap",
    description: "What it does: compares the dates of the roles in one list (work and volunteering are \
separate lists). Two roles that are both current, or that overlap by more than two months, are reported once, \
at the later-listed role. Roles that say they run beside others (freelance, volunteer, part-time, advisor, \
board, founder, owner, consultant…) are left out.\n\
Why: some people do hold two jobs, so this is only information; but an overlap is often a forgotten end date, \
and a reader will ask.\n\
Bare years are read generously (`2018 – 2019` and `2019 – 2021` do not overlap).\n\
Use instead: the right end date, or say in the description that the roles ran in parallel (part-time, advisory).",
    flags: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n\n### Designer — Globex\n\nMar 2021 – Present\n\nDesigned.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2018 – Dec 2020\n\nBuilt the API.\n\n### Developer — Globex\n\nJan 2017 – Jun 2019\n\nBuilt apps.\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n\n### Developer — Globex\n\nJan 2017 – Feb 2020\n\nBuilt apps.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\n2019 – 2021\n\nBuilt the API.\n\n### Developer — Globex\n\n2017 – 2019\n\nBuilt apps.\n",
    ],
    default_enabled: true,
};

/// Overlaps this long or shorter are a changeover between jobs, not two jobs at once.
const CHANGEOVER_MONTHS: i32 = 2;

/// Words in a title or company that say a role runs beside others.
const PARALLEL: &[&str] = &[
    "freelance",
    "freelancer",
    "self-employed",
    "self",
    "volunteer",
    "part-time",
    "contributor",
    "advisor",
    "adviser",
    "board",
    "mentor",
    "owner",
    "founder",
    "co-founder",
    "cofounder",
    "consultant",
    "contract",
    "contractor",
    "panelist",
    "member",
    "adjunct",
    "fellow",
    "ambassador",
];

fn is_parallel(e: &EntryView<'_>) -> bool {
    [e.entry.title.as_deref(), e.entry.company.as_deref()]
        .into_iter()
        .flatten()
        .any(|t| t.to_lowercase().split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| PARALLEL.contains(&w)))
}

/// The months both roles certainly cover, if more than a changeover.
fn overlap(a: &EntryView<'_>, b: &EntryView<'_>, today: i32) -> Option<i32> {
    // Certain span: latest possible start to earliest possible end.
    let span = |e: &EntryView<'_>| {
        let (_, start) = e.start_bounds()?;
        let end = if e.is_current() { today } else { e.end_bounds()?.0 };
        Some((start, end))
    };
    let ((s1, e1), (s2, e2)) = (span(a)?, span(b)?);
    let months = e1.min(e2) - s1.max(s2);
    (months > CHANGEOVER_MONTHS).then_some(months)
}

impl Rule for OverlappingRoles {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let today = cx.options.today.months();
        let all = entries(cx.profile);
        for (j, b) in all.iter().enumerate() {
            let mut related = Vec::new();
            let mut message = None;
            if is_parallel(b) {
                continue;
            }
            for a in all[..j].iter().filter(|a| a.group == b.group && !is_parallel(a)) {
                let both_current = a.is_current() && b.is_current() && a.start.is_some() && b.start.is_some();
                if both_current || overlap(a, b, today).is_some() {
                    message.get_or_insert_with(|| {
                        if both_current {
                            format!("two current roles: {} and {}", b.name(), a.name())
                        } else {
                            format!("the dates of {} overlap those of {}", b.name(), a.name())
                        }
                    });
                    related.push(a.dates_place().related(format!("overlaps: {}", a.name())));
                }
            }
            if let Some(m) = message {
                out.push(diag(&META, &b.dates_place(), m).with_related(related));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    #[test]
    fn one_finding_per_later_role() {
        let p = "# J\n\n## Experience\n\n### A — B\n\n2015 – Present\n\nX.\n\n### C — D\n\nJan 2016 – Jan 2018\n\nY.\n\n### E — F\n\nJan 2019 – Jan 2020\n\nZ.\n";
        assert_flags("overlapping-roles", p, 2);
        assert_clean(
            "overlapping-roles",
            "# J\n\n## Experience\n\n### A — B\n\nJan 2020 – Present\n\nX.\n\n### C — D\n\nJan 2019 – Jan 2020\n\nY.\n",
        );
    }
}
