//! `length-limit`: text longer than LinkedIn accepts (headline 220, About 2,600, job title 100,
//! position description 2,000 characters).

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::{Profile, SectionKind};
use crate::rules::consistency::entries::{Place, diag, entries};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct LengthLimit;

pub const HEADLINE_MAX: usize = 220;
pub const ABOUT_MAX: usize = 2_600;
pub const TITLE_MAX: usize = 100;
pub const DESCRIPTION_MAX: usize = 2_000;

static META: RuleMeta = RuleMeta {
    id: "length-limit",
    category: Category::Completeness,
    default_severity: Severity::Error,
    sections: &[],
    summary: "Text longer than LinkedIn accepts",
    description: "What it does: counts characters as LinkedIn does and reports text above its limits: headline \
220, About 2,600, job title 100, position description 2,000 (description and bullets together). The finding \
covers the part that does not fit.\n\
Why: LinkedIn refuses to save the field, or cuts it.\n\
Use instead: shorten it; move detail to a featured document or a post.",
    flags: &[
        "# Jo\n\n## Headline\n\nBackend engineer building payment APIs, billing systems, fraud checks, payouts, ledgers, reconciliation \
tools, developer platforms, internal tooling, observability, incident response, on-call processes and a great deal more besides\n\n## About\n\nI build APIs.\n",
        "# Jo\n\n## Experience\n\n### Senior Backend Engineer for Payments, Billing, Fraud Prevention, Payouts, Ledgers and Reconciliation Systems — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n",
    ],
    accepts: &[
        "# Jo\n\n## Headline\n\nBackend Engineer · Payments and APIs\n\n## About\n\nI build APIs.\n",
        "# Jo\n\n## Experience\n\n### Senior Backend Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n",
    ],
    default_enabled: true,
};

/// The place where text running through `sections` passes `max` characters: from there to the end of
/// that section.
fn over(profile: &Profile, sections: &[usize], max: usize) -> Option<(Place, usize)> {
    let total: usize = sections.iter().map(|&i| profile.sections[i].text.trim().chars().count()).sum();
    if total <= max {
        return None;
    }
    let mut left = max;
    for &i in sections {
        let text = &profile.sections[i].text;
        let n = text.trim().chars().count();
        if n > left {
            let lead = text.len() - text.trim_start().len();
            let at = text[lead..].char_indices().nth(left).map_or(text.len(), |(b, _)| lead + b);
            return Some((Place { section: i, span: at..lead + text.trim().len() }, total));
        }
        left -= n;
    }
    None
}

impl Rule for LengthLimit {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        let of_kind = |k: SectionKind| {
            p.sections.iter().enumerate().filter(|(_, s)| s.kind == k).map(|(i, _)| i).collect::<Vec<_>>()
        };
        let mut checks: Vec<(Vec<usize>, usize, &str)> = vec![
            (of_kind(SectionKind::Headline), HEADLINE_MAX, "headline"),
            (of_kind(SectionKind::Summary), ABOUT_MAX, "About section"),
        ];
        for e in entries(p) {
            if let Some(t) = e.title {
                checks.push((vec![t], TITLE_MAX, "job title"));
            }
            checks.push((e.description.clone(), DESCRIPTION_MAX, "position description"));
        }
        for (sections, max, what) in checks {
            if let Some((place, total)) = over(p, &sections, max) {
                out.push(diag(&META, &place, format!("the {what} has {total} characters; LinkedIn allows {max}")));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check_text;

    #[test]
    fn span_starts_at_the_limit() {
        let about = "é".repeat(2_605);
        let d = check_text("length-limit", &format!("# J\n\n## About\n\n{about}\n"));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].span.end - d[0].span.start, 5 * 'é'.len_utf8());
    }
}
