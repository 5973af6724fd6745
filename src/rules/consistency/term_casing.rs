//! `term-casing`: the same term cased differently across the profile (JavaScript/Javascript,
//! GitHub/Github). The brand's own casing from the professional vocabulary wins; else the majority.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use super::entries::{Place, diag};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::profile::Field;
use crate::rules::{ProfileContext, Rule, RuleMeta};
use crate::text::tokenize::is_all_caps;
use crate::text::{TokenKind, tokenize};

pub struct TermCasing;

static META: RuleMeta = RuleMeta {
    id: "term-casing",
    category: Category::Consistency,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The same term cased differently",
    description: "What it does: groups the words of the profile's prose, titles and skills by spelling and \
reports a word whose inner capitals differ from its other uses (`JavaScript` and `Javascript`, `GitHub` and \
`Github`). The brand's own casing, from the professional vocabulary, wins; otherwise the form used most.\n\
Not counted: a capital first letter alone (a sentence start), and words in capitals (`GITHUB` is emphasis).\n\
Why: a term cased two ways reads as two hands, or as not knowing the tool.\n\
Use instead: the suggested casing everywhere.",
    flags: &[
        "Built the JavaScript SDK and the Javascript docs.",
        "Moved CI to GitHub Actions; every Github repo has owners.",
    ],
    accepts: &[
        "Built the JavaScript SDK and the JavaScript docs.",
        "Agile coach. I coach agile teams; Cloud and cloud alike.",
    ],
    default_enabled: true,
};

fn brands() -> &'static HashMap<String, String> {
    static B: OnceLock<HashMap<String, String>> = OnceLock::new();
    B.get_or_init(crate::spell::embedded::brand_casings)
}

/// The word with its first letter lowered: sentence-start capitals do not make a different casing.
fn casing_key(word: &str) -> String {
    let mut c = word.chars();
    c.next().map(|f| f.to_lowercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// `form` with the first letter cased like `like`'s.
fn with_first_of(form: &str, like: &str) -> String {
    let upper = like.chars().next().is_some_and(char::is_uppercase);
    let mut c = form.chars();
    match c.next() {
        Some(f) if upper => f.to_uppercase().collect::<String>() + c.as_str(),
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

impl Rule for TermCasing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        // lower case → casing key → uses (written form, place)
        let mut terms: BTreeMap<String, BTreeMap<String, Vec<(String, Place)>>> = BTreeMap::new();
        for (i, s) in p.sections.iter().enumerate() {
            if !matches!(s.field, Field::Text | Field::Bullet | Field::Title | Field::Keywords) {
                continue;
            }
            for t in tokenize(&s.text, &s.skip).into_iter().filter(|t| t.kind == TokenKind::Word) {
                let word = &s.text[t.span.clone()];
                if word.chars().count() < 2 || is_all_caps(word) {
                    continue;
                }
                let place = Place { section: i, span: t.span };
                terms
                    .entry(word.to_lowercase())
                    .or_default()
                    .entry(casing_key(word))
                    .or_default()
                    .push((word.to_string(), place));
            }
        }
        for (lower, forms) in terms.iter().filter(|(_, f)| f.len() > 1) {
            let brand = brands().get(lower).filter(|b| !is_all_caps(b));
            let winner_key = match brand.filter(|b| forms.contains_key(&casing_key(b))) {
                Some(b) => casing_key(b),
                // The brand's casing is not used here: the majority stays, the others are told the brand.
                _ => forms
                    .iter()
                    .max_by_key(|(k, uses)| {
                        (uses.len(), k.chars().filter(|c| c.is_uppercase()).count(), std::cmp::Reverse(k.to_string()))
                    })
                    .map(|(k, _)| k.clone())
                    .expect("two forms"),
            };
            let related: Vec<_> = forms
                .get(&winner_key)
                .map(|uses| uses.iter().take(3).map(|(w, pl)| pl.related(format!("written ‘{w}’"))).collect())
                .unwrap_or_default();
            for (_, uses) in forms.iter().filter(|(k, _)| **k != winner_key) {
                for (word, place) in uses {
                    let fix = match brand {
                        Some(b) => b.clone(),
                        None => with_first_of(&winner_key, word),
                    };
                    let message = format!("‘{word}’ is cased ‘{fix}’ elsewhere in the profile");
                    out.push(
                        diag(&META, place, message)
                            .with_suggestions(vec![Suggestion::safe(fix)])
                            .with_related(related.clone()),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, check_text};

    #[test]
    fn brand_beats_majority() {
        let d = check_text("term-casing", "Github Actions, Github Pages and GitHub.");
        assert_eq!(d.len(), 2);
        assert!(d.iter().all(|d| d.suggestions[0].replacement == "GitHub"));
        assert_clean("term-casing", "GITHUB! We use GitHub.");
    }

    #[test]
    fn majority_when_no_brand() {
        let d = check_text("term-casing", "Our FooBar tool, the FooBar API and the Foobar app.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "FooBar");
    }
}
