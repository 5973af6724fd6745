//! `chronological-order`: experience entries not listed newest first.

use super::entries::{diag, entries};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct ChronologicalOrder;

static META: RuleMeta = RuleMeta {
    id: "chronological-order",
    category: Category::Consistency,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "Roles not listed newest first",
    description: "What it does: compares each role with the one listed just before it (within one list). \
A role that both started and ended later than the one above it is out of reverse-chronological order.\n\
Why: readers expect the current or latest role first; an old role on top hides what you do now.\n\
Roles that run in parallel are not reported: only a role later at both ends.\n\
Use instead: list the roles newest first.",
    flags: &[
        "# Jo\n\n## Experience\n\n### Developer — Globex\n\nJan 2015 – Jun 2017\n\nBuilt apps.\n\n### Engineer — Acme\n\nJan 2018 – Present\n\nBuilt the API.\n",
        "# Jo\n\n## Experience\n\n### Developer — Globex\n\n2012 – 2014\n\nBuilt apps.\n\n### Engineer — Acme\n\n2015 – 2019\n\nBuilt the API.\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2018 – Present\n\nBuilt the API.\n\n### Developer — Globex\n\nJan 2015 – Jun 2017\n\nBuilt apps.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2015 – Present\n\nBuilt the API.\n\n### Advisor — Globex\n\nJan 2019 – Jun 2020\n\nAdvised.\n",
    ],
    default_enabled: true,
};

impl Rule for ChronologicalOrder {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let today = cx.options.today.months() + 1;
        let all = entries(cx.profile);
        // Comparable bounds: the latest each could start and end, and the earliest.
        let bounds = |e: &super::entries::EntryView<'_>| {
            let start = e.start_bounds()?;
            let end = if e.is_current() { (today, today) } else { e.end_bounds()? };
            Some((start, end))
        };
        // A whole list written oldest first is one finding, at its first role.
        let mut groups: Vec<&str> = all.iter().map(|e| e.group).collect();
        groups.sort_unstable();
        groups.dedup();
        let mut oldest_first = Vec::new();
        for g in groups {
            let dated: Vec<_> = all.iter().filter(|e| e.group == g).filter_map(|e| Some((bounds(e)?, e))).collect();
            let ascending = dated.windows(2).all(|w| w[1].0.0.0 > w[0].0.0.1 && w[1].0.1.0 > w[0].0.1.1);
            if dated.len() >= 3 && ascending {
                let related =
                    dated[1..].iter().map(|(_, e)| e.dates_place().related(format!("then: {}", e.name()))).collect();
                out.push(
                    diag(
                        &META,
                        &dated[0].1.dates_place(),
                        "the roles are listed oldest first; readers expect the latest first",
                    )
                    .with_related(related),
                );
                oldest_first.push(g);
            }
        }
        let mut prev: Option<&super::entries::EntryView<'_>> = None;
        for e in all.iter().filter(|e| !oldest_first.contains(&e.group)) {
            let Some((start, end)) = bounds(e) else { continue };
            if let Some(p) = prev.filter(|p| p.group == e.group)
                && let Some((pstart, pend)) = bounds(p)
                && start.0 > pstart.1
                && end.0 > pend.1
            {
                let related = vec![p.dates_place().related(format!("listed above it: {}", p.name()))];
                let message = format!("{} is newer than the role listed above it", e.name());
                out.push(diag(&META, &e.dates_place(), message).with_related(related));
            }
            prev = Some(e);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::assert_flags;

    #[test]
    fn only_later_at_both_ends() {
        let p = "# J\n\n## Experience\n\n### A — B\n\n2016 – 2020\n\nX.\n\n### C — D\n\n2017 – 2018\n\nY.\n";
        assert_flags("chronological-order", p, 0);
        let p = "# J\n\n## Experience\n\n### A — B\n\n2016 – 2018\n\nX.\n\n### C — D\n\n2018 – 2020\n\nY.\n";
        assert_flags("chronological-order", p, 1);
        let p =
            "# J\n\n## Experience\n\n### A — B\n\nJan 2016 – Jan 2018\n\nX.\n\n### C — D\n\nJan 2017 – Present\n\nY.\n";
        assert_flags("chronological-order", p, 1);
    }
}
