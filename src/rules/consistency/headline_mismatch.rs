//! `headline-mismatch`: the headline names a title or company that differs from the current role.

use std::collections::BTreeSet;
use std::ops::Range;

use super::company_name::company_key;
use super::entries::{EntryView, Place, diag, entries, trimmed};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::SectionKind;
use crate::rules::{ProfileContext, Rule, RuleMeta};
use crate::text::tokenize::words;

pub struct HeadlineMismatch;

static META: RuleMeta = RuleMeta {
    id: "headline-mismatch",
    category: Category::Consistency,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The headline names a different title or company than the current role",
    description: "What it does: reads a headline of the form `Title at Company` (or `Title @ Company`) and \
compares it with the current roles. A company that is none of the current employers is reported (saying so when \
it is a past one); with the right company, a title that shares no wording with the role's title either way \
(`Senior Engineer` against `Staff Engineer`) is reported.\n\
Legal suffixes and extra words are forgiven: `Acme` matches `Acme Corp` and `Acme Labs`; `Engineer` matches \
`Senior Software Engineer`.\n\
Why: the headline is the first line a reader sees; when it disagrees with the current role, one of them is out of date.\n\
Use instead: update the headline, or the role.",
    flags: &[
        "# Jo\n\nSenior Engineer at Acme\n\n## Experience\n\n### Staff Engineer — Globex\n\nJan 2021 – Present\n\nLed the platform.\n\n### Senior Engineer — Acme\n\n2017 – 2020\n\nBuilt the API.\n",
        "# Jo\n\nSenior Engineer at Acme\n\n## Experience\n\n### Staff Engineer — Acme Corp\n\nJan 2021 – Present\n\nLed the platform.\n",
    ],
    accepts: &[
        "# Jo\n\nEngineer at Acme | Payments\n\n## Experience\n\n### Senior Software Engineer — Acme Corp\n\nJan 2021 – Present\n\nLed the platform.\n",
        "# Jo\n\nBackend Engineer · Payments\n\n## Experience\n\n### Staff Engineer — Globex\n\nJan 2021 – Present\n\nLed the platform.\n",
    ],
    default_enabled: true,
};

const SEPARATORS: &[char] = &['|', '·', '•', ',', ';', '(', ')', '–', '—', '/', '+'];

/// In `headline`, the title and company of a `Title at Company` phrase.
fn title_at_company(headline: &str) -> Option<(Range<usize>, Range<usize>)> {
    let lower = headline.to_lowercase();
    let at = [" at ", " @ "].iter().filter_map(|s| lower.find(s).map(|i| (i, s.len()))).min()?;
    let before = &headline[..at.0];
    let title_start = before.rfind(SEPARATORS).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let after_start = at.0 + at.1;
    let after = &headline[after_start..];
    let company_end = after.find(SEPARATORS).map_or(headline.len(), |i| after_start + i);
    let shift = |r: Range<usize>, base: usize| r.start + base..r.end + base;
    let title = shift(trimmed(&headline[title_start..at.0]), title_start);
    let company = shift(trimmed(&headline[after_start..company_end]), after_start);
    (!title.is_empty() && !company.is_empty()).then_some((title, company))
}

fn same_company(a: &str, b: &str) -> bool {
    let (a, b) = (company_key(a), company_key(b));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

fn content_words(s: &str) -> BTreeSet<String> {
    const SMALL: &[&str] = &["a", "an", "and", "of", "the", "for", "in", "on", "&"];
    words(s).map(|w| s[w.span].to_lowercase()).filter(|w| !SMALL.contains(&w.as_str())).collect()
}

/// Every word of `a` is in `b`, allowing one typo (a misspelt title is the spelling rule's finding).
fn fuzzy_subset(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    a.iter().all(|w| b.iter().any(|v| v == w || (w.chars().count() > 4 && within_one_edit(w, v))))
}

/// Whether `a` becomes `b` by one insertion, deletion or substitution.
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    let skip = usize::from(long.len() > short.len() || prefix < short.len());
    short[prefix + usize::from(long.len() == short.len() && prefix < short.len())..]
        == long[(prefix + skip).min(long.len())..]
}

impl Rule for HeadlineMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        let Some(h) = p.sections.iter().position(|s| s.kind == SectionKind::Headline) else { return };
        let text = &p.sections[h].text;
        let Some((title_r, company_r)) = title_at_company(text) else { return };
        let (title, company) = (&text[title_r.clone()], &text[company_r.clone()]);
        let all = entries(p);
        let current: Vec<&EntryView<'_>> =
            all.iter().filter(|e| e.is_current() && e.start.is_some() && e.entry.company.is_some()).collect();
        if current.is_empty() {
            return;
        }
        let role_place = |e: &EntryView<'_>| e.company.map_or_else(|| e.anchor.clone(), |i| Place::whole(p, i));
        let matching: Vec<_> =
            current.iter().filter(|e| e.entry.company.as_deref().is_some_and(|c| same_company(c, company))).collect();
        if matching.is_empty() {
            let related =
                current.iter().map(|e| role_place(e).related(format!("current role: {}", e.name()))).collect();
            let past = all
                .iter()
                .find(|e| !e.is_current() && e.entry.company.as_deref().is_some_and(|c| same_company(c, company)));
            let message = match past {
                Some(e) => format!(
                    "the headline names ‘{company}’, a past employer ({}); the current role is elsewhere",
                    e.name()
                ),
                None => format!("the headline names ‘{company}’, which is not the company of the current role"),
            };
            out.push(diag(&META, &Place { section: h, span: company_r }, message).with_related(related));
            return;
        }
        let hw = content_words(title);
        let fits = |e: &&&EntryView<'_>| {
            e.entry.title.as_deref().is_none_or(|t| {
                let tw = content_words(t);
                fuzzy_subset(&hw, &tw) || fuzzy_subset(&tw, &hw)
            })
        };
        if !matching.iter().any(fits) {
            let e = matching[0];
            let role_title = e.entry.title.clone().unwrap_or_default();
            let related = vec![
                e.title
                    .map_or_else(|| e.anchor.clone(), |i| Place::whole(p, i))
                    .related(format!("current title: {role_title}")),
            ];
            let message = format!("the headline says ‘{title}’, but the current role at {company} is ‘{role_title}’");
            out.push(diag(&META, &Place { section: h, span: title_r }, message).with_related(related));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::title_at_company;

    #[test]
    fn reads_title_at_company() {
        let h = "Jane Doe | Senior Engineer at Acme Corp · Payments";
        let (t, c) = title_at_company(h).unwrap();
        assert_eq!((&h[t], &h[c]), ("Senior Engineer", "Acme Corp"));
        let h = "Data Scientist @ Globex";
        let (t, c) = title_at_company(h).unwrap();
        assert_eq!((&h[t], &h[c]), ("Data Scientist", "Globex"));
        assert!(title_at_company("Backend Engineer | Rust").is_none());
    }

    #[test]
    fn one_typo_is_forgiven() {
        use super::within_one_edit;
        assert!(within_one_edit("manger", "manager"));
        assert!(within_one_edit("enginer", "engineer"));
        assert!(within_one_edit("managre", "managee"));
        assert!(!within_one_edit("senior", "staff"));
        assert!(!within_one_edit("manger", "mangers!"));
    }
}
