//! `date-format`: dates written in more than one style; the profile's majority style wins.

use std::collections::BTreeMap;

use super::entries::{Place, diag};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::profile::dates::{DateStyle, DateValue};
use crate::profile::{Field, InputFormat};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct DateFormat;

static META: RuleMeta = RuleMeta {
    id: "date-format",
    category: Category::Consistency,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "Dates written in more than one style",
    description: "What it does: reads every date line (experience and education) and notes its style: \
`Jan 2020`, `January 2020`, `01/2020` or `2020-01`. When a profile uses more than one, the style most of its \
dates use wins and the others are reported, with the date rewritten in that style.\n\
Not counted: bare years (`2019` is a precision, not a style), `June`/`July`/`May` (written in full by people who \
abbreviate the other months), and JSON Resume dates, which the format fixes as `YYYY-MM-DD`.\n\
Why: one style reads as care; three read as copy-paste.\n\
Use instead: the suggested form.",
    flags: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n\n### Developer — Globex\n\n03/2017 – Dec 2019\n\nBuilt apps.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJanuary 2020 – Present\n\nBuilt the API.\n\n### Developer — Globex\n\nMarch 2017 – Dec 2019\n\nBuilt apps.\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n\n### Developer — Globex\n\nMar 2017 – Dec 2019\n\nBuilt apps.\n\n### Intern — Initech\n\n2016\n\nWrote tests.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJune 2020 – Present\n\nBuilt the API.\n\n### Developer — Globex\n\nMar 2017 – Dec 2019\n\nBuilt apps.\n",
    ],
    default_enabled: true,
};

/// The style a written date votes for, if it votes at all.
fn style_of(d: &DateValue) -> Option<DateStyle> {
    match d.style {
        DateStyle::YearOnly => None,
        // Four-letter months are written in full by abbreviators too.
        DateStyle::MonthFull if matches!(d.month, Some(6 | 7)) => None,
        s => Some(s),
    }
}

impl Rule for DateFormat {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        if cx.profile.format == InputFormat::JsonResume {
            return;
        }
        let mut dates: Vec<(DateValue, DateStyle, Place)> = Vec::new();
        for (i, s) in cx.profile.sections.iter().enumerate().filter(|(_, s)| s.field == Field::Date) {
            let Some(r) = s.date_range() else { continue };
            let mut parts = vec![(r.start, r.start_span.clone())];
            if let (Some(crate::profile::EndDate::Date(e)), Some(span)) = (r.end, r.end_span.clone()) {
                parts.push((e, span));
            }
            for (d, span) in parts {
                if let Some(style) = style_of(&d) {
                    dates.push((d, style, Place { section: i, span }));
                }
            }
        }
        let mut counts: BTreeMap<DateStyle, usize> = BTreeMap::new();
        for (_, style, _) in &dates {
            *counts.entry(*style).or_default() += 1;
        }
        if counts.len() < 2 {
            return;
        }
        // Majority; ties go to the first style in `DateStyle` order, whatever the section order.
        let (&winner, &n) = counts.iter().rev().max_by_key(|&(_, n)| *n).expect("two styles");
        let example = dates.iter().find(|d| d.1 == winner).map(|d| d.2.clone()).expect("winner has a date");
        for (d, style, place) in dates.iter().filter(|d| d.1 != winner) {
            let written = d.format(winner);
            let message = format!(
                "this date is written {}; {n} of the profile's dates are written like ‘{written}’",
                describe(*style)
            );
            let related = vec![example.related("written in the profile's usual style")];
            out.push(
                diag(&META, place, message).with_suggestions(vec![Suggestion::safe(written)]).with_related(related),
            );
        }
    }
}

fn describe(style: DateStyle) -> &'static str {
    match style {
        DateStyle::MonthAbbrev => "with a short month name",
        DateStyle::MonthFull => "with the month in full",
        DateStyle::Numeric => "as numbers",
        DateStyle::Iso => "as year-month",
        DateStyle::YearOnly => "as a year",
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check_text;

    #[test]
    fn minority_gets_majority_style() {
        let p =
            "# J\n\n## Experience\n\n### A — B\n\nJan 2020 – Present\n\nX.\n\n### C — D\n\n03/2017 – Dec 2019\n\nY.\n";
        let d = check_text("date-format", p);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "Mar 2017");
        assert_eq!(d[0].related.len(), 1);
    }

    #[test]
    fn ties_do_not_depend_on_order() {
        let a = "# J\n\n## Experience\n\n### A — B\n\nJan 2020 – Present\n\nX.\n\n### C — D\n\n2017-03 – 2017-05\n\nY.\n\n### E — F\n\nFeb 2015 – 2016\n\nZ.\n";
        let b = "# J\n\n## Experience\n\n### C — D\n\n2017-03 – 2017-05\n\nY.\n\n### A — B\n\nJan 2020 – Present\n\nX.\n\n### E — F\n\nFeb 2015 – 2016\n\nZ.\n";
        let flagged = |p: &str| {
            check_text("date-format", p).iter().map(|d| d.suggestions[0].replacement.clone()).collect::<Vec<_>>()
        };
        assert_eq!(flagged(a), vec!["Mar 2017", "May 2017"]);
        assert_eq!(flagged(b), vec!["Mar 2017", "May 2017"]);
    }
}
