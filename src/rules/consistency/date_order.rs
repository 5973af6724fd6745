//! `date-order`: a role whose end date comes before its start date.

use super::entries::{diag, entries};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct DateOrder;

static META: RuleMeta = RuleMeta {
    id: "date-order",
    category: Category::Consistency,
    default_severity: Severity::Error,
    sections: &[],
    summary: "A role that ends before it starts",
    description: "What it does: compares each role's end date with its start date.\n\
Why: `Mar 2021 – Jan 2019` is a typo a reader notices at once, and it makes the whole timeline doubtful.\n\
A bare year is read as the whole year, so `2019 – Mar 2019` is fine.\n\
Use instead: the dates in order, start first.",
    flags: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nMar 2021 – Jan 2019\n\nBuilt the API.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\n2020 – 2018\n\nBuilt the API.\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2019 – Mar 2021\n\nBuilt the API.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\n2019 – Mar 2019\n\nBuilt the API.\n",
    ],
    default_enabled: true,
};

impl Rule for DateOrder {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        for e in entries(cx.profile) {
            let (Some((s, sp)), Some((_, ep)), Some((_, end_latest))) = (&e.start, &e.end, e.end_bounds()) else {
                continue;
            };
            let (start_earliest, _) = s.month_bounds();
            if end_latest < start_earliest {
                let d = diag(&META, ep, format!("this role ends before it starts ({})", e.name()))
                    .with_related(vec![sp.related("the start date")]);
                out.push(d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    #[test]
    fn end_before_start() {
        assert_flags("date-order", "# J\n\n## Experience\n\n### A — B\n\n2021-05 to 2021-02\n\nX.\n", 1);
        assert_clean("date-order", "# J\n\n## Experience\n\n### A — B\n\nMay 2021 – Present\n\nX.\n");
        assert_clean("date-order", "# J\n\n## Experience\n\n### A — B\n\n2021\n\nX.\n");
    }
}
