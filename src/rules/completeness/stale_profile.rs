//! `stale-profile`: the latest role ended long ago (default: more than 2 years).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::consistency::entries::{diag, entries, months_words};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct StaleProfile;

static META: RuleMeta = RuleMeta {
    id: "stale-profile",
    category: Category::Completeness,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The latest role ended long ago",
    description: "What it does: when no role is current and the latest one ended more than `stale_years` \
(default 2) years ago, reports that role's dates.\n\
Why: a profile that stops years ago reads as abandoned, and recruiters filter on recent activity.\n\
Use instead: add what you have done since (even a career break), or mark the latest role `Present`.",
    flags: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2008 – Mar 2010\n\nBuilt the API.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\n2005 – 2009\n\nBuilt the API.\n\n### Developer — Globex\n\n2001 – 2004\n\nBuilt apps.\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n\n### Developer — Globex\n\n2005 – 2009\n\nBuilt apps.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Dec 2099\n\nBuilt the API.\n",
    ],
    default_enabled: true,
};

impl Rule for StaleProfile {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let all = entries(cx.profile);
        if all.iter().any(|e| e.is_current()) {
            return;
        }
        let Some((end, latest)) = all
            .iter()
            .filter_map(|e| Some((e.end_bounds()?.1, e)))
            .max_by_key(|(end, e)| (*end, std::cmp::Reverse(e.index)))
        else {
            return;
        };
        let today = cx.options.today.months();
        if end < today - 12 * cx.options.stale_years as i32 {
            let message = format!("the latest role ended {} ago ({})", months_words(today - end), latest.name());
            out.push(diag(&META, &latest.dates_place(), message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{Checker, Settings};
    use crate::profile::{dates::parse_date, markdown};

    #[test]
    fn years_are_configurable() {
        let p = markdown::read("t.md", "# J\n\n## Experience\n\n### A — B\n\nJan 2020 – Jun 2021\n\nX.\n".to_string());
        let run = |years: u32| {
            let mut s = Settings::default();
            s.options.today = parse_date("2024-01").unwrap();
            s.options.stale_years = years;
            Checker::with_rules(&["stale-profile", "no-current-role"], s)
                .check(&p)
                .iter()
                .map(|d| d.rule)
                .collect::<Vec<_>>()
        };
        assert_eq!(run(2), vec!["stale-profile"]);
        assert_eq!(run(3), vec!["no-current-role"]);
    }
}
