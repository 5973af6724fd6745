//! `future-date`: a role that starts after today.

use super::entries::{diag, entries};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct FutureDate;

static META: RuleMeta = RuleMeta {
    id: "future-date",
    category: Category::Consistency,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A role that starts in the future",
    description: "What it does: compares each role's start date with today's date (the system clock).\n\
Why: a start date after today is usually a typo in the year; an accepted offer is better mentioned in the About \
section until the role begins.\n\
Use instead: the date the role actually started.",
    flags: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2099 – Present\n\nBuilt the API.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\n2098 – 2099\n\nBuilt the API.\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2019 – Present\n\nBuilt the API.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\n2001 – 2004\n\nBuilt the API.\n",
    ],
    default_enabled: true,
};

impl Rule for FutureDate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let today = cx.options.today.months();
        for e in entries(cx.profile) {
            let Some((start, place)) = &e.start else { continue };
            // A bare year counts from its first month: only a later year is in the future.
            if start.month_bounds().0 > today {
                out.push(diag(&META, place, format!("this role starts in the future ({})", e.name())));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{Checker, Settings};
    use crate::profile::{dates::parse_date, markdown};

    fn count(today: &str, text: &str) -> usize {
        let mut settings = Settings::default();
        settings.options.today = parse_date(today).unwrap();
        let checker = Checker::with_rules(&["future-date"], settings);
        checker.check(&markdown::read("t.md", text.to_string())).len()
    }

    #[test]
    fn today_is_injectable() {
        let p = "# J\n\n## Experience\n\n### A — B\n\nMar 2024 – Present\n\nX.\n";
        assert_eq!(count("2024-02", p), 1);
        assert_eq!(count("2024-03", p), 0);
        assert_eq!(count("2023-12", "# J\n\n## Experience\n\n### A — B\n\n2024\n\nX.\n"), 1);
        assert_eq!(count("2024-01", "# J\n\n## Experience\n\n### A — B\n\n2024\n\nX.\n"), 0);
    }
}
