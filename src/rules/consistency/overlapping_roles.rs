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
at the later-listed role, naming up to 10 of the earlier roles it overlaps (\"and other roles\" beyond that). Roles that say they run beside others (freelance, volunteer, part-time, advisor, \
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

/// The months a role certainly covers: latest possible start to earliest possible end (today for a
/// current role). Two roles overlap when both spans share more than a changeover.
fn certain_span(e: &EntryView<'_>, today: i32) -> Option<(i32, i32)> {
    let (_, start) = e.start_bounds()?;
    let end = if e.is_current() { today } else { e.end_bounds()?.0 };
    Some((start, end))
}

/// The most overlapping roles one finding names; beyond it the finding says "and others".
const MAX_LISTED: usize = 10;

impl Rule for OverlappingRoles {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// Each role is compared with the roles listed before it, without comparing every pair: the
    /// roles of a list are indexed by certain start (sorted once), and a max-segment tree over that
    /// order holds the certain end of each role already passed. The roles before `b` that overlap it
    /// are those with start < b's end − changeover and end > b's start + changeover: a prefix of
    /// the index, searched for ends above a bound, O(log n) per role found. At most `MAX_LISTED`
    /// are found per role, so a list of n roles costs O(n log n) whatever their dates.
    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let today = cx.options.today.months();
        let all = entries(cx.profile);
        let mut groups: Vec<&str> = all.iter().map(|e| e.group).collect();
        groups.sort_unstable();
        groups.dedup();
        for group in groups {
            let list: Vec<&EntryView<'_>> = all.iter().filter(|e| e.group == group && !is_parallel(e)).collect();
            check_list(&list, today, out);
        }
    }
}

fn check_list(list: &[&EntryView<'_>], today: i32, out: &mut Vec<Diagnostic>) {
    let spans: Vec<Option<(i32, i32)>> = list.iter().map(|e| certain_span(e, today)).collect();
    // Only a role longer than a changeover can overlap another by more than one.
    let long = |k: usize| spans[k].filter(|(s, e)| e - s > CHANGEOVER_MONTHS);
    let mut by_start: Vec<usize> = (0..list.len()).filter(|&k| long(k).is_some()).collect();
    by_start.sort_by_key(|&k| (long(k).map(|s| s.0), k));
    let starts: Vec<i32> = by_start.iter().filter_map(|&k| long(k).map(|s| s.0)).collect();
    let mut rank = vec![usize::MAX; list.len()];
    for (r, &k) in by_start.iter().enumerate() {
        rank[k] = r;
    }
    let mut ends = MaxTree::new(by_start.len());
    // Earlier current roles with a start, in list order (the first `MAX_LISTED + 1` are enough).
    let mut current: Vec<usize> = Vec::new();
    for (j, b) in list.iter().enumerate() {
        let b_current = b.is_current() && b.start.is_some();
        let mut found: Vec<usize> = Vec::new();
        if b_current {
            found.extend(current.iter().copied());
        }
        if let Some((sb, eb)) = long(j) {
            let prefix = starts.partition_point(|&s| s < eb - CHANGEOVER_MONTHS);
            ends.collect_above(prefix, sb + CHANGEOVER_MONTHS, MAX_LISTED + 1, &mut |r| found.push(by_start[r]));
        }
        found.sort_unstable();
        found.dedup();
        if !found.is_empty() {
            // Two current roles read most clearly as such: name the first, else the first overlap.
            let first_current = if b_current { current.first().copied() } else { None };
            let message = match first_current {
                Some(a) => format!("two current roles: {} and {}", b.name(), list[a].name()),
                None => format!("the dates of {} overlap those of {}", b.name(), list[found[0]].name()),
            };
            let more = found.len() > MAX_LISTED;
            found.truncate(MAX_LISTED);
            let mut related: Vec<_> =
                found.iter().map(|&a| list[a].dates_place().related(format!("overlaps: {}", list[a].name()))).collect();
            if more {
                related.push(b.dates_place().related(format!("and other roles (at most {MAX_LISTED} are listed)")));
            }
            out.push(diag(&META, &b.dates_place(), message).with_related(related));
        }
        if b_current && current.len() <= MAX_LISTED {
            current.push(j);
        }
        if rank[j] != usize::MAX
            && let Some((_, e)) = long(j)
        {
            ends.set(rank[j], e);
        }
    }
}

/// A segment tree of maxima over positions `0..n`, all `i32::MIN` until set.
struct MaxTree {
    size: usize,
    tree: Vec<i32>,
}

impl MaxTree {
    fn new(n: usize) -> MaxTree {
        let size = n.next_power_of_two().max(1);
        MaxTree { size, tree: vec![i32::MIN; 2 * size] }
    }

    fn set(&mut self, pos: usize, value: i32) {
        let mut i = pos + self.size;
        self.tree[i] = value;
        while i > 1 {
            i /= 2;
            self.tree[i] = self.tree[2 * i].max(self.tree[2 * i + 1]);
        }
    }

    /// Calls `f` for up to `limit` positions below `prefix` whose value is above `bound`, in
    /// position order; each costs O(log n), and subtrees with nothing above `bound` are not entered.
    fn collect_above(&self, prefix: usize, bound: i32, limit: usize, f: &mut dyn FnMut(usize)) {
        let mut left = limit;
        self.walk(1, 0, self.size, prefix, bound, &mut left, f);
    }

    #[allow(clippy::too_many_arguments)]
    fn walk(
        &self,
        node: usize,
        lo: usize,
        hi: usize,
        prefix: usize,
        bound: i32,
        left: &mut usize,
        f: &mut dyn FnMut(usize),
    ) {
        if *left == 0 || lo >= prefix || self.tree[node] <= bound {
            return;
        }
        if hi - lo == 1 {
            f(lo);
            *left -= 1;
            return;
        }
        let mid = (lo + hi) / 2;
        self.walk(2 * node, lo, mid, prefix, bound, left, f);
        self.walk(2 * node + 1, mid, hi, prefix, bound, left, f);
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
