//! `unquantified-experience`: an experience entry whose description and bullets give no number,
//! percentage, amount or scale. One finding per entry, at the start of its description.

use super::is_own_prose;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::{EndDate, ExperienceEntry, SectionKind};
use crate::rules::{ProfileContext, Rule, RuleMeta};
use crate::text::TokenKind;

pub struct UnquantifiedExperience;

static META: RuleMeta = RuleMeta {
    id: "unquantified-experience",
    category: Category::Style,
    default_severity: Severity::Info,
    sections: &[SectionKind::Experience],
    summary: "Experience entries with no number, percentage, amount or scale",
    description: "What it does: reads each experience entry's description and bullets together and reports \
the entry once when nothing in it is a quantity: no count (\"5 engineers\", \"a dozen\"), percentage, \
money (\"$2M\"), multiplier (\"3x\") or scale word (\"thousands of users\"). Years (\"since 2019\") and \
version or product numbers (\"Python 3\", \"EC2\", \"HTML5\") do not count as figures. Entries with a \
description of fewer than 25 words are left alone (there is little to quantify), and only the three \
most recent roles are checked: they are the ones a recruiter reads.\n\
Why: recruiters remember figures; \"cut build times from 40 to 12 minutes\" says more than \"improved \
build times\".\n\
Use instead: add the size of what you did: how many, how much, how often, how much faster.",
    flags: &[
        "- Improved the build system for the mobile and web apps\n- Mentored junior engineers and reviewed \
their code\n- Wrote the release notes\n- Wrote the onboarding guide for new starters",
        "Responsible for the design and delivery of the internal analytics platform used across the company, \
from the first prototype in 2021 to its general release.",
    ],
    accepts: &[
        "- Cut build times for the mobile and web apps from 40 to 12 minutes\n- Mentored junior engineers \
and reviewed their code\n- Wrote the onboarding guide for new starters",
        "Led a team of five engineers building the internal analytics platform used across the company, from \
the first prototype to its general release.",
    ],
    default_enabled: true,
};

/// Only the latest roles are checked: they are the ones a recruiter reads, and older roles may
/// fairly shrink to a line.
const RECENT_ROLES: usize = 3;

/// Words that give a number or a scale.
const QUANTITY_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
    "dozens",
    "double",
    "doubled",
    "doubling",
    "tripled",
    "quadrupled",
    "halved",
    "percent",
    "twice",
    "thrice",
    "tenfold",
];

/// A token that is a figure: digits that are not a year, a version or part of a product name.
fn is_figure(tok: &str) -> bool {
    let t = tok.trim_end_matches(['+', '.', ',']);
    if t.starts_with(['$', '€', '£', '¥', '~', '#']) || t.contains('%') {
        return true;
    }
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.').collect();
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return false; // "EC2", "HTML5", "Q3", "S3": a name, not a figure.
    }
    let rest = &t[digits.len()..];
    let is_year = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20")) && rest.is_empty();
    if is_year {
        return false;
    }
    // "40", "1,200", "3x", "10k", "2M", "5th"… but not "3D" or "5G" alone or "24/7".
    matches!(
        rest.to_lowercase().as_str(),
        "" | "x" | "k" | "m" | "mm" | "b" | "bn" | "st" | "nd" | "rd" | "th" | "h" | "hrs" | "min"
    ) && !t.contains('/')
}

impl Rule for UnquantifiedExperience {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        // The most recent roles first: by end date ("Present" last of all), then start date; undated
        // roles keep their place in the file after the dated ones.
        let recency = |e: &ExperienceEntry| match (e.end, e.start) {
            (Some(EndDate::Present), _) => Some((i32::MAX, 0)),
            (Some(EndDate::Date(d)), _) | (None, Some(d)) => Some((d.year, d.month.unwrap_or(0))),
            (None, None) => None,
        };
        let mut entries: Vec<&ExperienceEntry> = cx.profile.experience.iter().collect();
        entries.sort_by_key(|e| std::cmp::Reverse(recency(e)));
        for entry in entries.into_iter().take(RECENT_ROLES) {
            let described: Vec<usize> = entry
                .sections
                .iter()
                .copied()
                .filter(|&i| {
                    let s = &cx.profile.sections[i];
                    s.kind == SectionKind::Experience && is_own_prose(s)
                })
                .collect();
            let Some(&first) = described.first() else {
                continue;
            };
            let mut words = 0;
            let mut quantified = false;
            for &i in &described {
                let s = &cx.profile.sections[i];
                for t in s.tokens() {
                    let w = t.text(&s.text);
                    match t.kind {
                        TokenKind::Word => {
                            words += 1;
                            quantified = quantified || crate::text::with_lowercase(w, |l| QUANTITY_WORDS.contains(&l));
                        }
                        TokenKind::Number => {
                            words += 1;
                            quantified |= is_figure(w);
                        }
                        _ => {}
                    }
                }
            }
            if quantified || words < 25 {
                continue;
            }
            let text = &cx.profile.sections[first].text;
            let line_end = text.find('\n').unwrap_or(text.len());
            let lead = text.len() - text.trim_start().len();
            let span = lead.min(line_end)..line_end;
            let message =
                "no figures in this role: add a number, percentage, amount or scale to show the size of what you did";
            out.push(Diagnostic::new(META.id, META.category, META.default_severity, first, span, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_figure;
    use crate::rules::testing::{assert_clean, assert_flags};

    #[test]
    fn figures_and_non_figures() {
        for f in ["40", "1,200", "3x", "10k", "$2M", "35%", "€500", "5th", "100+"] {
            assert!(is_figure(f), "{f}");
        }
        for f in ["2019", "EC2", "HTML5", "Q3", "24/7", "3D", "B2B"] {
            assert!(!is_figure(f), "{f}");
        }
    }

    #[test]
    fn once_per_entry_for_the_latest_three() {
        let role = |title: &str, dates: &str| {
            format!(
                "### {title} — Acme\n\n{dates}\n\n- Improved the build system for the mobile and web apps\n- Mentored junior engineers and reviewed their code every week\n- Wrote the onboarding guide for all new starters\n\n"
            )
        };
        let md = format!(
            "# Jo\n\n## Experience\n\n{}{}{}{}",
            role("Intern", "2012 – 2013"),
            role("Engineer", "2019 – Present"),
            role("Analyst", "2016 – 2019"),
            role("Junior", "2014 – 2016"),
        );
        let d = crate::rules::testing::check_text("unquantified-experience", &md);
        assert_eq!(d.len(), 3, "{d:#?}");
    }

    #[test]
    fn years_do_not_count_but_scale_words_do() {
        assert_flags(
            "unquantified-experience",
            "Since 2019 I have run the data platform and its on-call rota for the company, and I rebuilt its \
ingestion jobs so that analysts get fresh data every morning.",
            1,
        );
        assert_clean(
            "unquantified-experience",
            "Since 2019 I have run the data platform and its on-call rota for the company, and I rebuilt its \
ingestion jobs so that thousands of analysts get fresh data every morning.",
        );
        assert_clean("unquantified-experience", "- Ran on-call for the data platform");
    }
}
