//! `date-gap`: a stretch between roles longer than the configured length (off by default).

use super::entries::{diag, entries, months_words};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct DateGap;

static META: RuleMeta = RuleMeta {
    id: "date-gap",
    category: Category::Consistency,
    default_severity: Severity::Info,
    sections: &[],
    summary: "A gap between roles longer than the configured length",
    description: "What it does: orders the roles of one list by start date and reports a stretch with no \
role longer than `max_gap_months` (default 6), at the role that ends it.\n\
Why: gaps are normal, and this rule is off by default; turn it on to see the gaps a reader will ask about, \
so the profile can say what happened (study, travel, care, a sabbatical).\n\
Bare years are read generously: `2015 – 2017` then `2018 – 2020` is no gap.\n\
Use instead: a line in the About section or an entry for the gap, if you want to explain it.",
    flags: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2021 – Present\n\nBuilt the API.\n\n### Developer — Globex\n\nJan 2017 – Jun 2019\n\nBuilt apps.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\n2015 – 2016\n\nBuilt the API.\n\n### Developer — Globex\n\n2009 – 2011\n\nBuilt apps.\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n\n### Developer — Globex\n\nJan 2017 – Oct 2019\n\nBuilt apps.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\n2018 – 2021\n\nBuilt the API.\n\n### Developer — Globex\n\n2015 – 2017\n\nBuilt apps.\n",
    ],
    default_enabled: false,
};

impl Rule for DateGap {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let today = cx.options.today.months();
        let max = cx.options.max_gap_months as i32;
        let all = entries(cx.profile);
        let mut groups: Vec<&str> = all.iter().map(|e| e.group).collect();
        groups.sort_unstable();
        groups.dedup();
        for g in groups {
            // (earliest start, latest end, entry): generous bounds, so imprecise dates make no gap.
            let mut spans: Vec<_> = all
                .iter()
                .filter(|e| e.group == g)
                .filter_map(|e| {
                    let (start, _) = e.start_bounds()?;
                    let end = if e.is_current() { today } else { e.end_bounds()?.1 };
                    Some((start, end, e))
                })
                .collect();
            spans.sort_by_key(|&(s, e, v)| (s, e, v.index));
            let mut covered: Option<(i32, usize)> = None;
            for &(start, end, e) in &spans {
                if let Some((until, prev)) = covered {
                    let gap = start - until - 1;
                    if gap > max {
                        let p = spans.iter().find(|x| x.2.index == prev).map(|x| x.2);
                        let related = p
                            .map(|p| vec![p.dates_place().related(format!("the role before: {}", p.name()))])
                            .unwrap_or_default();
                        out.push(
                            diag(
                                &META,
                                &e.dates_place(),
                                format!("{} with no role before {}", months_words(gap), e.name()),
                            )
                            .with_related(related),
                        );
                    }
                }
                if covered.is_none_or(|(until, _)| end > until) {
                    covered = Some((end, e.index));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    #[test]
    fn gaps_between_sorted_roles() {
        // Listed out of order; the gap is between 2012 and 2015.
        let p = "# J\n\n## Experience\n\n### A — B\n\nJan 2015 – Present\n\nX.\n\n### C — D\n\nJan 2005 – Jan 2020\n\nY.\n\n### E — F\n\nJan 2003 – Dec 2004\n\nZ.\n";
        assert_flags("date-gap", p, 0);
        let p =
            "# J\n\n## Experience\n\n### A — B\n\nJan 2015 – Present\n\nX.\n\n### E — F\n\nJan 2003 – Dec 2004\n\nZ.\n";
        assert_flags("date-gap", p, 1);
        assert_clean("date-gap", "# J\n\n## Experience\n\n### A — B\n\nJan 2015 – Present\n\nX.\n");
    }
}
