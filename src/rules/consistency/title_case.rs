//! `title-case`: job titles cased in different styles (`Senior Software Engineer` / `Software engineer`).

use std::collections::BTreeMap;

use super::entries::{Place, diag, entries};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::rules::{ProfileContext, Rule, RuleMeta};
use crate::text::tokenize::{is_all_caps, words};

pub struct TitleCase;

static META: RuleMeta = RuleMeta {
    id: "title-case",
    category: Category::Consistency,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "Job titles cased in different styles",
    description: "What it does: reads the casing style of each job title — Title Case (`Senior Software Engineer`), \
sentence case (`Senior software engineer`), lower case or capitals — and reports titles in a minority style. \
One-word titles, acronyms (`VP`, `QA`) and small words (`of`, `and`, `for`) do not decide a style.\n\
Why: titles are read together, as a list; mixed casing stands out.\n\
Use instead: one style for every title (Title Case is usual on LinkedIn).",
    flags: &[
        "# Jo\n\n## Experience\n\n### Senior Software Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n\n### Software engineer — Globex\n\n2018 – 2019\n\nBuilt apps.\n\n### Junior Web Developer — Initech\n\n2016 – 2017\n\nBuilt sites.\n",
        "# Jo\n\n## Experience\n\n### Product Manager — Acme\n\nJan 2020 – Present\n\nLed the roadmap.\n\n### product analyst — Globex\n\n2018 – 2019\n\nRan analyses.\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Senior Software Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n\n### VP of Engineering — Globex\n\n2018 – 2019\n\nLed teams.\n\n### Engineer — Initech\n\n2016 – 2017\n\nBuilt sites.\n",
        "# Jo\n\n## Experience\n\n### Senior software engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n\n### Head of product — Globex\n\n2018 – 2019\n\nLed teams.\n",
    ],
    default_enabled: true,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Style {
    Title,
    Sentence,
    Lower,
    Upper,
}

impl Style {
    fn name(self) -> &'static str {
        match self {
            Style::Title => "Title Case",
            Style::Sentence => "sentence case",
            Style::Lower => "lower case",
            Style::Upper => "capitals",
        }
    }
}

const SMALL: &[&str] = &["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "&"];

/// The style of a title, if it shows one: it needs a word after the first that is not small.
fn style_of(title: &str) -> Option<Style> {
    let ws: Vec<&str> = words(title).map(|t| &title[t.span]).collect();
    if ws.len() >= 2 && ws.iter().all(|w| is_all_caps(w) || w.chars().count() == 1) && ws.iter().any(|w| w.len() > 3) {
        return Some(Style::Upper);
    }
    let first_upper = ws.first()?.chars().next()?.is_uppercase();
    // Later words that decide: not small, not acronyms, not camel-cased names.
    let deciding: Vec<bool> = ws[1..]
        .iter()
        .filter(|w| !SMALL.contains(&w.to_lowercase().as_str()) && !is_all_caps(w))
        .filter(|w| w.chars().skip(1).all(|c| !c.is_uppercase()))
        .map(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    if deciding.is_empty() {
        return None;
    }
    match (first_upper, deciding.iter().all(|u| *u), deciding.iter().all(|u| !*u)) {
        (true, true, _) => Some(Style::Title),
        (true, _, true) => Some(Style::Sentence),
        (false, _, true) => Some(Style::Lower),
        _ => None,
    }
}

/// `title` rewritten in `style` (only Title Case and sentence case are offered).
fn restyle(title: &str, style: Style) -> Option<String> {
    let mut out = String::with_capacity(title.len());
    let mut last = 0;
    for (n, t) in words(title).enumerate() {
        let w = &title[t.span.clone()];
        out.push_str(&title[last..t.span.start]);
        let keep = is_all_caps(w) || w.chars().skip(1).any(char::is_uppercase);
        let upper = match style {
            Style::Title => n == 0 || !SMALL.contains(&w.to_lowercase().as_str()),
            Style::Sentence => n == 0,
            _ => return None,
        };
        let mut c = w.chars();
        let first =
            c.next().map(|f| if upper { f.to_uppercase().collect::<String>() } else { f.to_lowercase().collect() });
        out.push_str(&if keep { w.to_string() } else { first.unwrap_or_default() + c.as_str() });
        last = t.span.end;
    }
    out.push_str(&title[last..]);
    Some(out)
}

impl Rule for TitleCase {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        let mut styled: BTreeMap<Style, Vec<(Place, &str)>> = BTreeMap::new();
        for e in entries(p) {
            let Some(i) = e.title else { continue };
            let place = Place::whole(p, i);
            let text = &p.sections[i].text[place.span.clone()];
            if let Some(style) = style_of(text) {
                styled.entry(style).or_default().push((place, text));
            }
        }
        if styled.len() < 2 {
            return;
        }
        // Majority; a tie goes to Title Case, then sentence case (the `Style` order).
        let (&winner, _) = styled.iter().rev().max_by_key(|(_, v)| v.len()).expect("two styles");
        let related: Vec<_> = styled[&winner].iter().take(3).map(|(pl, t)| pl.related(format!("‘{t}’"))).collect();
        for (style, titles) in styled.iter().filter(|(s, _)| **s != winner) {
            for (place, text) in titles {
                let message = format!("this title is in {}; the other titles are in {}", style.name(), winner.name());
                let suggestions = restyle(text, winner).map(Suggestion::unsafe_).into_iter().collect();
                out.push(diag(&META, place, message).with_suggestions(suggestions).with_related(related.clone()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Style, restyle, style_of};

    #[test]
    fn styles() {
        assert_eq!(style_of("Senior Software Engineer"), Some(Style::Title));
        assert_eq!(style_of("VP of Engineering"), Some(Style::Title));
        assert_eq!(style_of("Senior software engineer"), Some(Style::Sentence));
        assert_eq!(style_of("software engineer"), Some(Style::Lower));
        assert_eq!(style_of("SOFTWARE ENGINEER"), Some(Style::Upper));
        assert_eq!(style_of("Engineer"), None);
        assert_eq!(style_of("Head of QA"), None);
        assert_eq!(style_of("iOS Developer"), None);
        assert_eq!(restyle("head of product", Style::Title).as_deref(), Some("Head of Product"));
        assert_eq!(restyle("Senior DevOps Engineer", Style::Sentence).as_deref(), Some("Senior DevOps engineer"));
    }
}
